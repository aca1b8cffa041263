import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const OLD_SETTINGS: Settings = {
	...DEFAULT_SETTINGS,
	level: 'intermediate',
	equipment: ['mat', 'chair'],
	weeklyGoal: 4,
	emergencyNumber: '999',
	readiness: { answeredAt: NOW - 86_400_000, anyYes: false }
};

const oldSessions = Array.from({ length: 500 }, (_, i) => makeSession(i));

/**
 * The database exactly as version 1 of Limber left it: written here, not by calling the
 * current upgrade, so that changing the upgrade cannot quietly change the starting point.
 */
async function createVersion1() {
	const v1 = await openDB('limber', 1, {
		upgrade(db) {
			const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
			sessions.createIndex('by-start', 'startedAt');
			db.createObjectStore('settings');
		}
	});
	const tx = v1.transaction(['sessions', 'settings'], 'readwrite');
	await Promise.all([
		...oldSessions.map((s) => tx.objectStore('sessions').put(s)),
		tx.objectStore('settings').put(OLD_SETTINGS, 'user'),
		tx.done
	]);
	expect(v1.version).toBe(1);
	expect([...v1.objectStoreNames]).toEqual(['sessions', 'settings']);
	v1.close();
}

beforeEach(async () => {
	await closeLimberDB();
	globalThis.indexedDB = new IDBFactory();
	await createVersion1();
});

afterEach(async () => {
	await closeLimberDB();
});

describe('upgrade from version 1 to 2', () => {
	it('adds the by-kind index and the active store', async () => {
		const db = await getLimberDB();
		expect(db.version).toBe(2);
		expect([...db.objectStoreNames].sort()).toEqual(['active', 'sessions', 'settings']);
		const tx = db.transaction('sessions');
		expect([...tx.store.indexNames].sort()).toEqual(['by-kind', 'by-start']);
		await tx.done;
	});

	it('keeps every session and the settings exactly as they were', async () => {
		const db = await getLimberDB();
		const raw = await db.getAll('sessions');
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect(raw).toHaveLength(500);
		expect([...raw].sort(byId)).toEqual([...oldSessions].sort(byId));
		expect(await db.get('settings', 'user')).toEqual(OLD_SETTINGS);
		// and through the validated reads
		const all = await allSessions();
		expect(all.skipped).toBe(0);
		expect(all.sessions).toEqual([...oldSessions].sort((a, b) => b.startedAt - a.startedAt));
		expect(await getSettings()).toEqual(OLD_SETTINGS);
	});

	it('indexes the old sessions by kind', async () => {
		const db = await getLimberDB();
		for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
			const expected = oldSessions.filter((s) => s.kind === kind).map((s) => s.id);
			const ids = await db.getAllKeysFromIndex('sessions', 'by-kind', kind);
			expect(expected.length).toBeGreaterThan(100);
			expect([...ids].sort()).toEqual(expected.sort());
		}
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
		await closeLimberDB();
		const again = await getLimberDB();
		expect(again.version).toBe(2);
		expect(await again.count('sessions')).toBe(501);
	});
});
