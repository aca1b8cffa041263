/**
 * The programme in real Chromium (issue 14), with Playwright's clock moving the days: sessions
 * played to the end and their pain recorded on the Well done screen, the morning question on
 * Today, and Today's Start following the programme.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exerciseById } from '../../src/lib/catalogue';
import { buildTimeline, generateRoutine, routineQuery } from '../../src/lib/routine';
import { variantOf } from '../../src/lib/routine/variant';
import { file, programmeBackup } from './backup-data';

/** Monday 2 November 2026, 09:00 local */
const MON = new Date('2026-11-02T09:00:00');
const DAY = 86_400_000;
const at = (day: number, hour = 9) => new Date(MON.getTime() + day * DAY + (hour - 9) * 3_600_000);

const start = (page: Page) =>
	page.getByRole('link', { name: "Start today's routine", exact: true });
const line = (page: Page) => page.getByRole('group', { name: 'Your programme' });

/** plays Today's routine to its end on `day`, and answers "Pain now" with `pain` */
async function playToday(page: Page, day: number, pain: number) {
	await page.clock.setSystemTime(at(day));
	await page.goto('/');
	await start(page).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	// the player works from the wall clock: jump past the end (25 minutes by default)
	await page.clock.fastForward(26 * 60_000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();
	const scale = page.getByRole('radiogroup', { name: 'Pain now (0–10)' });
	await scale.getByRole('radio', { name: String(pain), exact: true }).check();
	await expect(page.getByRole('status').filter({ hasText: `Pain ${pain}/10 saved` })).toBeVisible();
}

async function openToday(page: Page, day: number, hour = 9) {
	await page.clock.setSystemTime(at(day, hour));
	await page.goto('/');
	await expect(start(page)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: MON });
});

test('three easy sessions on three days step Today up, and the morning question goes once answered', async ({
	page
}) => {
	await openToday(page, 0);
	// the first visit: the standard dose, no step in the link
	await expect(start(page)).toHaveAttribute('href', /level=beginner&/);
	await expect(start(page)).not.toHaveAttribute('href', /step=/);

	await playToday(page, 0, 1);
	for (const day of [1, 2]) {
		await openToday(page, day);
		const question = page.getByRole('heading', {
			name: 'How is your back this morning, compared with usual?'
		});
		await expect(question).toBeVisible();
		await page.getByRole('button', { name: 'Same' }).click();
		await expect(question).toHaveCount(0);
		// answered: it stays away for the day
		await page.reload();
		await expect(start(page)).toBeVisible();
		await expect(question).toHaveCount(0);
		await playToday(page, day, 2);
	}
	// the evening of the third: it steps up tomorrow, if the morning is no worse
	await openToday(page, 2, 20);
	await expect(line(page)).toContainText('Programme: beginner, step 2');
	await expect(line(page)).toContainText('Steps up tomorrow');
	await expect(start(page)).not.toHaveAttribute('href', /step=/);

	await openToday(page, 3);
	await expect(line(page)).toContainText('Programme: beginner, step 3');
	await expect(line(page)).toContainText('Stepped up today after three easy sessions.');
	await expect(start(page)).toHaveAttribute('href', /level=beginner&step=3&/);
	// and the player plays that step
	await start(page).click();
	await expect(page).toHaveURL(/step=3/);

	// History lists the change with its reason
	await page.goto('/history');
	const changes = page.getByRole('list', { name: 'Step changes' }).getByRole('listitem');
	await expect(changes).toHaveCount(1);
	await expect(changes).toContainText('beginner 2 → beginner 3');
	await expect(changes).toContainText('Stepped up after three easy sessions');
});

test('red pain after a session steps down, with its reason', async ({ page }) => {
	await playToday(page, 0, 6);
	await openToday(page, 0, 20);
	await expect(line(page)).toContainText('Programme: beginner, step 1');
	await expect(line(page)).toContainText("Eased back one step after today's 6/10.");
	await expect(start(page)).toHaveAttribute('href', /level=beginner&step=1&/);
	await openToday(page, 1);
	await expect(line(page)).toContainText("Eased back one step after yesterday's 6/10.");
});

test('a worse morning steps down; pain of 7 offers the red-flag check', async ({ page }) => {
	await playToday(page, 0, 1);
	await openToday(page, 1);
	await page.getByRole('button', { name: 'Worse' }).click();
	await expect(line(page)).toContainText('Programme: beginner, step 1');
	await expect(line(page)).toContainText('Eased back one step after a worse morning today.');
	await expect(start(page)).toHaveAttribute('href', /level=beginner&step=1&/);
	await expect(line(page).getByRole('link', { name: 'Check the red flags' })).toHaveCount(0);

	// at the gentlest step a red cannot take it lower: it says so, and offers the red flags
	await playToday(page, 1, 7);
	await openToday(page, 1, 20);
	await expect(line(page)).toContainText("Gentlest step already, after today's 7/10");
	await expect(line(page).getByRole('link', { name: 'Check the red flags' })).toHaveAttribute(
		'href',
		'/care#help'
	);
});

test('Settings: the level and step by hand, and the programme off', async ({ page }) => {
	await page.goto('/settings');
	const card = page.getByRole('region', { name: 'Programme' });
	await card.getByLabel('Difficulty').selectOption('intermediate');
	await card.getByLabel('Step', { exact: true }).selectOption('1');
	await card.getByRole('button', { name: 'Set difficulty and step' }).click();
	await expect(card.getByRole('status')).toHaveText('Programme set to intermediate, step 1.');

	await openToday(page, 0);
	await expect(start(page)).toHaveAttribute('href', /level=intermediate&step=1&/);

	await page.goto('/settings');
	await page.getByRole('checkbox', { name: 'Follow the programme' }).uncheck();
	await expect(page.getByText('Off: Today uses the level in Routine defaults')).toBeVisible();
	await openToday(page, 0);
	await expect(start(page)).toHaveAttribute('href', /level=beginner&/);
	await expect(start(page)).not.toHaveAttribute('href', /step=/);
	await expect(line(page)).toHaveCount(0);
});

