import { expect, test, type Page } from '@playwright/test';
import { exerciseById } from '../../src/lib/catalogue';
import type { Segment } from '../../src/lib/routine/types';
import {
	heading,
	headingAt,
	reloadMidRoutine,
	routineFor,
	startRoutine,
	T0
} from './player-helpers';

test('a 10-minute stretch plays to the end at exactly 600 s and is recorded', async ({ page }) => {
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	await startRoutine(page, routine);

	// the screen follows the timeline
	for (const ms of [1_000, 45_000, 200_000, 420_000]) {
		await page.clock.runFor(ms - (await elapsed(page)));
		await expect(heading(page)).toHaveText(headingAt(timeline, ms));
	}
	// one second before the end it is still playing
	await page.clock.runFor(599_000 - (await elapsed(page)));
	await expect(page.getByRole('timer')).toHaveText('0:01');
	await expect(page.getByRole('heading', { name: 'Well done' })).toHaveCount(0);
	await page.clock.runFor(1_000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByText('10:00 of 10:00 done')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();

	// let time flow again: the app's client-side navigation waits on timers
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1);
});

/** routine ms since Start: the fake clock moves only when the test moves it */
async function elapsed(page: Page) {
	return page.evaluate((t0) => Date.now() - t0, T0.getTime());
}

test('Pause holds the position while time passes; Resume goes on', async ({ page }) => {
	const { routine } = routineFor({ kind: 'core', minutes: 10 });
	await startRoutine(page, routine);
	await page.clock.runFor(20_000);
	const timer = page.getByRole('timer');
	const before = await timer.textContent();
	const name = await heading(page).textContent();
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(60_000);
	await expect(timer).toHaveText(before ?? '');
	await expect(heading(page)).toHaveText(name ?? '');
	await page.getByRole('button', { name: 'Resume' }).click();
	await page.clock.runFor(3_000);
	await expect(timer).not.toHaveText(before ?? '');
});

test('Next and Previous move between exercises', async ({ page }) => {
	const { routine } = routineFor({ kind: 'stretch', minutes: 10 });
	await startRoutine(page, routine);
	const second = exerciseById(routine.items[1]?.exerciseId ?? '')?.name ?? '';
	const first = exerciseById(routine.items[0]?.exerciseId ?? '')?.name ?? '';
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(heading(page)).toContainText(second);
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(heading(page)).toContainText(first);
	// keyboard: → next, ← back, Space pauses, wherever focus is but in a field
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toContainText(second);
	await page.keyboard.press('ArrowLeft');
	await expect(heading(page)).toContainText(first);
	await page.locator('main').focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('after a reload mid-routine, Resume continues at the same exercise', async ({ page }) => {
	const expected = await reloadMidRoutine(page);
	await page.getByRole('button', { name: 'Resume' }).click();
	// back where it stopped, paused until the user resumes
	await expect(heading(page)).toHaveText(expected);
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('Discard forgets the unfinished routine', async ({ page }) => {
	const { routine } = routineFor({ kind: 'warmup', minutes: 5 });
	await startRoutine(page, routine);
	await page.clock.runFor(40_000);
	await page.reload();
	await page.getByRole('button', { name: 'Discard' }).click();
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Discard' })).toHaveCount(0);
});

test('a page hidden for a while lands on the right segment, without a burst of cues', async ({
	page
}) => {
	await page.addInitScript(() => {
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
	});
	const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	await startRoutine(page, routine);
	await page.clock.runFor(12_000);
	expect(await spoken()).toContain(headingAt(timeline, 12_000).split(' · ')[0]);
	const before = (await spoken()).length;

	await setVisibility(page, 'hidden');
	// a sleeping tab: timers do not run, time jumps
	await page.clock.fastForward(183_000);
	await setVisibility(page, 'visible');
	await expect(heading(page)).toHaveText(headingAt(timeline, 195_000));
	// the cues of the three minutes away are not replayed: at most the present one
	expect((await spoken()).length - before).toBeLessThanOrEqual(1);
	expect(cueTextsBetween(timeline, 12_000, 192_000).length).toBeGreaterThan(2);
});

/** the names and words said at the segment starts in (from, to] */
function cueTextsBetween(timeline: Segment[], from: number, to: number) {
	const texts: string[] = [];
	let at = 0;
	for (const s of timeline) {
		if (at > from && at <= to) {
			if (s.type === 'work') texts.push(exerciseById(s.exerciseId ?? '')?.name ?? '');
			if (s.type === 'rest') texts.push('Rest');
		}
		at += s.durationSec * 1000;
	}
	return texts.filter(Boolean);
}

async function setVisibility(page: Page, state: 'hidden' | 'visible') {
	await page.evaluate((s) => {
		Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
		Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}

test('the live region announces "Switch sides"', async ({ page }) => {
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	let at = 0;
	const index = timeline.findIndex((s, i) => {
		if (s.type === 'switch') return true;
		at += s.durationSec * 1000;
		return i < 0;
	});
	expect(index).toBeGreaterThan(0);
	await startRoutine(page, routine);
	await page.clock.runFor(at + 500);
	await expect(page.getByRole('status').filter({ hasText: 'Switch sides' })).toBeVisible();
});

test('the screen wake lock is requested on start and released on pause', async ({ page }) => {
	await page.addInitScript(() => {
		const log: string[] = [];
		(window as unknown as { wakeLog: string[] }).wakeLog = log;
		// record the calls; answer like a browser that grants the lock
		Object.defineProperty(navigator, 'wakeLock', {
			configurable: true,
			value: {
				request: async (type: string) => {
					log.push(`request:${type}`);
					const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
					sentinel.release = async () => {
						log.push('release');
						sentinel.dispatchEvent(new Event('release'));
					};
					return sentinel;
				}
			}
		});
	});
	const { routine } = routineFor({ kind: 'warmup', minutes: 5 });
	await startRoutine(page, routine);
	const log = () => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog);
	await expect.poll(log).toEqual(['request:screen']);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect.poll(log).toEqual(['request:screen', 'release']);
	await expect(page.getByText("can't keep the screen awake")).toHaveCount(0);
});
