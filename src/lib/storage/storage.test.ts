import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ActiveSession, type Settings } from '$lib/progress/types';
import { dump, freshDB, makeSession, NOW } from './fixtures';
import {
	allSessions,
	clearActive,
	closeLimberDB,
	countSessions,
	deleteSession,
	getActive,
	getSession,
	getSettings,
	listActive,
	listSessions,
	onStorageProblem,
	openLimberDB,
	PROBLEM_MESSAGES,
	requestPersistence,
	restoreSession,
	saveActive,
	saveSession,
	saveSettings,
	storageEstimate,
	StorageError,
	type StorageProblem
} from './index';
import { ACTIVE_KEY, DB_NAME, SETTINGS_KEY, type LimberDatabase } from './schema';

let db: LimberDatabase;
let problems: StorageProblem[];
let unsubscribe: () => void;

beforeEach(async () => {
	db = await freshDB();
	problems = [];
	unsubscribe = onStorageProblem((p) => problems.push(p));
});

afterEach(async () => {
	unsubscribe();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	await closeLimberDB();
});

/** writes a value straight into a store, past every check, as a broken writer would */
async function writeRaw(store: 'sessions' | 'settings' | 'active', value: unknown, key?: string) {
	const raw = db as unknown as {
		put(store: string, value: unknown, key?: string): Promise<unknown>;
	};
	await raw.put(store, value, key);
}

/** shuffled order, so "newest first" cannot come from insertion order */
const shuffled = <T>(items: T[]) =>
	items
		.map((item, i) => ({ item, k: (i * 7919) % items.length }))
		.sort((a, b) => a.k - b.k)
		.map(({ item }) => item);

describe('sessions', () => {
	it('saves and reads back a session unchanged', async () => {
		const record = makeSession(1, { rating: 4, note: 'ok' });
		await saveSession(record);
		expect(await getSession(record.id)).toEqual(record);
		expect(await getSession('nope')).toBeUndefined();
	});

	it('is idempotent by id: saving twice stores one record, a changed one replaces it', async () => {
		const record = makeSession(2);
		await saveSession(record);
		await saveSession(record);
		expect(await countSessions()).toBe(1);
		await saveSession({ ...record, rating: 5, note: 'added later' });
		expect(await countSessions()).toBe(1);
		expect(await getSession(record.id)).toMatchObject({ rating: 5, note: 'added later' });
	});

	it('copies the input: changing the object after saving does not reach the store', async () => {
		const record = makeSession(3);
		await saveSession(record);
		record.exercisesCompleted.push('changed-later');
		expect((await getSession(record.id))?.exercisesCompleted).not.toContain('changed-later');
	});

	it('refuses a $state-like proxy with a typed error instead of writing it', async () => {
		const proxy = new Proxy(makeSession(4), {});
		const error = await saveSession(proxy).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('error');
		expect(await countSessions()).toBe(0);
	});

	it('lists newest first, page by page, every record exactly once', async () => {
		const records = Array.from({ length: 137 }, (_, i) => makeSession(i));
		for (const record of shuffled(records)) await saveSession(record);
		const seen: string[] = [];
		let before: number | undefined;
		let pages = 0;
		for (;;) {
			const page = await listSessions({ before, limit: 50 });
			pages += 1;
			seen.push(...page.sessions.map((s) => s.id));
			expect(page.skipped).toBe(0);
			if (page.nextBefore === null) break;
			before = page.nextBefore;
		}
		const expected = [...records].sort((a, b) => b.startedAt - a.startedAt).map((s) => s.id);
		expect(pages).toBe(3);
		expect(seen).toEqual(expected);
	});

	it('keeps sessions sharing a start time together, so none is lost between pages', async () => {
		const t = NOW - 1_000_000;
		const twins = Array.from({ length: 5 }, (_, i) =>
			makeSession(100 + i, { startedAt: t, endedAt: t + 60_000 })
		);
		const older = Array.from({ length: 3 }, (_, i) => makeSession(200 + i));
		const newer = [makeSession(300, { startedAt: t + 1, endedAt: t + 60_000 })];
		for (const record of [...twins, ...older, ...newer]) await saveSession(record);
		const first = await listSessions({ limit: 3 });
		expect(first.sessions[0]?.id).toBe(newer[0]?.id);
		// three asked for, but the twins all come in this page
		expect(first.sessions.map((s) => s.startedAt).filter((s) => s === t)).toHaveLength(5);
		expect(first.nextBefore).toBe(t);
		const second = await listSessions({ before: first.nextBefore ?? 0, limit: 3 });
		expect(second.sessions.map((s) => s.id).sort()).toEqual(older.map((s) => s.id).sort());
		expect(second.nextBefore).toBeNull();
	});

	it('skips and counts unreadable records instead of failing', async () => {
		await saveSession(makeSession(1));
		await saveSession(makeSession(2));
		await writeRaw('sessions', { id: 'broken', startedAt: NOW - 5, kind: 'yoga' });
		await writeRaw('sessions', { id: 'no-start', kind: 'core' });
		const page = await listSessions({ limit: 50 });
		expect(page.sessions.map((s) => s.id)).toEqual([makeSession(1).id, makeSession(2).id]);
		// the one without a start time is in no index; the list cannot see it
		expect(page.skipped).toBe(1);
		const all = await allSessions();
		expect(all.sessions).toHaveLength(2);
		expect(all.skipped).toBe(2);
		expect(await getSession('broken')).toBeUndefined();
		expect(await countSessions()).toBe(4);
	});

	it('deletes a session, returns it for undo, and restores it unchanged', async () => {
		const keep = makeSession(1);
		const gone = makeSession(2, { rating: 3, note: 'x' });
		await saveSession(keep);
		await saveSession(gone);
		const deleted = await deleteSession(gone.id);
		expect(deleted).toEqual(gone);
		expect(await getSession(gone.id)).toBeUndefined();
		expect((await allSessions()).sessions).toEqual([keep]);
		if (!deleted) throw new Error('nothing deleted');
		await restoreSession(deleted);
		expect(await getSession(gone.id)).toEqual(gone);
		expect(await countSessions()).toBe(2);
		expect(await deleteSession('not-there')).toBeUndefined();
	});
});

