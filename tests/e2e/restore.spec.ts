import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { backup, file } from './backup-data';
import { readPref } from './helpers';

/** what a person sees of their data, page by page */
async function snapshot(page: Page) {
	await page.goto('/history');
	const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
	await expect(sessions).toHaveCount(4);
	const history = await sessions.allTextContents();
	await page.goto('/settings');
	await expect(page.getByLabel('Level')).toBeEnabled();
	await expect(page.getByRole('textbox', { name: 'Emergency number' })).toBeEnabled();
	await expect(page.getByLabel('Time', { exact: true })).toBeEnabled();
	const settings = {
		level: await page.getByLabel('Level').inputValue(),
		goal: await page.getByLabel('Weekly goal').inputValue(),
		emergency: await page.getByRole('textbox', { name: 'Emergency number' }).inputValue(),
		time: await page.getByLabel('Time', { exact: true }).inputValue(),
		sunday: await page.getByRole('checkbox', { name: 'Sunday' }).isChecked()
	};
	await page.goto('/care');
	const start = page.getByLabel('When did the spasm start?');
	await expect(start).toBeEnabled();
	const care = await start.inputValue();
	const banner = await page
		.getByRole('complementary', { name: 'Talk to a health professional' })
		.isVisible();
	return { history, settings, care, banner };
}

test('export, clear site data, import: the same app comes back', async ({ page, context }) => {
	// some history, then everything a person sets, through the app's own controls
	await page.goto('/settings');
	await expect(page.getByLabel('Import data')).toBeEnabled();
	await page.getByLabel('Import data').setInputFiles(file('b.json', JSON.stringify(backup(4))));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 4 sessions.' })).toBeVisible();
	await page.getByLabel('Level').selectOption('advanced');
	await page.getByLabel('Weekly goal').fill('5');
	await page.getByLabel('Weekly goal').press('Tab');
	const emergency = page.getByRole('textbox', { name: 'Emergency number' });
	await emergency.fill('112');
	await emergency.press('Tab');
	await page.getByLabel('Time', { exact: true }).fill('18:45');
	await page.getByRole('checkbox', { name: 'Sunday' }).uncheck();
	await expect.poll(() => readPref(page, 'reminder')).toMatchObject({ time: '18:45' });
	await expect.poll(() => readPref(page, 'emergencyNumber')).toBe('112');
	await page.goto('/care');
	await page.getByRole('button', { name: 'Just now' }).click();
	await expect(page.getByText('Suggested now: cold.')).toBeVisible();
	await page.goto('/about');
	await page.getByRole('button', { name: 'Review the readiness questions' }).click();
	const dialog = page.getByRole('dialog', { name: 'Before you start' });
	await dialog.getByRole('checkbox', { name: /recovering/ }).check();
	await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
	await expect.poll(() => readPref(page, 'readiness')).toMatchObject({ anyYes: true });

	const before = await snapshot(page);
	expect(before.settings).toEqual({
		level: 'advanced',
		goal: '5',
		emergency: '112',
		time: '18:45',
		sunday: false
	});
	expect(before.care).not.toBe('');
	expect(before.banner).toBe(true);

	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export data' }).click()
	]);
	const exported = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(exported)).toMatchObject({
		format: 2,
		prefs: { emergencyNumber: '112', readiness: { anyYes: true } }
	});

	// clear site data, as the browser's settings do
	await page.goto('about:blank');
	const cdp = await context.newCDPSession(page);
	const origin = new URL(test.info().project.use.baseURL!).origin;
	await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
	await page.goto('/settings');
	// a first visit again: the questions come, and are put aside for the import
	await expect(page.getByRole('dialog', { name: 'Before you start' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByLabel('Level')).toHaveValue('beginner');

	await page.getByLabel('Import data').setInputFiles(file('limber-backup.json', exported));
	await expect(page.getByText('4 sessions in the file, 4 new, 0 already here.')).toBeVisible();
	await page.getByRole('checkbox', { name: "Also replace my settings with the file's" }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'your settings were replaced' })
	).toBeVisible();

	expect(await snapshot(page)).toEqual(before);
	await page.reload();
	await expect(page.getByRole('dialog')).toHaveCount(0);
});
