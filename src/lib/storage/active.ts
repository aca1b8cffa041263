/**
 * Whether a routine is in progress: Today's light check, kept apart from the player's slots
 * (`slots.ts`) so a first visit of Today loads only this.
 */
import type { ActiveSession } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { activeSession, read } from './records';
import { inTransaction } from './tx';

/** a routine in progress, or undefined (none, or none readable): Today's light check */
export async function getActive(): Promise<ActiveSession | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['active'], 'readonly', (tx) =>
		tx.objectStore('active').getAll()
	);
	return raw.map((r) => read(activeSession, r)).find((a) => a !== undefined);
}
