/** The one upgrade function: cumulative steps, so any old version reaches the current one. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LimberDB } from './schema';

export function upgrade(
	db: IDBPDatabase<LimberDB>,
	oldVersion: number,
	_newVersion: number | null,
	transaction: IDBPTransaction<LimberDB, StoreNames<LimberDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-start', 'startedAt');
		// one record under a fixed key: out-of-line keys keep the key out of the value
		db.createObjectStore('settings');
	}
	if (oldVersion < 2) {
		// the store exists already: reach it through the upgrade transaction
		transaction.objectStore('sessions').createIndex('by-kind', 'kind');
		db.createObjectStore('active');
	}
}
