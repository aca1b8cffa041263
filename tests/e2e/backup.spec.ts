import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { backup, file, session, SETTINGS } from './backup-data';

const sessionsList = (page: Page) =>
	page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
const importButton = (page: Page) => page.getByRole('button', { name: 'Import', exact: true });

async function chooseFile(page: Page, name: string, content: string | Buffer) {
	await page.goto('/settings');
	await expect(page.getByLabel('Import data')).toBeEnabled();
	await page.getByLabel('Import data').setInputFiles(file(name, content));
}

async function importAndConfirm(page: Page, content: string) {
	await chooseFile(page, 'backup.json', content);
	await importButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

/** the History list's text, once it has `count` items */
async function historyText(page: Page, count: number) {
	await page.goto('/history');
	if (count === 0) {
		await expect(page.getByText('No sessions yet')).toBeVisible();
		return [];
	}
	await expect(sessionsList(page)).toHaveCount(count);
	return sessionsList(page).allTextContents();
}

async function download(page: Page, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('import, export, then import into a fresh profile: the same history; again: nothing added', async ({
	page,
	browser,
	baseURL,
	storageState
}) => {
	const original = backup(7);
	await chooseFile(page, 'backup.json', JSON.stringify(original));
	await expect(page.getByText('7 sessions in the file, 7 new, 0 already here.')).toBeVisible();
	await importButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 7 sessions.' })).toBeVisible();
	const before = await historyText(page, 7);
	await expect(page.getByRole('row', { name: /^All/ }).getByRole('cell').last()).toHaveText(
		/^7 · /
	);

	await page.goto('/settings');
	const exported = await download(page, 'Export data');
	expect(exported.name).toMatch(/^limber-backup-\d{4}-\d\d-\d\d\.json$/);
	const parsed = JSON.parse(exported.text);
	expect(parsed).toMatchObject({ app: 'limber', format: 2, settings: SETTINGS, checkins: [] });
	expect(Date.parse(parsed.exportedAt)).not.toBeNaN();
	// every record exactly as imported, oldest first
	expect(parsed.sessions).toEqual([...original.sessions].reverse());

	// a fresh profile has its own, empty IndexedDB
	const fresh = await browser.newContext({ baseURL, storageState });
	const other = await fresh.newPage();
	expect(await historyText(other, 0)).toEqual([]);
	await chooseFile(other, exported.name, exported.text);
	await expect(other.getByText('7 sessions in the file, 7 new, 0 already here.')).toBeVisible();
	await importButton(other).click();
	await expect(other.getByRole('status').filter({ hasText: 'Imported 7 sessions.' })).toBeVisible();
	expect(await historyText(other, 7)).toEqual(before);

	// the same file again adds nothing
	await chooseFile(other, exported.name, exported.text);
	await expect(other.getByText('7 sessions in the file, 0 new, 7 already here.')).toBeVisible();
	await importButton(other).click();
	await expect(other.getByRole('status').filter({ hasText: 'Imported 0 sessions' })).toBeVisible();
	expect(await historyText(other, 7)).toEqual(before);
	await fresh.close();
});

test('sessions export as CSV', async ({ page }) => {
	await importAndConfirm(page, JSON.stringify(backup(3)));
	const csv = await download(page, 'Export sessions as CSV');
	expect(csv.name).toMatch(/^limber-sessions-\d{4}-\d\d-\d\d\.csv$/);
	const lines = csv.text.trimEnd().split('\r\n');
	expect(lines).toHaveLength(4);
	expect(lines[0]).toMatch(/^id,kind,started,/);
	// oldest first; the note's markup is only text in a quoted field
	expect(lines[1]).toMatch(/^test-2,warmup,/);
	expect(lines[3]).toContain('<b>note 0</b>');
});

test("the file's settings are taken only when asked", async ({ page }) => {
	const theirs = { ...SETTINGS, level: 'advanced', weeklyGoal: 5 };
	await chooseFile(page, 'a.json', JSON.stringify(backup(1, { settings: theirs })));
	const replace = page.getByRole('checkbox', { name: "Also replace my settings with the file's" });
	await expect(replace).not.toBeChecked();
	await importButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 1 session.' })).toBeVisible();
	await expect(page.getByLabel('Level')).toHaveValue('beginner');

	await chooseFile(page, 'a.json', JSON.stringify(backup(1, { settings: theirs })));
	await expect(page.getByText('1 session in the file, 0 new, 1 already here.')).toBeVisible();
	await replace.check();
	await importButton(page).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'your settings were replaced' })
	).toBeVisible();
	await expect(page.getByLabel('Level')).toHaveValue('advanced');
	await page.reload();
	await expect(page.getByLabel('Level')).toHaveValue('advanced');
	await expect(page.getByLabel('Weekly goal')).toHaveValue('5');
});

test('imported text is shown as text, never as markup', async ({ page }) => {
	await importAndConfirm(page, JSON.stringify(backup(1)));
	await page.goto('/history');
	await sessionsList(page).first().getByText('Details').click();
	await expect(sessionsList(page).first()).toContainText('<b>note 0</b><img src=x');
	await expect(sessionsList(page).locator('b, img')).toHaveCount(0);
});

