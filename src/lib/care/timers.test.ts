import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDB } from '$lib/storage/fixtures';
import { closeLimberDB } from '$lib/storage/connection';
import { loadPref, savePref } from '$lib/storage/prefs';
import type { LimberDatabase } from '$lib/storage/schema';
import {
	cueDue,
	defaultTimers,
	formatRemaining,
	parseTimers,
	pauseTimer,
	resetTimer,
	resumeTimer,
	setMinutes,
	startTimer,
	TIMERS_PREF,
	viewTimer
} from './timers';

const MIN = 60_000;
const t0 = Date.UTC(2026, 0, 1, 9);

let db: LimberDatabase;
beforeEach(async () => {
	db = await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe('care timers', () => {
	it('counts down from the wall clock, with pauses', () => {
		let ice = startTimer(defaultTimers().ice, t0);
		expect(viewTimer(ice, t0)).toMatchObject({ status: 'running', remainingMs: 15 * MIN });
		expect(viewTimer(ice, t0 + 2 * MIN).remainingMs).toBe(13 * MIN);
		ice = pauseTimer(ice, t0 + 2 * MIN);
		expect(viewTimer(ice, t0 + 10 * MIN)).toMatchObject({
			status: 'paused',
			remainingMs: 13 * MIN
		});
		ice = resumeTimer(ice, t0 + 10 * MIN);
		expect(viewTimer(ice, t0 + 11 * MIN).remainingMs).toBe(12 * MIN);
		expect(viewTimer(ice, t0 + 30 * MIN)).toMatchObject({ status: 'done', remainingMs: 0 });
		expect(cueDue(ice, t0 + 30 * MIN)).toBe(true);
		expect(cueDue({ ...ice, cued: true }, t0 + 30 * MIN)).toBe(false);
		expect(viewTimer(resetTimer(ice), t0).status).toBe('idle');
	});

	it('allows only the lengths in range, and not while running', () => {
		const heat = defaultTimers().heat;
		expect(setMinutes(heat, 'heat', 15, t0).minutes).toBe(15);
		expect(setMinutes(heat, 'heat', 30, t0).minutes).toBe(20);
		expect(setMinutes(defaultTimers().ice, 'ice', 20, t0).minutes).toBe(15);
		expect(setMinutes(defaultTimers().ice, 'ice', 10, t0).minutes).toBe(10);
		const running = startTimer(heat, t0);
		expect(setMinutes(running, 'heat', 10, t0 + MIN)).toBe(running);
	});

	it('survives a reload: saved, read back, still counting from the wall clock', async () => {
		const timers = { ...defaultTimers(), ice: startTimer(defaultTimers().ice, t0) };
		await savePref(TIMERS_PREF, timers);
		await closeLimberDB();
		const back = (await loadPref(TIMERS_PREF))!;
		expect(viewTimer(back.ice, t0 + 2 * MIN)).toMatchObject({
			status: 'running',
			remainingMs: 13 * MIN
		});
		expect(viewTimer(back.heat, t0 + 2 * MIN).status).toBe('idle');
	});

	it('falls back to idle timers on anything malformed', async () => {
		await db.put('prefs', { ice: 'broken' }, 'careTimers');
		expect(await loadPref(TIMERS_PREF)).toEqual(defaultTimers());
		await db.put('prefs', 'not an object', 'careTimers');
		expect(await loadPref(TIMERS_PREF)).toBeUndefined();
		for (const bad of [
			null,
			42,
			{ ice: { minutes: 99, clock: { startedAt: 'x' } } },
			{
				ice: {
					minutes: 10,
					clock: {
						startedAt: 1,
						offsetMs: 0,
						endedAt: null,
						pauses: [
							{ from: 1, to: null },
							{ from: 2, to: 3 }
						]
					}
				}
			}
		]) {
			const parsed = parseTimers(bad);
			expect(parsed.ice.clock).toBeNull();
			expect([10, 15]).toContain(parsed.ice.minutes);
		}
	});

	it('formats the time left as m:ss, rounding up', () => {
		expect(formatRemaining(15 * MIN)).toBe('15:00');
		expect(formatRemaining(15 * MIN - 1)).toBe('15:00');
		expect(formatRemaining(13 * MIN - 1000)).toBe('12:59');
		expect(formatRemaining(0)).toBe('0:00');
		expect(formatRemaining(-5)).toBe('0:00');
	});
});
