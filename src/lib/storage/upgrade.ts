/** The one upgrade function: cumulative steps, so any old version reaches the current one. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LimberDB } from './schema';

type UpgradeTransaction = IDBPTransaction<LimberDB, StoreNames<LimberDB>[], 'versionchange'>;

/**
 * `moveOld` is schema 3's move of the old data (`migrate.ts`), given when there is any: the
 * connection loads it only then, so a first visit does without it.
 */
export function upgrade(
	db: IDBPDatabase<LimberDB>,
	oldVersion: number,
	transaction: UpgradeTransaction,
	moveOld?: (transaction: UpgradeTransaction) => void
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
		moveOld?.(transaction);
	}
}
