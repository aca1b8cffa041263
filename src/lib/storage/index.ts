/**
 * Limber's storage: small async functions over one shared IndexedDB connection.
 *
 * Values written must be plain data: pass `$state.snapshot(value)`, never a `$state` proxy
 * (IndexedDB cannot clone proxies, sveltejs/svelte#15327). Each write also clones its input
 * first, outside the transaction, so a later change by the caller cannot reach the store.
 *
 * Every failure rejects with a `StorageError` (`kind` and a user-facing `message`) and is
 * also sent to the `onStorageProblem` listeners; `getSettings` never rejects.
 */
import { openDB } from 'idb';
import * as v from 'valibot';
import type { ActiveSession, SessionRecord, Settings } from '$lib/progress/types';
import { reportProblem, StorageError, toStorageError, type StorageProblem } from './errors';
import {
	ACTIVE_KEY,
	DB_NAME,
	DB_VERSION,
	SETTINGS_KEY,
	type LimberDatabase,
	type LimberDB
} from './schema';
import { inTransaction } from './tx';
import { upgrade } from './upgrade';
import { activeSessionSchema, mergeSettings, sessionRecordSchema } from './validate';

export {
	onStorageProblem,
	PROBLEM_MESSAGES,
	StorageError,
	type StorageProblem,
	type StorageProblemKind
} from './errors';
export { DB_NAME, DB_VERSION, type LimberDatabase, type LimberDB } from './schema';
export {
	applyImport,
	backupToJson,
	exportBackup,
	MAX_BACKUP_BYTES,
	parseBackup,
	planImport,
	sessionsToCsv,
	type Backup,
	type BackupError,
	type BackupErrorCode,
	type BackupSummary,
	type ImportPlan,
	type ImportResult,
	type ParseResult
} from './backup';

export type OpenResult = { ok: true; db: LimberDatabase } | { ok: false; problem: StorageProblem };

let connection: Promise<OpenResult> | undefined;

const failure = (kind: StorageProblem['kind']): OpenResult => ({
	ok: false,
	problem: reportProblem(kind)
});

async function connect(): Promise<OpenResult> {
	// private modes and old embedded browsers have no IndexedDB at all
	if (typeof indexedDB === 'undefined' || !indexedDB) return failure('unavailable');
	try {
		const db = await openDB<LimberDB>(DB_NAME, DB_VERSION, {
			upgrade,
			blocked() {
				// another tab holds an older version open; the open goes on once it closes
				reportProblem('blocked');
			},
			blocking(_current, _blocked, event) {
				// another tab wants a newer version: step aside, and stay closed until a reload
				(event.target as IDBDatabase).close();
				connection = Promise.resolve(failure('version-change'));
			},
			terminated() {
				// closed abnormally (storage cleared, disk error): the next call opens afresh
				connection = undefined;
			}
		});
		return { ok: true, db };
	} catch (error) {
		// a newer version is already stored: this page is the stale one
		const stale = error instanceof Error && error.name === 'VersionError';
		return failure(stale ? 'version-change' : 'unavailable');
	}
}

/**
 * The shared connection, opened (and upgraded) on first use. Never rejects: IndexedDB
 * missing or refusing gives `{ ok: false, problem }`, also sent to the listeners once.
 */
export function openLimberDB(): Promise<OpenResult> {
	connection ??= connect();
	return connection;
}

/** the shared connection, or a rejection with the StorageError of why there is none */
export async function getLimberDB(): Promise<LimberDatabase> {
	const result = await openLimberDB();
	if (!result.ok) throw new StorageError(result.problem.kind);
	return result.db;
}

/** closes the shared connection; the next call opens it again (tests, a retry button) */
export async function closeLimberDB(): Promise<void> {
	const current = connection;
	connection = undefined;
	const result = await current;
	if (result?.ok) result.db.close();
}

/** a detached plain copy, made before any transaction starts */
function snapshot<T>(value: T): T {
	try {
		return structuredClone(value);
	} catch (error) {
		// a $state proxy or a function in the value: the caller forgot $state.snapshot
		throw toStorageError(error);
	}
}

function checkedSession(record: SessionRecord): SessionRecord {
	const value = snapshot(record);
	if (!v.is(sessionRecordSchema, value)) {
		throw toStorageError(new TypeError('not a session record: it would be unreadable'));
	}
	return value;
}

// ---- sessions

/**
 * Stores a finished session under its id. A `put`: saving the same record again stores it
 * once, and saving a changed record with the same id replaces it (how rating and note are
 * added after the summary screen). Imports, unlike this, never replace a stored id.
 */
export async function saveSession(record: SessionRecord): Promise<void> {
	const value = checkedSession(record);
	const db = await getLimberDB();
	await inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
		await tx.objectStore('sessions').put(value);
	});
}

/** puts back a record that `deleteSession` returned (undo) */
export const restoreSession = saveSession;

/** the stored session, or undefined when missing or unreadable */
export async function getSession(id: string): Promise<SessionRecord | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['sessions'], 'readonly', (tx) =>
		tx.objectStore('sessions').get(id)
	);
	const parsed = v.safeParse(sessionRecordSchema, raw);
	return parsed.success ? parsed.output : undefined;
}

