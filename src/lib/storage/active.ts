/**
 * The routines in progress, kept so that a reload can resume them: one slot per routine,
 * stored under its session id, so two tabs playing two routines never overwrite each other.
 * (Versions before per-routine slots kept one under `ACTIVE_KEY`; it is read as a slot.)
 */
import type { ActiveSession } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { readActiveSession } from './guards';
import { ACTIVE_KEY } from './schema';
import { inTransaction, snapshot } from './tx';

/** every readable routine in progress, the most recently saved first */
export async function listActive(): Promise<ActiveSession[]> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['active'], 'readonly', (tx) =>
		tx.objectStore('active').getAll()
	);
	const byId = new Map<string, ActiveSession>();
	for (const value of raw) {
		const active = readActiveSession(value);
		const seen = active && byId.get(active.id);
		if (active && (!seen || seen.savedAt < active.savedAt)) byId.set(active.id, active);
	}
	return [...byId.values()].sort((a, b) => b.savedAt - a.savedAt);
}

/** the most recently saved routine in progress, or undefined (none, or unreadable) */
export async function getActive(): Promise<ActiveSession | undefined> {
	return (await listActive())[0];
}

/** writes the slot of `active.id` */
export async function saveActive(active: ActiveSession): Promise<void> {
	const value = snapshot(active);
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
		const old = readActiveSession(await store.get(ACTIVE_KEY));
		if (old?.id === id) await store.delete(ACTIVE_KEY);
	});
}
