import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB, makeSession } from '$lib/storage/fixtures';
import type { LimberDatabase } from '$lib/storage/schema';
import { saveCheckin } from '$lib/storage/checkins';
import { savePref } from '$lib/storage/prefs';
import { allSessions, saveSession } from '$lib/storage/sessions';
import { DEFAULT_PROGRAMME, PROGRAMME_PREF } from '$lib/programme/pref';
import { dayKey } from '$lib/progress/days';
import { HistoryState, PAGE_SIZE } from './history.svelte';

let db: LimberDatabase;
let states: HistoryState[];
beforeEach(async () => {
	db = await freshDB();
	states = [];
});
afterEach(async () => {
	for (const s of states) s.destroy();
	vi.unstubAllGlobals();
	await closeLimberDB();
});

const history = () => {
	const state = new HistoryState();
	states.push(state);
	return state;
};

describe('HistoryState', () => {
	it('is empty without sessions', async () => {
		const state = history();
		await state.load();
		expect(state.empty).toBe(true);
		expect(state.summary?.totals.all.sessions).toBe(0);
	});

	it('lists newest first a page at a time, and summarises all of them', async () => {
		for (let i = 0; i < PAGE_SIZE + 7; i++) await saveSession(makeSession(i));
		const state = history();
		await state.load();
		expect(state.sessions).toHaveLength(PAGE_SIZE);
		expect(state.hasMore).toBe(true);
		const starts = state.sessions.map((s) => s.startedAt);
		expect(starts).toEqual([...starts].sort((a, b) => b - a));
		expect(state.summary?.totals.all.sessions).toBe(PAGE_SIZE + 7);
		await Promise.all([state.more(), state.more()]);
		expect(state.sessions).toHaveLength(PAGE_SIZE + 7);
		expect(state.hasMore).toBe(false);
	});

	it('counts damaged records it leaves out', async () => {
		await saveSession(makeSession(1));
		await (db as unknown as { put(s: string, v: unknown): Promise<unknown> }).put('sessions', {
			id: 'broken',
			startedAt: 5
		});
		const state = history();
		await state.load();
		expect(state.sessions).toHaveLength(1);
		expect(state.skipped).toBe(1);
	});

	it('deletes with undo', async () => {
		await saveSession(makeSession(1));
		await saveSession(makeSession(2));
		const state = history();
		await state.load();
		const id = state.sessions[0]!.id;
		expect(await state.remove(id)).toBe(true);
		expect(state.sessions.map((s) => s.id)).not.toContain(id);
		expect(state.deleted?.id).toBe(id);
		expect((await allSessions()).sessions).toHaveLength(1);
		await state.undo();
		expect(state.deleted).toBeNull();
		expect(state.sessions[0]?.id).toBe(id);
		expect((await allSessions()).sessions).toHaveLength(2);
	});

	it('has an empty pain trend when no session has pain and no morning was answered', async () => {
		await saveSession(makeSession(1));
		const state = history();
		await state.load();
		expect(state.trend?.days).toEqual([]);
	});

	it("draws the last 8 weeks' pain and mornings on the programme's bands", async () => {
		const now = Date.now();
		const day = 86_400_000;
		await saveSession(
			makeSession(1, { startedAt: now - 2 * day, endedAt: now - 2 * day + 600_000, painAfter: 5 })
		);
		await saveSession(
			makeSession(2, { startedAt: now - 70 * day, endedAt: now - 70 * day + 600_000, painAfter: 8 })
		);
		await saveCheckin({ date: dayKey(now - day), compared: 'worse' });
		await savePref(PROGRAMME_PREF, { ...DEFAULT_PROGRAMME, bands: { greenMax: 2, amberMax: 4 } });
		const state = history();
		await state.load();
		expect(state.trend?.days.map((d) => [d.date, d.pain, d.band, d.compared])).toEqual([
			[dayKey(now - 2 * day), [5], 'red', null],
			[dayKey(now - day), [], null, 'worse']
		]);
		expect(state.trend?.summary).toContain('1 pain score after sessions');

		// deleting the session takes its pain off the trend
		await state.remove('session-00001');
		expect(state.trend?.days.map((d) => d.date)).toEqual([dayKey(now - day)]);
	});

	it('says why when the history cannot be read', async () => {
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		const state = history();
		await state.load();
		expect(state.loadError).toMatch(/not letting Limber save data/);
		expect(state.empty).toBe(false);
	});
});
