/**
 * One way to run a transaction (every path awaits `tx.done`, a failure aborts it), and the
 * copy every write makes first.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { toStorageError } from './errors';
import type { LimberDatabase, LimberDB } from './schema';

/**
 * Runs `work` in one transaction and resolves once it has committed. `work` must issue only
 * IndexedDB requests (awaiting anything else lets the transaction auto-commit halfway).
 * If `work` throws or a request fails, the transaction is aborted, so a readwrite
 * transaction leaves the stores exactly as they were; the error is a StorageError.
 */
export async function inTransaction<
	Names extends ArrayLike<StoreNames<LimberDB>>,
	Mode extends IDBTransactionMode,
	T
>(
	db: LimberDatabase,
	stores: Names,
	mode: Mode,
	work: (tx: IDBPTransaction<LimberDB, Names, Mode>) => Promise<T>
): Promise<T> {
	let tx: IDBPTransaction<LimberDB, Names, Mode>;
	try {
		tx = db.transaction(stores, mode);
	} catch (error) {
		// the connection is closing (another tab upgraded) or a store is missing
		throw toStorageError(error);
	}
	// a failed request aborts the transaction before `work` has settled: mark `done` handled
	// now, or its rejection counts as unhandled (jakearchibald/idb#320); it is awaited below
	tx.done.catch(() => {});
	try {
		const result = await work(tx);
		await tx.done;
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// already aborted by the failed request, or already finished: nothing to undo
		}
		// let the abort settle, so the caller sees the stores as they were before
		await tx.done.catch(() => {});
		throw toStorageError(error, tx.error);
	}
}

/** a detached plain copy, made before any transaction starts */
export function snapshot<T>(value: T): T {
	try {
		return structuredClone(value);
	} catch (error) {
		// a $state proxy or a function in the value: the caller forgot $state.snapshot
		throw toStorageError(error);
	}
}
