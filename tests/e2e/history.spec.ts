import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { backup, file, session } from './backup-data';

const sessionsList = (page: Page) =>
	page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');

/** imports `count` generated sessions through the Settings page */
async function seed(page: Page, count: number, extra: Record<string, unknown> = {}) {
	await page.goto('/settings');
	await expect(page.getByLabel('Import data')).toBeEnabled();
	await page
		.getByLabel('Import data')
		.setInputFiles(file('b.json', JSON.stringify(backup(count, extra))));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

test('empty history says how to start', async ({ page }) => {
	await page.goto('/history');
	await expect(page.getByText('No sessions yet — start one from Today.')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Sessions' })).toHaveCount(0);
});

test('sessions are listed newest first, 50 at a time, with totals and a calendar', async ({
	page
}) => {
	await seed(page, 120);
	await page.goto('/history');
	await expect(sessionsList(page)).toHaveCount(50);
	// newest first: yesterday's session heads the list
	await expect(sessionsList(page).first()).toContainText('Stretch, 10 min');
	await page.getByRole('button', { name: 'Show more' }).click();
	await expect(sessionsList(page)).toHaveCount(100);
	await page.getByRole('button', { name: 'Show more' }).click();
	await expect(sessionsList(page)).toHaveCount(120);
	await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);

	// totals count every session, not only the shown ones: 30 of each kind
	await expect(page.getByRole('row', { name: /^All/ })).toContainText('120 ·');
	await expect(
		page
			.getByRole('row', { name: /^Warm-up/ })
			.getByRole('cell')
			.last()
	).toHaveText(/^30 · /);
	await expect(
		page.getByRole('img', { name: /Activity calendar, .*: 120 active days, 120 sessions/ })
	).toBeVisible();
	// one session a day for 120 days ending yesterday: a run of days that is still open today
	await expect(page.getByText('days in a row')).toBeVisible();
	const yesterday = await page.evaluate(() => {
		const d = new Date(Date.now() - 86_400_000);
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	await expect(page.locator(`[title^="${yesterday}: 1 session, 10 min"]`)).toHaveCount(1);
});

test('a session shows its details; a partial one says so', async ({ page }) => {
	await seed(page, 7);
	await page.goto('/history');
	const partial = sessionsList(page).nth(6);
	await expect(partial).toContainText('Partial');
	await expect(partial).toContainText('2:30 of 5:00');
	const first = sessionsList(page).first();
	await expect(first).toContainText('Completed');
	await expect(first).toContainText('Rated 4 of 5');
	await first.getByText('Details').click();
	await expect(first).toContainText('2 exercises done: Cat-camel, Dead bug.');
});

test('Play again replays what was played: the request and its swaps', async ({ page }) => {
	const played = { ...session(0), swaps: [1, 0] };
	await seed(page, 0, { sessions: [played, session(1)] });
	await page.goto('/history');
	const first = sessionsList(page).first();
	await first.getByText('Details').click();
	const again = first.getByRole('link', { name: /^Play again/ });
	const href = new URL((await again.getAttribute('href'))!, 'http://x');
	expect(href.pathname).toBe('/play');
	expect(href.searchParams.get('kind')).toBe(played.request.kind);
	expect(href.searchParams.get('min')).toBe(String(played.request.minutes));
	expect(href.searchParams.get('seed')).toBe(played.request.seed);
	expect(href.searchParams.get('swap')).toBe('1,0');
	// a session without swaps replays its request alone
	const second = sessionsList(page).nth(1);
	await second.getByText('Details').click();
	const plain = await second.getByRole('link', { name: /^Play again/ }).getAttribute('href');
	expect(plain).not.toContain('swap=');
});

test('delete, then undo, and the session is back after a reload', async ({ page }) => {
	await seed(page, 3);
	await page.goto('/history');
	await expect(sessionsList(page)).toHaveCount(3);
	const first = await sessionsList(page).first().textContent();
	await sessionsList(page).first().getByText('Details').click();
	await sessionsList(page).first().getByRole('button', { name: 'Delete' }).click();
	await expect(sessionsList(page)).toHaveCount(2);
	const status = page.getByRole('status').filter({ hasText: 'Session deleted.' });
	await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();
	await status.getByRole('button', { name: 'Undo' }).click();
	await expect(sessionsList(page)).toHaveCount(3);
	await expect(sessionsList(page).first()).toHaveText(first ?? '');
	await page.reload();
	await expect(sessionsList(page)).toHaveCount(3);
	await expect(sessionsList(page).first()).toHaveText(first ?? '');

	// a delete without undo lasts
	await sessionsList(page).first().getByText('Details').click();
	await sessionsList(page).first().getByRole('button', { name: 'Delete' }).click();
	await expect(sessionsList(page)).toHaveCount(2);
	await page.reload();
	await expect(sessionsList(page)).toHaveCount(2);
	await expect(page.getByRole('row', { name: /^All/ }).getByRole('cell').last()).toHaveText(
		/^2 · /
	);
});

test('the undo offer goes after about ten seconds', async ({ page }) => {
	await page.clock.install();
	await seed(page, 2);
	await page.goto('/history');
	await sessionsList(page).first().getByText('Details').click();
	await sessionsList(page).first().getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await page.clock.runFor(10_500);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(sessionsList(page)).toHaveCount(1);
});

test('settings persist across a reload', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('Level').selectOption('intermediate');
	await page.getByLabel('Daily minutes').fill('30');
	await page.getByLabel('Daily minutes').press('Tab');
	await page.getByLabel('Weekly goal').fill('5');
	await page.getByLabel('Weekly goal').press('Tab');
	await page.getByRole('checkbox', { name: 'Vibration' }).uncheck();
	await page.getByRole('checkbox', { name: 'Wall' }).check();
	// out of range is brought back into range, never stored as it is
	await page.getByLabel('Core minutes').fill('500');
	await page.getByLabel('Core minutes').press('Tab');
	await expect(page.getByLabel('Core minutes')).toHaveValue('60');
	await page.reload();
	await expect(page.getByLabel('Level')).toHaveValue('intermediate');
	await expect(page.getByLabel('Daily minutes')).toHaveValue('30');
	await expect(page.getByLabel('Weekly goal')).toHaveValue('5');
	await expect(page.getByLabel('Core minutes')).toHaveValue('60');
	await expect(page.getByRole('checkbox', { name: 'Vibration' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Wall' })).toBeChecked();
	// and Today starts from them
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Start/ })).toHaveAttribute(
		'href',
		/level=intermediate/
	);
});

test('the weekly goal from settings drives the weekly streak', async ({ page }) => {
	await seed(page, 3, { settings: { ...backup(0).settings, weeklyGoal: 6 } });
	await page.goto('/history');
	await expect(page.getByText(/Goal: 3 days a week/)).toBeVisible();
	await page.goto('/settings');
	await page.getByLabel('Weekly goal').fill('6');
	await page.getByLabel('Weekly goal').press('Tab');
	await page.goto('/history');
	await expect(page.getByText(/Goal: 6 days a week/)).toBeVisible();
});

async function expectClean(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		violations.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	const sideways = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`history and settings with data: WCAG 2.1 AA clean, no sideways scroll at 320 px, ${colorScheme}`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await seed(page, 60);
		for (const width of [1280, 320]) {
			await page.setViewportSize({ width, height: 800 });

			// settings with a file chosen and its summary shown
			await page.goto('/settings');
			await expect(page.getByLabel('Import data')).toBeEnabled();
			await page
				.getByLabel('Import data')
				.setInputFiles(file('b.json', JSON.stringify(backup(61))));
			await expect(
				page.getByText('61 sessions in the file, 1 new, 60 already here.')
			).toBeVisible();
			await expectClean(page, `/settings at ${width} px`);

			// history with stats, calendar, an open session and the undo offer
			await page.goto('/history');
			await expect(sessionsList(page)).toHaveCount(50);
			await expect(page.getByRole('img', { name: /Activity calendar/ })).toBeVisible();
			await sessionsList(page).nth(1).getByText('Details').click();
			await sessionsList(page).first().getByText('Details').click();
			await sessionsList(page).first().getByRole('button', { name: 'Delete' }).click();
			await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
			await expectClean(page, `/history at ${width} px`);
			await page.getByRole('button', { name: 'Undo' }).click();
			await expect(sessionsList(page)).toHaveCount(50);
		}
	});
}
