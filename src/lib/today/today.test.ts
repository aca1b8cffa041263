import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '$lib/adapters/fakes';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { saveActive } from '$lib/storage/slots';
import { announce } from '$lib/storage/changes';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB, makeSession } from '$lib/storage/fixtures';
import { loadPref } from '$lib/storage/prefs';
import { saveSettings } from '$lib/storage/settings';
import { TODAY_OPEN_PREF } from './prefs';
import { TodayState } from './today.svelte';
import { routineFromQuery } from '$lib/plan/url';

const NOON = Date.UTC(2026, 5, 15, 12);

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe('TodayState', () => {
	it("builds today's routine from the stored settings and the clock", async () => {
		await saveSettings({
			...DEFAULT_SETTINGS,
			minutes: { ...DEFAULT_SETTINGS.minutes, daily: 30 }
		});
		const today = new TodayState(fakeClock(NOON));
		expect(today.request).toBeNull();
		await today.load();
		expect(today.request).toMatchObject({ kind: 'daily', minutes: 30, seed: '2026-06-15' });
		expect(today.total).toBe('30:00');
		expect(today.query).toContain('seed=2026-06-15');
		expect(today.quick.map((q) => `${q.label} ${q.min}`)).toEqual([
			'Warm-up 5',
			'Core 10',
			'Stretch 10'
		]);
		expect(today.unfinished).toBe(false);
	});

	it("leaves out the exercises I don't want: Start, Adjust and the shorter routines", async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['mcgill-curl-up', 'cat-camel'] });
		const today = new TodayState(fakeClock(NOON));
		await today.load();
		expect(today.request?.avoid).toEqual(['cat-camel', 'mcgill-curl-up']);
		expect(new URLSearchParams(today.query).get('avoid')).toBe('cat-camel,mcgill-curl-up');
		expect(today.quick.map((q) => q.href)).toEqual([
			'/plan?kind=warmup&min=5&avoid=cat-camel,mcgill-curl-up',
			'/plan?kind=core&min=10&avoid=cat-camel,mcgill-curl-up',
			'/plan?kind=stretch&min=10&avoid=cat-camel,mcgill-curl-up'
		]);
		// the routine Start plays has neither
		const { result } = routineFromQuery(new URLSearchParams(today.query));
		expect(result.ok).toBe(true);
		const ids = result.ok ? result.routine.items.map((i) => i.exerciseId) : [];
		expect(ids).not.toContain('mcgill-curl-up');
		expect(ids).not.toContain('cat-camel');
	});

	it('remembers whether the list of exercises was left open', async () => {
		const today = new TodayState(fakeClock(NOON));
		await today.load();
		expect(today.showExercises).toBe(false);
		await today.toggle();
		expect(await loadPref(TODAY_OPEN_PREF)).toBe(true);
		const again = new TodayState(fakeClock(NOON));
		await again.load();
		expect(again.showExercises).toBe(true);
	});

	it('says a routine is unfinished when one was left playing', async () => {
		const s = makeSession(1);
		await saveActive({
			id: 'a',
			request: s.request,
			startedAt: NOON,
			elapsedMs: 1000,
			savedAt: NOON,
			paused: true,
			exercisesCompleted: []
		});
		const today = new TodayState(fakeClock(NOON));
		await today.load();
		expect(today.unfinished).toBe(true);
	});

	it('follows settings saved in another tab', async () => {
		const today = new TodayState(fakeClock(NOON));
		await today.load();
		const stop = today.follow();
		// another tab's write: the store changes, then word of it arrives
		await saveSettings({
			...DEFAULT_SETTINGS,
			backFriendly: false,
			minutes: { ...DEFAULT_SETTINGS.minutes, daily: 40 }
		});
		announce({ store: 'settings' });
		await expect.poll(() => today.total).toBe('40:00');
		expect(today.about).toBe('Warm-up, core and a stretch, new each day.');
		stop();
	});
});
