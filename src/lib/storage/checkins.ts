/** Morning check-ins: one per local date, keyed by it, checked by the one `checkin` schema. */
import type { Checkin } from '$lib/progress/types';
import { announce } from './changes';
import { getLimberDB } from './connection';
import { StorageError } from './errors';
import { describeProblem } from './records';
import { checkin } from './session-record';
import { readAll } from './read-all';
import { inTransaction } from './tx';

/** stores the day's check-in, replacing an earlier one of the same date */
export async function saveCheckin(value: Checkin): Promise<void> {
	const checked = checkin(value);
	if (!checked.ok) {
		throw new StorageError('error', { cause: new TypeError(describeProblem(checked.problem)) });
	}
	const db = await getLimberDB();
	await inTransaction(db, ['checkins'], 'readwrite', async (tx) => {
		await tx.objectStore('checkins').put(checked.value);
	});
	announce({ store: 'checkins' });
}

/** the check-in of a date, or undefined (none, or unreadable) */
export async function getCheckin(date: string): Promise<Checkin | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['checkins'], 'readonly', (tx) =>
		tx.objectStore('checkins').get(date)
	);
	const r = checkin(raw);
	return r.ok ? r.value : undefined;
}

/** every readable check-in, oldest date first */
export async function allCheckins(): Promise<Checkin[]> {
	// keyed by date: the store's order is oldest first
	return (await readAll('checkins', checkin)).values;
}