/** deletes a session and returns what was deleted (for undo), or undefined if none was */
export async function deleteSession(id: string): Promise<SessionRecord | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
		const store = tx.objectStore('sessions');
		const found = await store.get(id);
		await store.delete(id);
		return found;
	});
	const parsed = v.safeParse(sessionRecordSchema, raw);
	return parsed.success ? parsed.output : undefined;
}

export interface SessionPage {
	/** newest first */
	sessions: SessionRecord[];
	/** stored records that failed validation, left out */
	skipped: number;
	/** pass as `before` for the next page; null when this was the last one */
	nextBefore: number | null;
}

/**
 * One page of sessions, newest first, started strictly before `before` (epoch ms), walked
 * with a cursor on `by-start` so a page costs the same over 10 or 10,000 records. A page may
 * hold a few more than `limit`: sessions sharing the last start time all go in one page,
 * or `before` of the next page would skip them.
 */
export async function listSessions(options: {
	before?: number;
	limit: number;
}): Promise<SessionPage> {
	// a NaN or zero limit would list everything or nothing: one page of at least one
	const limit = Number.isFinite(options.limit) ? Math.max(1, Math.floor(options.limit)) : 50;
	const range = options.before === undefined ? null : IDBKeyRange.upperBound(options.before, true);
	const db = await getLimberDB();
	return inTransaction(db, ['sessions'], 'readonly', async (tx) => {
		const sessions: SessionRecord[] = [];
		let skipped = 0;
		let more = false;
		let cursor = await tx.objectStore('sessions').index('by-start').openCursor(range, 'prev');
		while (cursor) {
			const parsed = v.safeParse(sessionRecordSchema, cursor.value);
			if (!parsed.success) {
				skipped += 1;
			} else {
				const last = sessions.at(-1);
				if (sessions.length >= limit && last && parsed.output.startedAt !== last.startedAt) {
					more = true;
					break;
				}
				sessions.push(parsed.output);
			}
			cursor = await cursor.continue();
		}
		const last = sessions.at(-1);
		return { sessions, skipped, nextBefore: more && last ? last.startedAt : null };
	});
}

/** every readable session, newest first (stats, calendar, export) */
export async function allSessions(): Promise<{ sessions: SessionRecord[]; skipped: number }> {
	const db = await getLimberDB();
	// the store, not the index: a record with a broken startedAt is in no index, but counts
	const raw = await inTransaction(db, ['sessions'], 'readonly', (tx) =>
		tx.objectStore('sessions').getAll()
	);
	const sessions: SessionRecord[] = [];
	for (const value of raw) {
		const parsed = v.safeParse(sessionRecordSchema, value);
		if (parsed.success) sessions.push(parsed.output);
	}
	sessions.sort((a, b) => b.startedAt - a.startedAt);
	return { sessions, skipped: raw.length - sessions.length };
}

/** how many records are stored (readable or not) */
export async function countSessions(): Promise<number> {
	const db = await getLimberDB();
	return inTransaction(db, ['sessions'], 'readonly', (tx) => tx.objectStore('sessions').count());
}

// ---- the active session

/** the routine being played when the page was left, or undefined (none, or unreadable) */
export async function getActive(): Promise<ActiveSession | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['active'], 'readonly', (tx) =>
		tx.objectStore('active').get(ACTIVE_KEY)
	);
	const parsed = v.safeParse(activeSessionSchema, raw);
	return parsed.success ? parsed.output : undefined;
}

export async function saveActive(active: ActiveSession): Promise<void> {
	const value = snapshot(active);
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		await tx.objectStore('active').put(value, ACTIVE_KEY);
	});
}

export async function clearActive(): Promise<void> {
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		await tx.objectStore('active').delete(ACTIVE_KEY);
	});
}

// ---- settings

/**
 * The user's settings over the defaults. Never rejects: a missing, corrupt or partly
 * corrupt record gives the defaults for whatever is wrong, and without storage (reported
 * to the listeners) the defaults.
 */
export async function getSettings(): Promise<Settings> {
	let raw: unknown;
	try {
		const db = await getLimberDB();
		raw = await inTransaction(db, ['settings'], 'readonly', (tx) =>
			tx.objectStore('settings').get(SETTINGS_KEY)
		);
	} catch {
		// already reported to the listeners; the app runs on the defaults
		raw = undefined;
	}
	return mergeSettings(raw).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
	const value = snapshot(settings);
	const db = await getLimberDB();
	await inTransaction(db, ['settings'], 'readwrite', async (tx) => {
		await tx.objectStore('settings').put(value, SETTINGS_KEY);
	});
}

// ---- the device's storage

/** bytes used and available to this origin, when the browser says */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.estimate !== 'function') return null;
	try {
		const { usage = 0, quota = 0 } = await storage.estimate();
		return { usage, quota };
	} catch {
		// some browsers refuse in private modes: same as not knowing
		return null;
	}
}

/** asks the browser not to evict Limber's data under storage pressure */
export async function requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'> {
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		// refused outright (an insecure context, a sandboxed frame)
		return 'denied';
	}
}
