/** Every record of a store, read through its schema: the session and check-in lists. */
import { getLimberDB } from './connection';
import type { Schema } from './records';
import { inTransaction } from './tx';

/** each record of `store` that `schema` reads, in key order, and how many it could not */
export async function readAll<T>(
	store: 'sessions' | 'checkins',
	schema: Schema<T>
): Promise<{ values: T[]; skipped: number }> {
	const db = await getLimberDB();
	// the store, not an index: a record with a broken indexed field is in no index, but counts
	const raw: unknown[] = await inTransaction(db, [store], 'readonly', (tx) =>
		tx.objectStore(store).getAll()
	);
	const values: T[] = [];
	for (const value of raw) {
		const r = schema(value);
		if (r.ok) values.push(r.value);
	}
	return { values, skipped: raw.length - values.length };
}
