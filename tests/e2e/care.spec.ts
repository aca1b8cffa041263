import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { readPref } from './helpers';

const ANSWERED = JSON.stringify({ answeredAt: '2026-01-01T00:00:00.000Z', anyYes: false });

/** the first-run check already answered, so its dialog stays out of the way */
async function answered(page: Page) {
	await page.addInitScript((value) => {
		if (!localStorage.getItem('limber.readiness')) localStorage.setItem('limber.readiness', value);
	}, ANSWERED);
}

/** m:ss shown by a timer, in seconds */
async function secondsLeft(page: Page, region: string): Promise<number> {
	const text = await page
		.getByRole('region', { name: region, exact: true })
		.getByRole('timer')
		.innerText();
	const m = /(\d+):(\d{2})/.exec(text);
	if (!m) throw new Error(`no m:ss in "${text}"`);
	return Number(m[1]) * 60 + Number(m[2]);
}

test.describe('back spasm care', () => {
	test.beforeEach(async ({ page }) => answered(page));

	test('an emergency red flag stops the routine and says what to do', async ({ page }) => {
		await page.goto('/care');
		const moving = page.getByRole('region', { name: 'Gentle movement' });
		await moving.getByRole('checkbox', { name: 'Difficulty peeing' }).check();
		await moving.getByRole('button', { name: 'Continue', exact: true }).click();
		const alert = moving.getByRole('alert');
		await expect(alert.getByRole('heading', { name: 'Get emergency help now' })).toBeVisible();
		await expect(alert).toContainText('Call your local emergency number');
		await expect(moving.getByRole('list', { name: 'Flare-up routine' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Pelvic tilt' })).toHaveCount(0);
	});

	test('the emergency guidance uses the number the user chose', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('limber.emergencyNumber', '112'));
		await page.goto('/care');
		const moving = page.getByRole('region', { name: 'Gentle movement' });
		await moving.getByRole('checkbox', { name: 'Chest pain' }).check();
		await moving.getByRole('button', { name: 'Continue', exact: true }).click();
		await expect(moving.getByRole('alert')).toContainText('Call 112');
	});

	test('no red flags shows the gentle routine; an urgent one says get assessed first', async ({
		page
	}) => {
		await page.goto('/care');
		const moving = page.getByRole('region', { name: 'Gentle movement' });
		await moving.getByRole('button', { name: 'None of these — continue' }).click();
		const routine = moving.getByRole('list', { name: 'Flare-up routine' });
		await expect(routine.getByRole('listitem')).toHaveCount(4);
		await expect(routine).toContainText('Short walk');
		for (const id of ['pelvic-tilt', 'knee-rolls', 'cat-camel']) {
			await expect(routine.locator(`a[href="/exercises/${id}"]`)).toHaveCount(1);
		}

		await moving.getByRole('button', { name: 'Change my answers' }).click();
		await moving.getByRole('checkbox', { name: 'Pain between your shoulder blades' }).check();
		await moving.getByRole('button', { name: 'Continue', exact: true }).click();
		await expect(moving.getByRole('heading', { name: 'Get an urgent appointment' })).toBeVisible();
		await expect(moving).toContainText('Get assessed before you exercise');
		await expect(moving.getByRole('list', { name: 'Flare-up routine' })).toHaveCount(0);
	});

	test('the ice timer keeps counting across a reload', async ({ page }) => {
		await page.clock.install();
		await page.goto('/care');
		const ice = page.getByRole('region', { name: 'Ice', exact: true });
		await expect(ice.getByRole('timer')).toHaveText('15:00');
		await ice.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(ice.getByRole('button', { name: 'Pause' })).toBeVisible();

		await page.clock.runFor(120_000);
		await expect.poll(() => secondsLeft(page, 'Ice')).toBeLessThanOrEqual(13 * 60);

		await page.reload();
		// the prerendered page shows a full timer until the saved one is restored
		await expect(ice.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect.poll(() => secondsLeft(page, 'Ice')).toBeLessThanOrEqual(13 * 60);
		const left = await secondsLeft(page, 'Ice');
		expect(left).toBeGreaterThan(12 * 60 + 50);

		await page.clock.runFor(30_000);
		await expect.poll(() => secondsLeft(page, 'Ice')).toBeLessThanOrEqual(left - 29);

		// the heat timer was never started
		await expect(
			page.getByRole('region', { name: 'Heat', exact: true }).getByRole('timer')
		).toHaveText('20:00');
	});

	test('a paused timer stays paused across a reload, and rings at the end', async ({ page }) => {
		await page.clock.install();
		await page.goto('/care');
		const heat = page.getByRole('region', { name: 'Heat', exact: true });
		await heat.getByRole('combobox', { name: 'Minutes' }).selectOption('5');
		await heat.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(60_000);
		await heat.getByRole('button', { name: 'Pause' }).click();
		// about 4:00 (the clock runs in real time too: 3:59 on a slow machine); exactly this after
		const paused = await heat.getByRole('timer').innerText();
		expect(paused).toMatch(/^(4:00|3:59)$/);
		await page.clock.runFor(600_000);
		await page.reload();
		await expect(heat.getByRole('timer')).toHaveText(paused);
		await heat.getByRole('button', { name: 'Resume' }).click();
		await page.clock.runFor(240_000);
		await expect(heat.getByRole('timer')).toHaveText('0:00');
		await expect(page.getByRole('status').filter({ hasText: 'Heat time is up' })).toHaveCount(1);
		await expect(heat.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
	});

	test('the ice and heat schedule downloads as a calendar file', async ({ page }) => {
		await page.goto('/care');
		await page.getByRole('button', { name: 'Just now' }).click();
		await expect(page.getByLabel('When did the spasm start?')).not.toHaveValue('');
		await expect(page.getByText('Suggested now: cold.')).toBeVisible();

		const section = page.getByRole('region', { name: 'Reminders for this spasm' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			section.getByRole('button', { name: 'Add to calendar' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const text = await readFile(await download.path(), 'utf8');
		expect(text).toContain('\r\n');

		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent');
		expect(events.length).toBeGreaterThan(1);
		const first = new ICAL.Event(events[0]!);
		expect(first.summary).toBe('Ice pack, 15 min');
		const start = first.startDate.toJSDate().getTime();
		expect(start).toBeGreaterThan(Date.now() - 60_000);
		expect(start).toBeLessThan(Date.now() + 24 * 3_600_000);
		expect(first.endDate.toJSDate().getTime() - start).toBe(15 * 60_000);
		const alarm = events[0]!.getFirstSubcomponent('valarm');
		expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
		await expect(section.getByRole('status')).toContainText('Calendar file saved');
	});

	test('when the calendar writer cannot load, it says so and can try again', async ({ page }) => {
		await page.goto('/care');
		await page.waitForLoadState('networkidle');
		// the page's own scripts are loaded: the next one is the calendar writer, loaded on use
		const scripts = '**/_app/immutable/**/*.js';
		await page.route(scripts, (route) => route.abort());
		const section = page.getByRole('region', { name: 'Reminders for this spasm' });
		await section.getByRole('button', { name: 'Add to calendar' }).click();
		await expect(section.getByRole('status')).toContainText('could not be made');
		await page.unroute(scripts);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			section.getByRole('button', { name: 'Try again' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		await expect(section.getByRole('status')).toContainText('Calendar file saved');
		await expect(section.getByRole('button', { name: 'Try again' })).toHaveCount(0);
	});
});

// the first-run dialog and the settings controls need the lead's wiring (layout, settings)
test.describe('first run', () => {
	// a fresh visitor, whatever the config seeds
	test.use({ storageState: { cookies: [], origins: [] } });

	test('asks the readiness questions once; a yes leaves a lasting banner', async ({ page }) => {
		await page.goto('/about');
		const dialog = page.getByRole('dialog', { name: 'Before you start' });
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText('not medical advice');
		await dialog.getByRole('checkbox', { name: /pregnant/ }).check();
		await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
		await expect(dialog).toHaveCount(0);

		const banner = page.getByRole('complementary', { name: 'Talk to a health professional' });
		await expect(banner).toBeVisible();
		await page.reload();
		await expect(banner).toBeVisible();
		await expect(page.getByRole('dialog')).toHaveCount(0);

		// the app stays usable
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Care' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back spasm care');
		await expect(banner).toBeVisible();
	});

	test('"none of these" saves the answer without a banner', async ({ page }) => {
		await page.goto('/');
		const dialog = page.getByRole('dialog', { name: 'Before you start' });
		await dialog.getByRole('button', { name: 'None of these apply — continue' }).click();
		await expect(dialog).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(
			page.getByRole('complementary', { name: 'Talk to a health professional' })
		).toHaveCount(0);
		expect(await readPref(page, 'readiness')).toMatchObject({ anyYes: false });
		// kept in IndexedDB only: nothing left in localStorage
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});
});

test.describe('settings: reminders and emergency number', () => {
	test.beforeEach(async ({ page }) => answered(page));

	test('the chosen emergency number reaches the red-flag guidance', async ({ page }) => {
		await page.goto('/settings');
		const field = page.getByRole('textbox', { name: 'Emergency number' });
		await field.fill('112');
		await field.press('Tab');
		await expect.poll(() => readPref(page, 'emergencyNumber')).toBe('112');
		await page.goto('/care');
		const moving = page.getByRole('region', { name: 'Gentle movement' });
		await moving.getByRole('checkbox', { name: 'Loss of bladder or bowel control' }).check();
		await moving.getByRole('button', { name: 'Continue', exact: true }).click();
		await expect(moving.getByRole('alert')).toContainText('Call 112');
	});

	test('the daily reminder downloads as a weekly event with an alarm', async ({ page }) => {
		await page.goto('/settings');
		await page.getByLabel('Time', { exact: true }).fill('18:45');
		await page.getByRole('checkbox', { name: 'Saturday' }).uncheck();
		await page.getByRole('checkbox', { name: 'Sunday' }).uncheck();
		await page
			.getByRole('combobox', { name: 'Calendar alert' })
			.selectOption({ label: '10 minutes before' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Add to calendar' }).click()
		]);
		const text = await readFile(await download.path(), 'utf8');
		const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
		const event = new ICAL.Event(vevent);
		expect(event.summary).toBe('Limber: daily routine');
		expect(vevent.getFirstPropertyValue('rrule')?.toString()).toBe(
			'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'
		);
		expect(event.startDate.hour).toBe(18);
		expect(event.startDate.minute).toBe(45);
		const alarm = vevent.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M');
	});

	test('in-app notifications are asked for only after a tap', async ({ page, context }) => {
		await context.grantPermissions(['notifications']);
		await page.goto('/settings');
		await expect(page.getByRole('button', { name: 'Stop notifying me' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Also notify me while Limber is open' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'it will notify you' })).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Stop notifying me' })).toBeVisible();
		await expect.poll(() => readPref(page, 'reminder')).toMatchObject({ notify: true });
	});

	test('any page arms a saved reminder and notifies at its time', async ({ page, context }) => {
		await context.grantPermissions(['notifications']);
		await page.clock.install({ time: new Date('2026-03-10T07:29:00') });
		await page.addInitScript(() => {
			const shown: string[] = [];
			(window as unknown as { shown: string[] }).shown = shown;
			ServiceWorkerRegistration.prototype.showNotification = async (title, options) => {
				shown.push(`${title}: ${options?.body ?? ''}`);
			};
			localStorage.setItem(
				'limber.reminder',
				JSON.stringify({
					time: '07:30',
					weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
					alarmMinutesBefore: 0,
					notify: true
				})
			);
		});
		const shown = () => page.evaluate(() => (window as unknown as { shown: string[] }).shown);
		await page.goto('/about');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.evaluate(() => navigator.serviceWorker.ready);
		expect(await shown()).toEqual([]);
		await page.clock.runFor(90_000);
		await expect.poll(shown).toEqual(['Limber: Time for your routine.']);
	});
});
