import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { file, programmeBackup } from './backup-data';
import { ROUTES } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no WCAG 2.1 A/AA violations on any route, ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		for (const { path } of ROUTES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		}
	});
}

/** the screens of the programme (issue 14), with their states filled in */
for (const colorScheme of ['light', 'dark'] as const) {
	test(`no WCAG 2.1 A/AA violations on the programme's screens, ${colorScheme}`, async ({
		page
	}) => {
		const now = new Date('2026-11-30T09:00:00');
		await page.clock.install({ time: now });
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const tz = await page.evaluate((t) => new Date(t).getTimezoneOffset(), now.getTime());
		const data = programmeBackup(now.getTime(), tz, {
			sessions: [
				{ day: -20, pain: 2 },
				{ day: -9, pain: 5 },
				{ day: -3, pain: 7 },
				{ day: -1, pain: 1 }
			],
			checkins: [
				{ day: -8, compared: 'worse' },
				{ day: -2, compared: 'better' }
			]
		});
		await page.goto('/settings');
		await page.getByLabel('Import data').setInputFiles(file('pain.json', JSON.stringify(data)));
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

		const check = async (where: string) => {
			await page.waitForLoadState('networkidle');
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				violations.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		};

		// Today: the morning question and the programme line
		await page.goto('/');
		await expect(
			page.getByRole('heading', { name: 'How is your back this morning, compared with usual?' })
		).toBeVisible();
		await expect(page.getByRole('group', { name: 'Your programme' })).toBeVisible();
		await check('Today');

		// History: the pain trend, its table open
		await page.goto('/history');
		await expect(page.getByRole('img', { name: /^Pain trend/ })).toBeVisible();
		await page.getByText('Show as a table').click();
		await expect(page.getByRole('table', { name: /^Pain after sessions/ })).toBeVisible();
		await check('History');

		// the player: the pain before Start, then Well done with the pain now and the feedback
		await page.goto('/play?kind=core&min=10');
		await expect(
			page.getByRole('radiogroup', { name: /How is your back right now/ })
		).toBeVisible();
		await check('Play');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward(11 * 60_000);
		await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
		await expect(page.getByRole('radiogroup', { name: 'Pain now (0–10)' })).toBeVisible();
		await page.getByText('How was each exercise? (optional)').click();
		await expect(page.getByRole('radio', { name: 'Too hard' }).first()).toBeVisible();
		await check('Well done');
	});
}