const good = backup(3);
const withSession = (changes: Record<string, unknown>) =>
	JSON.stringify({ ...good, sessions: [{ ...session(0), ...changes }, session(1), session(2)] });
const bad: [string, string | Buffer, RegExp][] = [
	['not JSON', 'this is not json at all', /not a Limber backup: it is not JSON/],
	['empty', '', /empty/],
	['truncated', JSON.stringify(good).slice(0, 200), /incomplete \(cut off before its end\)/],
	[
		'another app',
		JSON.stringify({ app: 'other-fitness', version: 3, workouts: [] }),
		/comes from another app/
	],
	[
		'a future version',
		JSON.stringify({ ...good, format: 99 }),
		/made by a newer version of Limber/
	],
	['no list of sessions', JSON.stringify({ ...good, sessions: 'none' }), /damaged: sessions/]
];

test('a file that is not a Limber backup is refused whole with its own message', async ({
	page
}) => {
	await importAndConfirm(page, JSON.stringify(backup(2)));
	const before = await historyText(page, 2);
	for (const [what, content, message] of bad) {
		await chooseFile(page, `${what}.json`, content);
		await expect(page.getByRole('alert'), what).toContainText(message);
		await expect(importButton(page), what).toHaveCount(0);
	}
	expect(await historyText(page, 2)).toEqual(before);
});

const damaged: [string, string, RegExp][] = [
	[
		'wrong types',
		withSession({ startedAt: 'yesterday' }),
		/sessions\[0\]\.startedAt is not a date/
	],
	['a negative duration', withSession({ completedSec: -60 }), /completedSec is negative/],
	[
		'an absurd duration',
		withSession({ completedSec: 90_000, plannedSec: 90_000 }),
		/more than 24 hours/
	],
	['an impossible rating', withSession({ rating: 9 }), /rating must be a whole number from 1 to 5/]
];

test('a backup with bad records restores every good one and lists the rest with why', async ({
	page
}) => {
	for (const [what, content, reason] of damaged) {
		await chooseFile(page, `${what}.json`, content);
		const left = page.getByRole('list', { name: 'Left out of the import' });
		await expect(left.getByRole('listitem'), what).toHaveText([reason]);
		await expect(page.getByText('1 record in the file cannot be restored'), what).toBeVisible();
	}
	await importButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 2 sessions' })).toContainText(
		'1 record in the file could not be restored'
	);
	await historyText(page, 2);
});

test('a session dated by a wrong device clock restores in full', async ({ page }) => {
	// a phone whose date said 2019, and one a year ahead
	const file = {
		...good,
		sessions: [
			{
				...session(0),
				id: 'in-2019',
				startedAt: Date.UTC(2019, 5, 1),
				endedAt: Date.UTC(2019, 5, 1) + 600_000
			},
			{
				...session(1),
				id: 'ahead',
				startedAt: Date.now() + 3e10,
				endedAt: Date.now() + 3e10 + 600_000
			}
		]
	};
	await chooseFile(page, 'clock.json', JSON.stringify(file));
	await expect(page.getByText('2 sessions in the file, 2 new, 0 already here.')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Left out of the import' })).toHaveCount(0);
	await importButton(page).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported 2 sessions.' })).toBeVisible();
	await historyText(page, 2);
});

test('Import pressed twice imports once and counts what was written', async ({ page }) => {
	await chooseFile(page, 'backup.json', JSON.stringify(backup(3)));
	await importButton(page).evaluate((button: HTMLButtonElement) => {
		button.click();
		button.click();
	});
	await expect(page.getByRole('status').filter({ hasText: 'Imported 3 sessions.' })).toBeVisible();
	await historyText(page, 3);
});

test('a file over 50 MB is refused before it is read', async ({ page }, testInfo) => {
	// a real file just over the limit (from disk: Playwright refuses buffers over 50 MB)
	const huge = testInfo.outputPath('huge.json');
	writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 32));
	await page.goto('/settings');
	await expect(page.getByLabel('Import data')).toBeEnabled();
	await page.getByLabel('Import data').setInputFiles(huge);
	await expect(page.getByRole('alert')).toContainText('over 50 MB');
	await expect(importButton(page)).toHaveCount(0);
});

test('storage use and protection are shown', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByText(/^Using \d+(\.\d)? [KMG]B of \d+(\.\d)? [KMG]B$/)).toBeVisible();
	const protect = page.getByRole('button', { name: 'Protect my data' });
	const protectedText = page.getByText('Your data is protected from automatic clean-up.');
	await expect(protect.or(protectedText)).toBeVisible();
	if (await protect.isVisible()) {
		await expect(
			page.getByText("The browser may clear Limber's data when space runs low.")
		).toBeVisible();
		await protect.click();
		await expect(protectedText.or(page.getByText('The browser said no'))).toBeVisible();
	}
});
