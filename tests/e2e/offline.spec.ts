import { expect, test } from '@playwright/test';
import { exercises } from '../../src/lib/catalogue';
import { atPath, expectImageLoaded, openControlled, ROUTES } from './helpers';

test('after the service worker takes control, every route opens offline', async ({
	page,
	context
}) => {
	await openControlled(page, '/');
	await context.setOffline(true);

	// by reload (a full navigation served from the precache)
	for (const { path, h1 } of ROUTES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
	}
	// a routine URL with a query is the same precached page
	await page.goto('/plan?kind=core&min=10');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan a routine');

	// by in-app navigation
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const { path, h1, nav: label } of ROUTES) {
		if (!label) continue;
		await nav.getByRole('link', { name: label }).click();
		await expect(page).toHaveURL(atPath(path));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
	}
	await page.getByRole('link', { name: 'About' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Limber');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Limber');
});

test('offline, the pictures, the steps and Swap still load: their files are precached', async ({
	page,
	context
}) => {
	// a first visit of Today alone: no page with pictures or steps was opened online
	await openControlled(page, '/');
	await context.setOffline(true);
	await page.goto('/plan?kind=daily&min=25');
	// the list icons are image files (/figures/<id>.svg), precached with the app
	const pictures = page.getByRole('list', { name: 'Planned exercises' }).getByRole('img');
	await expect(pictures).not.toHaveCount(0);
	for (const picture of await pictures.all()) {
		await expect(picture).toHaveAccessibleName(/\w/);
		await expectImageLoaded(picture);
	}
	// the swap code, loaded on the first Swap, is precached too
	await page.getByRole('button', { name: /^Swap/ }).first().click();
	await expect(page).toHaveURL(/swap=0/);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.goto('/exercises');
	const icons = page.getByRole('list', { name: 'Exercises' }).getByRole('img');
	await expect(icons).toHaveCount(exercises.length);
	await expectImageLoaded(icons.last());
	await page.goto('/play?kind=stretch&min=10');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByText('How to do it').click();
	await expect(page.getByText('Focus:')).toBeVisible();
	await page.goto('/exercises');
	await page.getByRole('link', { name: 'Full sit-up' }).click();
	await expect(page.getByRole('note')).toContainText('Left out:');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test("offline, Today's list of exercises still loads: its code is precached", async ({
	page,
	context
}) => {
	await openControlled(page, '/');
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('button', { name: 'Exercises' }).click();
	await expect(
		page.getByRole('list', { name: "Today's exercises" }).getByRole('listitem')
	).not.toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test("offline, an unknown address or a trailing slash shows the app's own page", async ({
	page,
	context
}) => {
	await openControlled(page, '/');
	await context.setOffline(true);
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to Today' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
	// a trailing slash is the same page
	await page.goto('/plan/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan a routine');
	await page.goto('/exercises/no-such-exercise');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('online, once installed, an unknown address shows the same not-found page', async ({
	page
}) => {
	await openControlled(page, '/');
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
