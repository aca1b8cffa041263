import { expect, test } from '@playwright/test';
import { exercises } from '../../src/lib/catalogue';

test('every exercise has its page with its picture', async ({ page }) => {
	test.setTimeout(180_000);
	for (const exercise of exercises) {
		await page.goto(`/exercises/${exercise.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(exercise.name);
		const picture = page.getByRole('img', { name: exercise.name, exact: true });
		await expect(picture).toBeVisible();
		// drawn, not empty
		expect(await picture.locator('line, path, circle, polyline').count()).toBeGreaterThan(3);
	}
});

test('left-out exercises explain why', async ({ page }) => {
	const excluded = exercises.filter((e) => e.back === 'exclude');
	expect(excluded.length).toBeGreaterThan(0);
	for (const exercise of excluded) {
		await page.goto(`/exercises/${exercise.id}`);
		await expect(page.getByRole('note')).toContainText('Why Limber leaves this out');
	}
});

test('the catalogue filters by kind, region and back-friendliness', async ({ page }) => {
	await page.goto('/exercises');
	const items = page.getByRole('list', { name: 'Exercises' }).getByRole('listitem');
	await expect(items).toHaveCount(exercises.length);

	await page.getByLabel('Kind').selectOption('stretch');
	const stretches = exercises.filter((e) => e.kind === 'stretch');
	await expect(items).toHaveCount(stretches.length);

	await page.getByLabel('Region').selectOption('hamstrings');
	await expect(items).toHaveCount(stretches.filter((e) => e.regions.includes('hamstrings')).length);

	await page.getByLabel('Kind').selectOption('');
	await page.getByLabel('Region').selectOption('');
	await page.getByLabel('Back-friendly only').check();
	await expect(items).toHaveCount(
		exercises.filter((e) => e.back !== 'impact' && e.back !== 'exclude').length
	);
	// a picture per item, small
	await expect(items.first().getByRole('img')).toBeVisible();
});

test('pictures move, except under reduced motion, where the held pose shows', async ({
	browser
}) => {
	for (const reducedMotion of ['no-preference', 'reduce'] as const) {
		const context = await browser.newContext({ reducedMotion });
		const page = await context.newPage();
		await page.goto('/exercises/glute-bridge');
		const picture = page.getByRole('img', { name: 'Glute bridge', exact: true });
		await expect(picture).toBeVisible();
		const moving = picture.locator('animate');
		if (reducedMotion === 'reduce') await expect(moving).toHaveCount(0);
		else await expect(moving.first()).toBeAttached();
		expect(await picture.locator('path').count()).toBeGreaterThan(10);
		// every path drawn on its own, none swallowed by another
		expect(await picture.locator('path path').count()).toBe(0);
		await context.close();
	}
});