test('pain bands refuse what makes no sense, and keep what is stored', async ({ page }) => {
	await page.goto('/settings');
	const card = page.getByRole('region', { name: 'Programme' });
	await card.getByLabel('Green up to').fill('6');
	await card.getByLabel('Green up to').blur();
	await expect(card.getByRole('alert')).toHaveText('Green must end below where amber ends.');
	await card.getByLabel('Green up to').fill('2');
	await card.getByLabel('Green up to').blur();
	await expect(card.getByRole('alert')).toHaveCount(0);
	await expect(card.getByText('Red: 6 to 10.')).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('region', { name: 'Programme' }).getByLabel('Green up to')
	).toHaveValue('2');
});

test('Easier in the player swaps the exercise and keeps the total', async ({ page }) => {
	const request = { kind: 'core', level: 'intermediate', minutes: 15, seed: 'e2e' } as const;
	const made = generateRoutine(request);
	if (!made.ok) throw new Error(made.error.message);
	const routine = made.routine;
	const index = routine.items.findIndex((_, i) => variantOf(routine, i, 'easier'));
	const easier = variantOf(routine, index, 'easier');
	if (!easier) throw new Error('no exercise with an easier version');
	// a few seconds into the exercise's work
	const timeline = buildTimeline(routine);
	let ms = 0;
	for (const s of timeline) {
		if (s.itemIndex === index && s.type === 'work') break;
		ms += s.durationSec * 1000;
	}

	await page.goto(`/play?${routineQuery(routine.request)}`);
	await page
		.getByRole('radiogroup', { name: /How is your back right now/ })
		.getByRole('radio', { name: '2', exact: true })
		.check();
	await page.clock.pauseAt(at(0, 10));
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor(ms + 3_000);
	const old = exerciseById(routine.items[index]!.exerciseId)!.name;
	await expect(page.getByRole('heading', { level: 2 })).toContainText(old);
	const left = await page.getByText(/ left/).first().textContent();

	await page.getByRole('button', { name: 'Easier' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toContainText(easier.name);
	await expect(page.getByText(/ left/).first()).toHaveText(left ?? '');

	await page.clock.runFor(15 * 60_000 - ms);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByText('15:00 of 15:00 done')).toBeVisible();
});

/** imports a backup file on Settings, confirming it */
async function importFile(page: Page, name: string, text: string) {
	await page.goto('/settings');
	await expect(page.getByLabel('Import data')).toBeEnabled();
	await page.getByLabel('Import data').setInputFiles(file(name, text));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

/** Today's programme line and Start link, as the user sees them */
async function todayOf(page: Page) {
	await page.goto('/');
	await expect(line(page)).toBeVisible();
	return { line: await line(page).innerText(), start: await start(page).getAttribute('href') };
}

test('a format 2 backup with pain and check-ins gives the same Today on another device', async ({
	page,
	browser,
	baseURL,
	storageState
}) => {
	const today = at(10);
	await page.clock.setSystemTime(today);
	await page.goto('/');
	const tz = await page.evaluate((t) => new Date(t).getTimezoneOffset(), today.getTime());
	// three easy sessions would step up, but with green ending at 2 the third's 3/10 is amber;
	// then a worse morning eases back: the pain bands travel with the file, or Today differs
	const crafted = programmeBackup(MON.getTime(), tz, {
		sessions: [
			{ day: 1, pain: 1 },
			{ day: 3, pain: 1 },
			{ day: 5, pain: 3 }
		],
		checkins: [
			{ day: 2, compared: 'same' },
			{ day: 4, compared: 'same' },
			{ day: 8, compared: 'worse' }
		],
		prefs: {
			programme: {
				enabled: true,
				manual: null,
				bands: { greenMax: 2, amberMax: 5 },
				episodes: []
			}
		}
	});
	await importFile(page, 'crafted.json', JSON.stringify(crafted));
	const here = await todayOf(page);
	expect(here.line).toContain('Programme: beginner, step 1');
	expect(here.line).toContain('Eased back one step after a worse morning');
	expect(here.start).toMatch(/level=beginner&step=1&/);
	await page.goto('/history');
	const chart = page.getByRole('img', { name: /^Pain trend/ });
	const trend = await chart.getAttribute('aria-label');
	expect(trend).toContain('3 pain scores after sessions, from 1 to 3 out of 10');
	expect(trend).toContain('3 morning check-ins: 0 better, 2 same, 1 worse');

	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export data' }).click()
	]);
	const exported = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(exported)).toMatchObject({ format: 2, checkins: crafted.checkins });

	// another device: a fresh profile with an empty IndexedDB, on the same day
	const context = await browser.newContext({ baseURL, storageState });
	const other = await context.newPage();
	await other.clock.install({ time: today });
	await other.goto('/');
	await expect(start(other)).not.toHaveAttribute('href', /step=1/);
	await importFile(other, download.suggestedFilename(), exported);
	expect(await todayOf(other)).toEqual(here);
	await other.goto('/history');
	await expect(other.getByRole('img', { name: /^Pain trend/ })).toHaveAttribute(
		'aria-label',
		trend ?? ''
	);
	await context.close();
});
