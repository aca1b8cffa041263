/**
 * The one shared IndexedDB connection: opened (and upgraded) on first use, closed when another
 * tab needs a newer version, and never a rejection for "no storage here": that is a
 * `StorageProblem`, also sent to the `onStorageProblem` listeners.
 */
import { openDB } from 'idb';
import { PROBLEM_MESSAGES, reportProblem, StorageError, type StorageProblem } from './errors';
import { DB_NAME, DB_VERSION, type LimberDatabase, type LimberDB } from './schema';
import { hasLegacyKeys, legacyStorage } from './legacy';
import { upgrade } from './upgrade';

export type OpenResult = { ok: true; db: LimberDatabase } | { ok: false; problem: StorageProblem };

let connection: Promise<OpenResult> | undefined;

const failure = (kind: StorageProblem['kind']): OpenResult => ({
	ok: false,
	problem: reportProblem(kind)
});

/** the stored version, 0 for none, or undefined where the browser cannot tell */
async function storedVersion(): Promise<number | undefined> {
	try {
		const list = await indexedDB.databases?.();
		return list && (list.find((d) => d.name === DB_NAME)?.version ?? 0);
	} catch {
		return undefined;
	}
}

/** schema 3's move of old data, loaded only when there may be old data to move */
async function mover(): Promise<Parameters<typeof upgrade>[3]> {
	const legacy = legacyStorage();
	const version = await storedVersion();
	if (!hasLegacyKeys(legacy) && (version === 0 || version === DB_VERSION)) return undefined;
	const { migrate } = await import('./migrate');
	return (transaction) => migrate(transaction, legacy);
}

async function connect(): Promise<OpenResult> {
	// private modes and old embedded browsers have no IndexedDB at all
	if (typeof indexedDB === 'undefined' || !indexedDB) return failure('unavailable');
	let moveOld: Awaited<ReturnType<typeof mover>>;
	try {
		moveOld = await mover();
	} catch {
		// the code could not load (offline before it was cached): try again on the next call
		connection = undefined;
		return { ok: false, problem: { kind: 'error', message: PROBLEM_MESSAGES.error } };
	}
	try {
		const db = await openDB<LimberDB>(DB_NAME, DB_VERSION, {
			upgrade(database, oldVersion, _newVersion, transaction) {
				upgrade(database, oldVersion, transaction, moveOld);
			},
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
		// a newer version is already stored (a rollback, or a newer build on this origin):
		// reloading cannot help, only this app's update can
		const stale = error instanceof Error && error.name === 'VersionError';
		return failure(stale ? 'newer-version' : 'unavailable');
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
