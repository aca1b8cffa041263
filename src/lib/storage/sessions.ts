/** Finished sessions: saved once by id, listed newest first in pages, deleted with undo. */
import type { SessionRecord } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { announce } from './changes';
import { StorageError } from './errors';
import { describeProblem, read } from './records';
import { sessionRecord } from './session-record';
import { readAll } from './read-all';
import { inTransaction, snapshot } from './tx';

const readSessionRecord = (value: unknown) => read(sessionRecord, value);

/**
 * The record as the one session schema reads it, or a StorageError: every write goes
 * through the schema that reads it back and that a backup import uses, so whatever is
 * stored can be listed, exported and restored.
 */
function checkedSession(record: SessionRecord): SessionRecord {
	const checked = sessionRecord(snapshot(record));
	if (!checked.ok) {
		throw new StorageError('error', {
			cause: new TypeError(`not a session record: ${describeProblem(checked.problem)}`)
		});
	}
	return checked.value;
}

/**
 * Stores a finished session under its id. A `put`: saving the same record again stores it
 * once, and saving a changed record with the same id replaces it (how rating and note are
 * added after the summary screen). Imports, unlike this, never replace a stored id.
 */
export async function saveSession(record: SessionRecord): Promise<void> {
	const value = checkedSession(record);
	const db = await getLimberDB();
	await inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
		await tx.objectStore('sessions').put(value);
	});
	announce({ store: 'sessions' });
}

/** puts back a record that `deleteSession` returned (undo) */
export const restoreSession = saveSession;

/** the stored session, or undefined when missing or unreadable */
export async function getSession(id: string): Promise<SessionRecord | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['sessions'], 'readonly', (tx) =>
		tx.objectStore('sessions').get(id)
	);
	return readSessionRecord(raw);
}

/** deletes a session and returns what was deleted (for undo), or undefined if none was */
export async function deleteSession(id: string): Promise<SessionRecord | undefined> {
	const db = await getLimberDB();
	const raw = await inTransaction(db, ['sessions'], 'readwrite', async (tx) => {
		const store = tx.objectStore('sessions');
		const found = await store.get(id);
		await store.delete(id);
		return found;
	});
	announce({ store: 'sessions' });
	return readSessionRecord(raw);
}

export interface SessionPage {
	/** newest first */
	sessions: SessionRecord[];
	/** stored records that failed validation, left out */
	skipped: number;
	/** pass as `before` for the next page; null when this was the last one */
	nextBefore: number | null;
}

/**
 * One page of sessions, newest first, started strictly before `before` (epoch ms), walked
 * with a cursor on `by-start` so a page costs the same over 10 or 10,000 records. A page may
 * hold a few more than `limit`: sessions sharing the last start time all go in one page,
 * or `before` of the next page would skip them.
 */
export async function listSessions(options: {
	before?: number;
	limit: number;
}): Promise<SessionPage> {
	// a NaN or zero limit would list everything or nothing: one page of at least one
	const limit = Number.isFinite(options.limit) ? Math.max(1, Math.floor(options.limit)) : 50;
	const range = options.before === undefined ? null : IDBKeyRange.upperBound(options.before, true);
	const db = await getLimberDB();
	return inTransaction(db, ['sessions'], 'readonly', async (tx) => {
		const sessions: SessionRecord[] = [];
		let skipped = 0;
		let more = false;
		let cursor = await tx.objectStore('sessions').index('by-start').openCursor(range, 'prev');
		while (cursor) {
			const record = readSessionRecord(cursor.value);
			if (!record) {
				skipped += 1;
			} else {
				const last = sessions.at(-1);
				if (sessions.length >= limit && last && record.startedAt !== last.startedAt) {
					more = true;
					break;
				}
				sessions.push(record);
			}
			cursor = await cursor.continue();
		}
		const last = sessions.at(-1);
		return { sessions, skipped, nextBefore: more && last ? last.startedAt : null };
	});
}

/** every readable session, newest first (stats, calendar, export) */
export async function allSessions(): Promise<{ sessions: SessionRecord[]; skipped: number }> {
	const { values: sessions, skipped } = await readAll('sessions', sessionRecord);
	sessions.sort((a, b) => b.startedAt - a.startedAt);
	return { sessions, skipped };
}

/** how many records are stored (readable or not) */
export async function countSessions(): Promise<number> {
	const db = await getLimberDB();
	return inTransaction(db, ['sessions'], 'readonly', (tx) => tx.objectStore('sessions').count());
}
