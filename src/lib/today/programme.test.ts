/**
 * Today's programme and the programme's settings in Node: real storage over fake-indexeddb,
 * a fake clock. The rules themselves are tested in `$lib/programme`.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '$lib/adapters/fakes';
import { EPISODE_PREF } from '$lib/care/episode';
import { PROGRAMME_PREF } from '$lib/programme/pref';
import { ProgrammeSettingsState } from '$lib/settings/programme.svelte';
import { saveCheckin } from '$lib/storage/checkins';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB, makeSession } from '$lib/storage/fixtures';
import { loadPref, savePref } from '$lib/storage/prefs';
import { saveSession } from '$lib/storage/sessions';
import { saveMorningCheckin } from './checkin';
import { TodayState } from './today.svelte';
import { avoidExercise } from '$lib/storage/avoid';

const DAY = 86_400_000;
/** Monday 2 November 2026, 18:00 UTC */
const MON = Date.UTC(2026, 10, 2, 18);

/** an easy core session at beginner step 2 on day `d` */
const easy = (d: number, pain = 1) =>
	makeSession(100 + d, {
		kind: 'core',
		request: { ...makeSession(0).request, kind: 'core', level: 'beginner', step: 2 },
		startedAt: MON + d * DAY - 600_000,
		endedAt: MON + d * DAY,
		tzOffsetMin: 0,
		plannedSec: 600,
		completedSec: 600,
		status: 'completed',
		painAfter: pain
	});

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe("Today's programme", () => {
	it('does not load the programme without a session or programme settings', async () => {
		const today = new TodayState(fakeClock(MON));
		await today.load();
		expect(today.programme).toBeNull();
		expect(today.query).not.toContain('step=');
	});

	it("steps Today's routine up after three easy days, and down after red pain", async () => {
		for (const d of [0, 1, 2]) await saveSession(easy(d));
		const clock = fakeClock(MON + 3 * DAY - 4 * 3_600_000);
		const today = new TodayState(clock);
		await today.load();
		expect(today.programme?.result.rung).toEqual({ level: 'beginner', step: 3 });
		expect(today.request).toMatchObject({ level: 'beginner', step: 3 });
		expect(today.query).toContain('level=beginner&step=3&');
		// the programme's request keeps the exercises the user does not want
		await avoidExercise('bird-dog-leg-only');
		const again = new TodayState(clock);
		await again.load();
		expect(again.request).toMatchObject({ step: 3, avoid: ['bird-dog-leg-only'] });
		expect(again.query).toContain('&avoid=bird-dog-leg-only&');
		// the day after a session: the morning question
		expect(today.programme?.checkinDue).toBe(true);

		await saveSession({ ...easy(3, 6), request: { ...easy(3).request, step: 3 } });
		clock.set(MON + 3 * DAY + 3_600_000);
		await today.loadProgramme();
		expect(today.request).toMatchObject({ level: 'beginner', step: 2 });
		expect(today.programme?.result.reason).toBe("Eased back one step after today's 6/10.");
	});

	it('a morning check-in is stored under the local date and asked once a day', async () => {
		await saveSession(easy(0));
		const clock = fakeClock(MON + DAY - 8 * 3_600_000);
		const today = new TodayState(clock);
		await today.load();
		expect(today.programme?.checkinDue).toBe(true);
		await saveMorningCheckin('worse', clock());
		await today.loadProgramme();
		expect(today.programme?.checkinDue).toBe(false);
		expect(today.request).toMatchObject({ step: 1 });
	});

	it('remembers each care episode, so the restart after it survives the next one', async () => {
		await saveSession(easy(0));
		await saveCheckin({ date: '2026-11-02', compared: 'same' });
		const start = MON + DAY;
		await savePref(EPISODE_PREF, start);
		const clock = fakeClock(start + 3_600_000);
		const today = new TodayState(clock);
		await today.load();
		expect(today.programme?.result.mode).toBe('flare-up');
		expect(today.programme?.start).toBe('/care#moving-title');
		expect((await loadPref(PROGRAMME_PREF))?.episodes).toEqual([start]);
		// the care page forgets it; 4 days on the programme still restarted lower
		await savePref(EPISODE_PREF, MON - 200 * DAY);
		clock.set(start + 4 * DAY);
		await today.loadProgramme();
		expect(today.programme?.result.mode).toBe('programme');
		expect(today.programme?.result.changes.at(-1)?.cause).toBe('flare-up');
	});
});

describe('ProgrammeSettingsState', () => {
	it('sets the level and step by hand, from now, and Today follows', async () => {
		const clock = fakeClock(MON);
		const state = new ProgrammeSettingsState(clock);
		await state.load();
		expect(state.pref.enabled).toBe(true);
		await state.setRung('intermediate', 1);
		expect(await loadPref(PROGRAMME_PREF)).toMatchObject({
			manual: { level: 'intermediate', step: 1, at: MON }
		});
		const today = new TodayState(fakeClock(MON + 60_000));
		await today.load();
		expect(today.request).toMatchObject({ level: 'intermediate', step: 1 });
	});

	it('turns the programme off: Today plays the settings level at step 2', async () => {
		for (const d of [0, 1, 2]) await saveSession(easy(d));
		const state = new ProgrammeSettingsState(fakeClock(MON));
		await state.load();
		await state.setEnabled(false);
		const today = new TodayState(fakeClock(MON + 5 * DAY));
		await today.load();
		expect(today.programme?.result.mode).toBe('off');
		expect(today.request).toMatchObject({ level: 'beginner', step: 2 });
		expect(today.programme?.checkinDue).toBe(false);
	});

	it('stores pain bands, and refuses ones that make no sense without losing the stored', async () => {
		const state = new ProgrammeSettingsState(fakeClock(MON));
		await state.load();
		await state.setBands({ greenMax: 2, amberMax: 4 });
		expect((await loadPref(PROGRAMME_PREF))?.bands).toEqual({ greenMax: 2, amberMax: 4 });
		await state.setBands({ greenMax: 6, amberMax: 4 });
		expect(state.error).toBe('The programme settings could not be saved.');
		expect((await loadPref(PROGRAMME_PREF))?.bands).toEqual({ greenMax: 2, amberMax: 4 });
	});
});