describe('active session', () => {
	const active: ActiveSession = {
		id: 'a1',
		request: makeSession(1).request,
		startedAt: NOW,
		elapsedMs: 61_500,
		savedAt: NOW + 62_000,
		paused: true,
		exercisesCompleted: ['cat-camel'],
		skipped: [{ fromMs: 10_000, toMs: 20_000 }]
	};

	it('saves, reads back, replaces and clears the slot of a routine', async () => {
		expect(await getActive()).toBeUndefined();
		await saveActive(active);
		expect(await getActive()).toEqual(active);
		await saveActive({ ...active, elapsedMs: 90_000 });
		expect((await getActive())?.elapsedMs).toBe(90_000);
		expect((await dump(db)).active).toHaveLength(1);
		await clearActive(active.id);
		expect(await getActive()).toBeUndefined();
	});

	it('keeps one slot per routine: two tabs never overwrite each other', async () => {
		const other: ActiveSession = { ...active, id: 'a2', savedAt: active.savedAt + 1, swaps: [2] };
		await saveActive(active);
		await saveActive(other);
		expect(await listActive()).toEqual([other, active]);
		await clearActive('a2');
		expect(await listActive()).toEqual([active]);
		await clearActive();
		expect(await listActive()).toEqual([]);
	});

	it('reads the one slot of older versions, and clears it with its routine', async () => {
		await writeRaw('active', active, ACTIVE_KEY);
		expect(await listActive()).toEqual([active]);
		// resumed and saved again under its id: still one routine, the newer save
		await saveActive({ ...active, elapsedMs: 70_000, savedAt: active.savedAt + 8000 });
		expect((await listActive()).map((a) => a.elapsedMs)).toEqual([70_000]);
		await clearActive(active.id);
		expect((await dump(db)).active).toEqual([]);
	});

	it('treats an unreadable active session as none', async () => {
		await writeRaw('active', { id: 'a1', elapsedMs: 'soon' }, ACTIVE_KEY);
		expect(await getActive()).toBeUndefined();
	});
});

