/** The routine in progress, kept so that a reload can resume it. */
import type { ActiveSession } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { activeSession, read } from './records';
import { ACTIVE_KEY } from './schema';
import { inTransaction, snapshot } from './tx';

/** the routine being played when the page was left, or undefined (none, or unreadable) */
export async function getActive(): Promise<ActiveSession | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['active'], 'readonly', (tx) =>
		tx.objectStore('active').get(ACTIVE_KEY)
	);
	return read(activeSession, raw);
}

export async function saveActive(active: ActiveSession): Promise<void> {
	const value = snapshot(active);
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		await tx.objectStore('active').put(value, ACTIVE_KEY);
	});
}

export async function clearActive(): Promise<void> {
	const db = await getLimberDB();
	await inTransaction(db, ['active'], 'readwrite', async (tx) => {
		await tx.objectStore('active').delete(ACTIVE_KEY);
	});
}
