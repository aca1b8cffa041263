/**
 * Small things the user set (the readiness answer, emergency number, reminder, care episode
 * and timers, what Today left open), one value per key in the `prefs` store. Each key has
 * one reader, `Pref.read`, the record's schema: every read goes through it, and so does
 * every write, so nothing is stored that would not read back.
 */
import { getLimberDB } from './connection';
import { announce } from './changes';
import { StorageError } from './errors';
import type { PrefKey } from './schema';
import { inTransaction, snapshot } from './tx';

export interface Pref<T> {
	key: PrefKey;
	/** the value, or undefined for something missing or not of the shape */
	read: (raw: unknown) => T | undefined;
}

/** the stored value, or undefined when none or unreadable; rejects with a StorageError */
export async function loadPref<T>(pref: Pref<T>): Promise<T | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['prefs'], 'readonly', (tx) =>
		tx.objectStore('prefs').get(pref.key)
	);
	return raw === undefined ? undefined : pref.read(raw);
}

/** stores `value` after checking it with the pref's reader; rejects with a StorageError */
export async function savePref<T>(pref: Pref<T>, value: T): Promise<void> {
	const checked = pref.read(snapshot(value));
	if (checked === undefined) {
		throw new StorageError('error', { cause: new TypeError(`not a valid ${pref.key}`) });
	}
	const db = await getLimberDB();
	await inTransaction(db, ['prefs'], 'readwrite', async (tx) => {
		await tx.objectStore('prefs').put(checked, pref.key);
	});
	announce({ store: 'prefs', key: pref.key });
}

export async function clearPref(pref: Pref<unknown>): Promise<void> {
	const db = await getLimberDB();
	await inTransaction(db, ['prefs'], 'readwrite', async (tx) => {
		await tx.objectStore('prefs').delete(pref.key);
	});
	announce({ store: 'prefs', key: pref.key });
}