describe('settings', () => {
	it('gives the defaults when nothing is stored', async () => {
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('saves and reads back settings', async () => {
		const settings: Settings = {
			...DEFAULT_SETTINGS,
			level: 'advanced',
			equipment: ['chair'],
			minutes: { warmup: 7, core: 12, stretch: 9, daily: 30 },
			weeklyGoal: 5
		};
		await saveSettings(settings);
		expect(await getSettings()).toEqual(settings);
	});

	it.each([
		['a string', 'garbage'],
		['null', null],
		['an array', [1, 2]],
		['a number', 42]
	])('falls back to the defaults when the record is %s', async (_name, value) => {
		await writeRaw('settings', value, SETTINGS_KEY);
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps the good fields of a partly corrupt record and defaults the rest', async () => {
		await writeRaw(
			'settings',
			{
				level: 'expert',
				equipment: ['wall'],
				weeklyGoal: 9,
				minutes: { warmup: 'x', core: 12, stretch: 0.5 },
				cues: { voice: false, sound: 'loud' }
			},
			SETTINGS_KEY
		);
		expect(await getSettings()).toEqual({
			...DEFAULT_SETTINGS,
			equipment: ['wall'],
			minutes: { ...DEFAULT_SETTINGS.minutes, core: 12 },
			cues: { ...DEFAULT_SETTINGS.cues, voice: false }
		});
	});

	it('never hands out the shared defaults object', async () => {
		const settings = await getSettings();
		settings.equipment.push('chair');
		expect(DEFAULT_SETTINGS.equipment).toEqual(['mat']);
	});
});

describe('when storage fails', () => {
	it('refuses to store a routine in progress it could not read back', async () => {
		const s = makeSession(1);
		const active = {
			id: 'a',
			request: s.request,
			startedAt: NOW,
			elapsedMs: NaN,
			savedAt: NOW,
			paused: false,
			exercisesCompleted: []
		};
		await expect(saveActive(active)).rejects.toBeInstanceOf(StorageError);
		expect((await dump(db)).active).toEqual([]);
	});

	it('a database missing a store refuses the save instead of saying it saved', async () => {
		await closeLimberDB();
		globalThis.indexedDB = new IDBFactory();
		// version 3 already, so no upgrade runs, but without the sessions store
		(
			await openDB(DB_NAME, 3, {
				upgrade(raw) {
					raw.createObjectStore('settings');
					raw.createObjectStore('prefs');
				}
			})
		).close();
		await expect(saveSession(makeSession(1))).rejects.toMatchObject({ kind: 'error' });
		await expect(listSessions({ limit: 5 })).rejects.toBeInstanceOf(StorageError);
		// what does not need the missing store still works
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('reports an unavailable IndexedDB as a typed failure, not a throw', async () => {
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		const result = await openLimberDB();
		expect(result).toEqual({
			ok: false,
			problem: { kind: 'unavailable', message: PROBLEM_MESSAGES.unavailable }
		});
		expect(problems.map((p) => p.kind)).toEqual(['unavailable']);
		expect(PROBLEM_MESSAGES.unavailable).toMatch(/private browsing/);
		await expect(saveSession(makeSession(1))).rejects.toMatchObject({ kind: 'unavailable' });
		// settings never reject: the app runs on the defaults
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		// reported once, not once per call
		expect(problems).toHaveLength(1);
	});

	it('reports an open that throws as unavailable', async () => {
		await closeLimberDB();
		const factory = new IDBFactory();
		vi.spyOn(factory, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		vi.stubGlobal('indexedDB', factory);
		expect(await openLimberDB()).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
	});

	it('steps aside when another tab upgrades, and says to reload', async () => {
		await saveSession(makeSession(1));
		const newer = await openDB(DB_NAME, 99);
		expect(problems.map((p) => p.kind)).toEqual(['version-change']);
		expect(problems[0]?.message).toBe(
			'Limber was updated in another tab — reload this page to keep saving.'
		);
		await expect(saveSession(makeSession(2))).rejects.toMatchObject({ kind: 'version-change' });
		newer.close();
	});

	it('says what happened when a newer version is already stored, without offering a reload', async () => {
		await closeLimberDB();
		globalThis.indexedDB = new IDBFactory();
		(await openDB(DB_NAME, 7)).close();
		const result = await openLimberDB();
		expect(result).toMatchObject({ ok: false, problem: { kind: 'newer-version' } });
		expect(!result.ok && result.problem.message).toMatch(/newer Limber stored data here/);
		expect(!result.ok && result.problem.message).not.toMatch(/reload/i);
	});

	it('reports being blocked by an older tab, then opens once it closes', async () => {
		await closeLimberDB();
		globalThis.indexedDB = new IDBFactory();
		// an old tab at version 1 that ignores versionchange
		const old = await openDB(DB_NAME, 1, {
			upgrade(raw) {
				raw.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-start', 'startedAt');
				raw.createObjectStore('settings');
			}
		});
		const opening = openLimberDB();
		await vi.waitFor(() => expect(problems.map((p) => p.kind)).toContain('blocked'));
		old.close();
		const result = await opening;
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.db.version).toBe(3);
	});

	it('turns QuotaExceededError into a typed quota error and keeps what was stored', async () => {
		const stored = makeSession(1);
		await saveSession(stored);
		await saveSettings({ ...DEFAULT_SETTINGS, weeklyGoal: 6 });
		const before = await dump(db);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		for (const write of [
			() => saveSession(makeSession(2)),
			() => saveSession({ ...stored, note: 'changed' }),
			() => saveSettings(DEFAULT_SETTINGS)
		]) {
			const error = await write().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StorageError);
			expect(error).toMatchObject({
				kind: 'quota',
				message:
					'Your device is out of storage space: nothing was saved, and what was already stored is unchanged.'
			});
		}
		expect(problems.map((p) => p.kind)).toEqual(['quota', 'quota', 'quota']);
		vi.restoreAllMocks();
		expect(await dump(db)).toEqual(before);
	});
});

describe('device storage', () => {
	it('reports an estimate and a granted persistence when the browser has them', async () => {
		const persist = vi.fn(() => Promise.resolve(true));
		vi.stubGlobal('navigator', {
			storage: {
				estimate: () => Promise.resolve({ usage: 1200, quota: 5_000_000 }),
				persisted: () => Promise.resolve(false),
				persist
			}
		});
		expect(await storageEstimate()).toEqual({ usage: 1200, quota: 5_000_000 });
		expect(await requestPersistence()).toBe('granted');
		expect(persist).toHaveBeenCalledOnce();
	});

	it('says denied or unsupported rather than throwing', async () => {
		vi.stubGlobal('navigator', { storage: { persist: () => Promise.resolve(false) } });
		expect(await requestPersistence()).toBe('denied');
		expect(await storageEstimate()).toBeNull();
		vi.stubGlobal('navigator', {});
		expect(await requestPersistence()).toBe('unsupported');
		vi.stubGlobal('navigator', undefined);
		expect(await requestPersistence()).toBe('unsupported');
		expect(await storageEstimate()).toBeNull();
	});
});
