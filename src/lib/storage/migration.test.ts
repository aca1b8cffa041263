import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READINESS_PREF } from '$lib/care/readiness';
import { EMERGENCY_PREF } from '$lib/care/emergency';
import { REMINDER_PREF } from '$lib/care/reminder';
import { EPISODE_PREF } from '$lib/care/episode';
import { TIMERS_PREF } from '$lib/care/timers';
import { TODAY_OPEN_PREF } from '$lib/today/prefs';
import { DEFAULT_SETTINGS, type ActiveSession, type Settings } from '$lib/progress/types';
import { makeSession, NOW } from './fixtures';
import {
	allSessions,
	closeLimberDB,
	getActive,
	getLimberDB,
	getSettings,
	listSessions,
	saveActive,
	saveSession
} from './index';
import { LEGACY_KEYS } from './migrate';
import { loadPref } from './prefs';

/** what versions 1 and 2 kept in the settings record, emergencyNumber and readiness included */
const OLD_SETTINGS = {
	...DEFAULT_SETTINGS,
	level: 'intermediate',
	equipment: ['mat', 'chair'],
	weeklyGoal: 4,
	emergencyNumber: '999',
	readiness: { answeredAt: NOW - 86_400_000, anyYes: false }
};
const SETTINGS_NOW: Settings = {
	...DEFAULT_SETTINGS,
	level: 'intermediate',
	equipment: ['mat', 'chair'],
	weeklyGoal: 4
};

const oldSessions = Array.from({ length: 500 }, (_, i) => makeSession(i));

const TIMERS = {
	ice: {
		minutes: 12,
		cued: false,
		clock: { startedAt: NOW - 60_000, pauses: [], offsetMs: 0, endedAt: null }
	},
	heat: { minutes: 20, cued: false, clock: null }
};
const REMINDER = { time: '18:45', weekdays: ['MO', 'FR'], alarmMinutesBefore: 10, notify: true };

/** localStorage as the old app left it (emergency number as plain text, the rest as JSON) */
function oldLocalStorage(): Storage {
	const data = new Map<string, string>([
		['limber.readiness', JSON.stringify({ answeredAt: '2026-01-01T00:00:00.000Z', anyYes: true })],
		['limber.emergencyNumber', '112'],
		['limber.reminder', JSON.stringify(REMINDER)],
		['limber.careEpisode', JSON.stringify(NOW - 3_600_000)],
		['limber.careTimers', JSON.stringify(TIMERS)],
		['limber.todayExercises', 'true'],
		['unrelated', 'kept']
	]);
	return {
		get length() {
			return data.size;
		},
		key: (i) => [...data.keys()][i] ?? null,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k),
		clear: () => data.clear()
	};
}

/**
 * The database exactly as an old version of Limber left it: written here, not by calling the
 * current upgrade, so that changing the upgrade cannot quietly change the starting point.
 */
async function createOld(version: 1 | 2) {
	const old = await openDB('limber', version, {
		upgrade(db) {
			const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
			sessions.createIndex('by-start', 'startedAt');
			db.createObjectStore('settings');
			if (version === 2) {
				sessions.createIndex('by-kind', 'kind');
				db.createObjectStore('active');
			}
		}
	});
	const tx = old.transaction(['sessions', 'settings'], 'readwrite');
	await Promise.all([
		...oldSessions.map((s) => tx.objectStore('sessions').put(s)),
		tx.objectStore('settings').put(OLD_SETTINGS, 'user'),
		tx.done
	]);
	expect(old.version).toBe(version);
	old.close();
}

afterEach(async () => {
	await closeLimberDB();
	vi.unstubAllGlobals();
});

