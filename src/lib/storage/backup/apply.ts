/**
 * Applying a backup that `parseBackup` read: what it would change (`planImport`), then the
 * change itself (`applyImport`), in one readwrite transaction that adds every new record or
 * nothing at all. Stored sessions and check-ins are never overwritten, so importing a file
 * twice adds nothing the second time.
 */
import type { Checkin, SessionRecord, Settings } from '$lib/progress/types';
import { announce } from '../changes';
import { toStorageError } from '../errors';
import { mergeSettings } from '../records';
import { SETTINGS_KEY, type LimberDatabase, type PrefKey } from '../schema';
import { inTransaction } from '../tx';
import type { Backup } from './format';

export interface ImportPlan {
	/** sessions in the backup */
	total: number;
	/** sessions an import would add */
	new: number;
	/** sessions already stored under the same id: an import leaves them as they are */
	duplicates: number;
	/** check-ins an import would add (dates not stored yet) */
	checkinsNew: number;
	/** prefs of the file with nothing stored under their key: an import fills them in */
	prefsNew: number;
	/** whether the file's settings or prefs differ from the stored ones (replaced only when asked) */
	settingsChanged: boolean;
}

export interface ImportResult {
	added: number;
	duplicates: number;
	checkinsAdded: number;
	/** prefs written: the new ones, and with `includeSettings` every one of the file */
	prefsWritten: number;
	settingsWritten: boolean;
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) =>
		sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/** the file's settings over the stored ones: fields the file lacks stay as stored */
const settingsAfter = (stored: unknown, file: Partial<Settings>): Settings => ({
	...mergeSettings(stored).settings,
	...structuredClone(file)
});

const prefEntries = (backup: Backup) => Object.entries(backup.prefs) as [PrefKey, unknown][];

/** what `applyImport` would do, without changing anything */
export async function planImport(db: LimberDatabase, backup: Backup): Promise<ImportPlan> {
	const stored = await inTransaction(
		db,
		['sessions', 'settings', 'prefs', 'checkins'],
		'readonly',
		async (tx) => ({
			ids: await tx.objectStore('sessions').getAllKeys(),
			dates: await tx.objectStore('checkins').getAllKeys(),
			settings: await tx.objectStore('settings').get(SETTINGS_KEY),
			prefKeys: await tx.objectStore('prefs').getAllKeys(),
			prefValues: await tx.objectStore('prefs').getAll()
		})
	);
	const ids = new Set<string>(stored.ids);
	const dates = new Set<string>(stored.dates);
	const prefs = new Map(stored.prefKeys.map((key, i) => [key, stored.prefValues[i]]));
	const fresh = backup.sessions.filter((s) => !ids.has(s.id)).length;
	const settingsDiffer = !sameValue(
		mergeSettings(stored.settings).settings,
		settingsAfter(stored.settings, backup.settings)
	);
	const prefsDiffer = prefEntries(backup).some(
		([key, value]) => prefs.has(key) && !sameValue(prefs.get(key), value)
	);
	return {
		total: backup.sessions.length,
		new: fresh,
		duplicates: backup.sessions.length - fresh,
		checkinsNew: backup.checkins.filter((c) => !dates.has(c.date)).length,
		prefsNew: prefEntries(backup).filter(([key]) => !prefs.has(key)).length,
		settingsChanged: settingsDiffer || prefsDiffer
	};
}

/**
 * Adds the backup's sessions and check-ins that are not stored yet, fills in the prefs that
 * have no value here, and with `includeSettings` replaces the settings and every pref the
 * file holds: all in one readwrite transaction. On any failure it aborts, the stores stay
 * exactly as they were, and this rejects with a StorageError ('quota' when the device is
 * full). Pass the backup `parseBackup` returned, not a `$state` proxy of it.
 */
export async function applyImport(
	db: LimberDatabase,
	backup: Backup,
	options: { includeSettings: boolean }
): Promise<ImportResult> {
	// cloned before the transaction: cloning is not IndexedDB work
	let sessions: SessionRecord[];
	let checkins: Checkin[];
	let prefs: [PrefKey, unknown][];
	try {
		sessions = structuredClone(backup.sessions);
		checkins = structuredClone(backup.checkins);
		prefs = structuredClone(prefEntries(backup));
	} catch (error) {
		// a $state proxy: the caller should pass the plain backup
		throw toStorageError(error);
	}
	const result = await inTransaction(
		db,
		['sessions', 'checkins', 'prefs', 'settings'],
		'readwrite',
		async (tx) => {
			const writes: Promise<unknown>[] = [];
			// each write's failure is marked handled at once: if a later call throws before
			// Promise.all, the abort still rejects the earlier ones, which must not go unhandled
			const issue = (write: Promise<unknown>) => {
				write.catch(() => {});
				writes.push(write);
			};
			// add, not put: should a key appear meanwhile, fail (and abort) rather than overwrite
			const addNew = async <T>(
				store: { getAllKeys(): Promise<IDBValidKey[]>; add(value: T): Promise<unknown> },
				records: readonly T[],
				keyOf: (record: T) => string
			) => {
				const taken = new Set(await store.getAllKeys());
				let count = 0;
				for (const record of records) {
					if (taken.has(keyOf(record))) continue;
					taken.add(keyOf(record));
					count += 1;
					issue(store.add(record));
				}
				return count;
			};
			const added = await addNew(tx.objectStore('sessions'), sessions, (s) => s.id);
			const checkinsAdded = await addNew(tx.objectStore('checkins'), checkins, (c) => c.date);
			const prefStore = tx.objectStore('prefs');
			const have = new Set<string>(await prefStore.getAllKeys());
			const prefsWritten: PrefKey[] = [];
			for (const [key, value] of prefs) {
				if (have.has(key) && !options.includeSettings) continue;
				prefsWritten.push(key);
				issue(prefStore.put(value, key));
			}
			if (options.includeSettings) {
				const settingsStore = tx.objectStore('settings');
				const stored: unknown = await settingsStore.get(SETTINGS_KEY);
				issue(settingsStore.put(settingsAfter(stored, backup.settings), SETTINGS_KEY));
			}
			await Promise.all(writes);
			return { added, checkinsAdded, prefsWritten };
		}
	);
	if (result.added > 0) announce({ store: 'sessions' });
	if (result.checkinsAdded > 0) announce({ store: 'checkins' });
	for (const key of result.prefsWritten) announce({ store: 'prefs', key });
	if (options.includeSettings) announce({ store: 'settings' });
	return {
		added: result.added,
		duplicates: sessions.length - result.added,
		checkinsAdded: result.checkinsAdded,
		prefsWritten: result.prefsWritten.length,
		settingsWritten: options.includeSettings
	};
}
