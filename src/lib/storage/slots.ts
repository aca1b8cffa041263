/**
 * The routines in progress, kept so that a reload can resume them: one slot per routine,
 * stored under its session id, so two tabs playing two routines never overwrite each other.
 * (Versions before per-routine slots kept one under `ACTIVE_KEY`; it is read as a slot.)
 */
import type { ActiveSession } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { StorageError } from './errors';
import {
	ACTIVE_FIELDS,
	describeProblem,
	id,
	listOf,
	objectOf,
	optional,
	read,
	whole,
	type Schema,
	MAX_VARIANTS,
	variantSwap
} from './records';
import { ACTIVE_KEY } from './schema';
import { inTransaction, snapshot } from './tx';

/**
 * A slot as the player reads and writes it: with what Resume needs besides (issue 14), the
 * answer to "How is your back right now?", the Easier and Harder swaps and the exercises they
 * swapped out (too hard, too easy). Today's check (`active.ts`) reads the common fields only,
 * so a first visit does not carry these.
 */
export const playerSlot = objectOf({
	...ACTIVE_FIELDS,
	painBefore: optional(whole(0, 10)),
	variants: optional(listOf(variantSwap, MAX_VARIANTS)),
	tooHard: optional(listOf(id, 1000)),
	tooEasy: optional(listOf(id, 1000))
}) as Schema<ActiveSession>;

/** every readable routine in progress, the most recently saved first */
export async function listActive(): Promise<ActiveSession[]> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['active'], 'readonly', (tx) =>
		tx.objectStore('active').getAll()
	);
	const found = raw
		.map((r) => read(playerSlot, r))
		.filter((a) => a !== undefined)
		.sort((a, b) => b.savedAt - a.savedAt);
	// the newest save of each routine: an older version's slot may hold one of them too
	return found.filter((a, i) => found.findIndex((b) => b.id === a.id) === i);
}

/** writes the slot of `active.id`, through the schema that reads it back */
export async function saveActive(active: ActiveSession): Promise<void> {
	const checked = playerSlot(snapshot(active));
	if (!checked.ok) {
		throw new StorageError('error', { cause: new TypeError(describeProblem(checked.problem)) });
	}
	const value = checked.value;
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		await tx.objectStore('active').put(value, value.id);
	});
}

/** forgets the slot of `id`; without an id, every slot */
export async function clearActive(id?: string): Promise<void> {
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		const store = tx.objectStore('active');
		if (id === undefined) {
			await store.clear();
			return;
		}
		await store.delete(id);
		const old = read(playerSlot, await store.get(ACTIVE_KEY));
		if (old?.id === id) await store.delete(ACTIVE_KEY);
	});
}
