/** The one upgrade function: cumulative steps, so any old version reaches the current one. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { clearLegacy, readLegacy, type KeyValueStore } from './legacy';
import { SETTINGS_KEY, type LimberDB } from './schema';

type UpgradeTransaction = IDBPTransaction<LimberDB, StoreNames<LimberDB>[], 'versionchange'>;

export function upgrade(
	db: IDBPDatabase<LimberDB>,
	oldVersion: number,
	transaction: UpgradeTransaction,
	legacy: KeyValueStore | null
): void {
	if (oldVersion < 1) {
		const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-start', 'startedAt');
		// one record under a fixed key: out-of-line keys keep the key out of the value
		db.createObjectStore('settings');
	}
	if (oldVersion < 2) {
		db.createObjectStore('active');
	}
	if (oldVersion < 3) {
		// version 2 indexed sessions by kind; nothing ever read it
		const sessions = transaction.objectStore('sessions');
		if ((sessions.indexNames as DOMStringList).contains('by-kind')) {
			(sessions as unknown as IDBObjectStore).deleteIndex('by-kind');
		}
		db.createObjectStore('prefs');
		db.createObjectStore('checkins', { keyPath: 'date' });
		movePrefsIn(transaction, legacy);
	}
}

/**
 * Schema 3: what was in localStorage goes into `prefs`, and the settings record's own copies
 * of the emergency number and the readiness answer (never shown, so only a backup import
 * could have set them) fill in where localStorage had none. The old keys are deleted once
 * the upgrade has committed, so a failed upgrade loses nothing.
 */
function movePrefsIn(transaction: UpgradeTransaction, legacy: KeyValueStore | null) {
	const found = readLegacy(legacy);
	const prefs = transaction.objectStore('prefs');
	for (const [key, value] of found) void prefs.put(value, key);
	const settings = transaction.objectStore('settings');
	const moved = settings.get(SETTINGS_KEY).then((record: unknown) => {
		if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
		const { emergencyNumber, readiness, ...rest } = record as Record<string, unknown>;
		if (!found.has('emergencyNumber') && typeof emergencyNumber === 'string' && emergencyNumber) {
			void prefs.put(emergencyNumber, 'emergencyNumber');
		}
		if (!found.has('readiness') && isOldReadiness(readiness)) {
			const answeredAt = new Date(readiness.answeredAt).toISOString();
			void prefs.put({ answeredAt, anyYes: readiness.anyYes }, 'readiness');
		}
		void settings.put(rest as unknown as LimberDB['settings']['value'], SETTINGS_KEY);
	});
	// a step that fails aborts the whole upgrade: nothing half moved, the old version stays
	moved.catch(() => {
		try {
			transaction.abort();
		} catch {
			// already aborted
		}
	});
	void transaction.done.then(
		() => clearLegacy(legacy),
		() => {
			// the upgrade failed: the old keys stay, and the next open tries again
		}
	);
}

function isOldReadiness(value: unknown): value is { answeredAt: number; anyYes: boolean } {
	if (typeof value !== 'object' || value === null) return false;
	const { answeredAt, anyYes } = value as Record<string, unknown>;
	return (
		typeof anyYes === 'boolean' &&
		typeof answeredAt === 'number' &&
		Number.isFinite(answeredAt) &&
		Math.abs(answeredAt) <= 8.64e15
	);
}
