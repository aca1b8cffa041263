import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock, fakeCues, fakeDownload } from '$lib/adapters/fakes';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB } from '$lib/storage/fixtures';
import { loadPref, savePref } from '$lib/storage/prefs';
import { CareState } from './care.svelte';
import { EMERGENCY_PREF } from './emergency';
import { EPISODE_PREF } from './episode';
import { TIMERS_PREF } from './timers';

const T0 = Date.UTC(2026, 2, 10, 9);
const MIN = 60_000;
const HOUR = 60 * MIN;

function care(clock = fakeClock(T0)) {
	const download = fakeDownload();
	const cues = fakeCues();
	const state = new CareState({ now: clock, timeZone: () => 'Europe/London', download, cues });
	return { state, clock, download, cues };
}

let states: CareState[] = [];
beforeEach(async () => {
	await freshDB();
	states = [];
});
afterEach(async () => {
	for (const s of states) s.destroy();
	await closeLimberDB();
});

async function started(clock = fakeClock(T0)) {
	const c = care(clock);
	states.push(c.state);
	await c.state.start();
	return c;
}

describe('CareState', () => {
	it('starts with no episode, the neutral emergency text, and enabled controls', async () => {
		const { state } = await started();
		expect(state.mounted).toBe(true);
		expect(state.episodeStart).toBeNull();
		expect(state.advice).toBeNull();
		expect(state.emergency).toBe('your local emergency number');
	});

	it('saves the start, gives the advice for now, and reads it back after a reload', async () => {
		const { state, clock } = await started();
		clock.advance(5 * HOUR);
		await state.justNow();
		expect(await loadPref(EPISODE_PREF)).toBe(T0 + 5 * HOUR);
		expect(state.advice?.phase).toBe('ice');
		// a reload three days on: warmth, from the stored start
		const later = fakeClock(T0 + 5 * HOUR + 73 * HOUR);
		const { state: reloaded } = await started(later);
		expect(reloaded.episodeStart).toBe(T0 + 5 * HOUR);
		expect(reloaded.startInput).toBe('2026-03-10T14:00');
		expect(reloaded.advice?.phase).toBe('heat');
	});

	it('forgets a start months old, and clears it when the field is emptied', async () => {
		await savePref(EPISODE_PREF, T0 - 100 * 24 * HOUR);
		const { state } = await started();
		expect(state.episodeStart).toBeNull();
		state.startInput = '2026-03-10T08:30';
		await state.setStart();
		expect(await loadPref(EPISODE_PREF)).toBe(Date.UTC(2026, 2, 10, 8, 30));
		state.startInput = '';
		await state.setStart();
		expect(await loadPref(EPISODE_PREF)).toBeUndefined();
	});

	it('uses the chosen emergency number, and follows a change from another tab', async () => {
		await savePref(EMERGENCY_PREF, '112');
		const { state } = await started();
		expect(state.emergency).toBe('112');
		await savePref(EMERGENCY_PREF, '999');
		await expect.poll(() => state.emergency).toBe('999');
	});

	it('downloads the calendar file of the schedule', async () => {
		const { state, download } = await started();
		state.coverHours = 48;
		await state.addToCalendar();
		expect(download.files).toHaveLength(1);
		expect(download.files[0]?.filename).toBe('limber-back-care.ics');
		expect(download.files[0]?.text).toContain('BEGIN:VCALENDAR');
		expect(state.calendarStatus).toMatch(/^Calendar file saved with \d+ reminders/);
	});

	it('runs a timer on the injected clock, cues once at the end, and keeps it across a reload', async () => {
		const { state, clock, cues } = await started();
		state.timers.start('ice');
		expect(cues.unlocked).toBe(1);
		clock.advance(5 * MIN);
		await state.timers.saved();
		const { state: reloaded, clock: c2, cues: cues2 } = await started(fakeClock(T0 + 5 * MIN));
		expect(reloaded.timers.views.ice).toMatchObject({ status: 'running', remainingMs: 10 * MIN });
		expect(cues.said).toEqual([]);
		c2.advance(10 * MIN);
		// a tap on the other timer after the end (a phone that slept through the ticks)
		reloaded.timers.setMinutes('heat', 10);
		expect(reloaded.timers.views.ice.status).toBe('done');
		expect(cues2.said).toEqual(['Ice time is up. Take the pack off.']);
		reloaded.timers.setMinutes('heat', 15);
		expect(cues2.said).toHaveLength(1);
		await reloaded.timers.saved();
		expect((await loadPref(TIMERS_PREF))?.ice.cued).toBe(true);
	});
});