for (const version of [1, 2] as const) {
	describe(`upgrade from version ${version} to 3`, () => {
		let storage: Storage;
		beforeEach(async () => {
			await closeLimberDB();
			globalThis.indexedDB = new IDBFactory();
			await createOld(version);
			storage = oldLocalStorage();
			vi.stubGlobal('localStorage', storage);
		});

		it('has the stores of version 3, and no by-kind index', async () => {
			const db = await getLimberDB();
			expect(db.version).toBe(3);
			expect([...db.objectStoreNames].sort()).toEqual([
				'active',
				'checkins',
				'prefs',
				'sessions',
				'settings'
			]);
			const tx = db.transaction('sessions');
			expect([...tx.store.indexNames]).toEqual(['by-start']);
			await tx.done;
		});

		it('keeps every session exactly as it was', async () => {
			const db = await getLimberDB();
			const raw = await db.getAll('sessions');
			const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
			expect([...raw].sort(byId)).toEqual([...oldSessions].sort(byId));
			const all = await allSessions();
			expect(all.skipped).toBe(0);
			expect(all.sessions).toEqual([...oldSessions].sort((a, b) => b.startedAt - a.startedAt));
		});

		it('moves every limber.* key into prefs, then deletes it', async () => {
			const db = await getLimberDB();
			expect(await loadPref(READINESS_PREF)).toEqual({
				answeredAt: '2026-01-01T00:00:00.000Z',
				anyYes: true
			});
			expect(await loadPref(EMERGENCY_PREF)).toBe('112');
			expect(await loadPref(REMINDER_PREF)).toEqual(REMINDER);
			expect(await loadPref(EPISODE_PREF)).toBe(NOW - 3_600_000);
			expect((await loadPref(TIMERS_PREF))?.ice).toMatchObject({
				minutes: 12,
				clock: { startedAt: NOW - 60_000 }
			});
			expect(await loadPref(TODAY_OPEN_PREF)).toBe(true);
			expect((await db.getAllKeys('prefs')).sort()).toEqual(LEGACY_KEYS.map((k) => k.pref).sort());
			for (const { key } of LEGACY_KEYS) expect(storage.getItem(key), key).toBeNull();
			expect(storage.getItem('unrelated')).toBe('kept');
		});

		it("drops the settings record's copies of the emergency number and readiness", async () => {
			const db = await getLimberDB();
			expect(await db.get('settings', 'user')).toEqual(SETTINGS_NOW);
			expect(await getSettings()).toEqual(SETTINGS_NOW);
		});

		it("without localStorage keys, takes the settings record's copies instead", async () => {
			await closeLimberDB();
			globalThis.indexedDB = new IDBFactory();
			await createOld(version);
			vi.stubGlobal('localStorage', undefined);
			await getLimberDB();
			expect(await loadPref(EMERGENCY_PREF)).toBe('999');
			expect(await loadPref(READINESS_PREF)).toEqual({
				answeredAt: new Date(NOW - 86_400_000).toISOString(),
				anyYes: false
			});
			expect(await loadPref(REMINDER_PREF)).toBeUndefined();
		});

		it('works normally afterwards: new sessions, paging, the active session', async () => {
			const fresh = makeSession(0, { id: 'after-upgrade', startedAt: NOW, endedAt: NOW + 60_000 });
			await saveSession(fresh);
			const page = await listSessions({ limit: 50 });
			expect(page.sessions[0]).toEqual(fresh);
			expect(page.sessions).toHaveLength(50);
			const active: ActiveSession = {
				id: 'a',
				request: fresh.request,
				startedAt: NOW,
				elapsedMs: 0,
				savedAt: NOW,
				paused: false,
				exercisesCompleted: []
			};
			await saveActive(active);
			expect(await getActive()).toEqual(active);
		});

		it('is not run again on the next open', async () => {
			await getLimberDB();
			await saveSession(makeSession(9999));
			// a key written later by an old tab is not moved over what the app now holds
			storage.setItem('limber.emergencyNumber', '000');
			await closeLimberDB();
			const again = await getLimberDB();
			expect(again.version).toBe(3);
			expect(await again.count('sessions')).toBe(501);
			expect(await loadPref(EMERGENCY_PREF)).toBe('112');
		});
	});
}

describe('a failed upgrade', () => {
	it('keeps the old localStorage keys, so the next open moves them', async () => {
		await closeLimberDB();
		globalThis.indexedDB = new IDBFactory();
		await createOld(2);
		const storage = oldLocalStorage();
		vi.stubGlobal('localStorage', storage);
		// the settings record cannot be rewritten: the upgrade transaction aborts
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args
		) {
			if (this.name === 'settings') throw new DOMException('disk full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		const result = await (await import('./connection')).openLimberDB();
		expect(result.ok).toBe(false);
		expect(storage.getItem('limber.emergencyNumber')).toBe('112');
		vi.restoreAllMocks();
		await closeLimberDB();
		await getLimberDB();
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
		expect(storage.getItem('limber.emergencyNumber')).toBeNull();
	});
});
