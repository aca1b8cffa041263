import { describe, expect, it } from 'vitest';
import {
	cueDue,
	defaultTimers,
	formatRemaining,
	loadTimers,
	parseTimers,
	pauseTimer,
	resetTimer,
	resumeTimer,
	saveTimers,
	setMinutes,
	startTimer,
	TIMERS_KEY,
	viewTimer
} from './timers';
import type { KeyValueStore } from './storage';

const MIN = 60_000;
const t0 = Date.UTC(2026, 0, 1, 9);

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

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

	it('survives a reload: saved, read back, still counting from the wall clock', () => {
		const store = memoryStore();
		const timers = { ...defaultTimers(), ice: startTimer(defaultTimers().ice, t0) };
		expect(saveTimers(timers, store)).toBe(true);
		const back = loadTimers(store);
		expect(viewTimer(back.ice, t0 + 2 * MIN)).toMatchObject({
			status: 'running',
			remainingMs: 13 * MIN
		});
		expect(viewTimer(back.heat, t0 + 2 * MIN).status).toBe('idle');
	});

	it('falls back to idle timers on anything malformed', () => {
		const store = memoryStore();
		store.setItem(TIMERS_KEY, '{not json');
		expect(loadTimers(store)).toEqual(defaultTimers());
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
