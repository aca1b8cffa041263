/** Test support (not used by the app): session records and a fresh fake database per test. */
import { IDBFactory } from 'fake-indexeddb';
import type { SessionRecord } from '$lib/progress/types';
import { ROUTINE_KINDS } from '$lib/routine/types';
import { closeLimberDB, getLimberDB } from './index';
import type { LimberDatabase } from './schema';

/** a fixed clock: the backup checks reject dates more than a day after "now" */
export const NOW = Date.UTC(2026, 5, 15, 12);
const HOUR = 3_600_000;

/** a valid record, distinct per `i`, with some variety (kinds, ratings, notes, partial runs) */
export function makeSession(i: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
	const kind = ROUTINE_KINDS[i % ROUTINE_KINDS.length] ?? 'daily';
	const startedAt = NOW - (i + 1) * 4 * HOUR - (i % 13) * 60_000;
	const minutes = [5, 10, 15, 25][i % 4] ?? 10;
	const record: SessionRecord = {
		id: `session-${String(i).padStart(5, '0')}`,
		kind,
		request: {
			kind,
			minutes,
			level: i % 3 === 0 ? 'intermediate' : 'beginner',
			step: 2,
			backFriendly: i % 2 === 0,
			equipment: i % 5 === 0 ? ['mat', 'wall'] : ['mat'],
			focus: i % 7 === 0 ? ['hamstrings', 'lower-back'] : [],
			avoid: i % 11 === 0 ? ['plank'] : [],
			lowImpact: i % 4 === 0,
			without: [],
			hold: 'normal',
			seed: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`
		},
		startedAt,
		endedAt: startedAt + minutes * 60_000 + 4_000,
		tzOffsetMin: i % 2 === 0 ? -60 : 300,
		plannedSec: minutes * 60,
		completedSec: i % 6 === 0 ? minutes * 30 : minutes * 60,
		exercisesCompleted: ['cat-camel', 'bird-dog'].slice(0, i % 3),
		status: i % 6 === 0 ? 'partial' : 'completed'
	};
	if (i % 4 === 1) record.rating = (i % 5) + 1;
	if (i % 9 === 2) record.note = `felt good, "easy" day ${i}\nsecond line`;
	return { ...record, ...overrides };
}

/** a new, empty in-memory IndexedDB for this test, and Limber's connection to it */
export async function freshDB(): Promise<LimberDatabase> {
	await closeLimberDB();
	globalThis.indexedDB = new IDBFactory();
	return getLimberDB();
}

/** everything stored, raw, for "nothing changed" comparisons */
export async function dump(db: LimberDatabase) {
	const tx = db.transaction(['sessions', 'settings', 'active', 'prefs', 'checkins'], 'readonly');
	const [sessions, settingsKeys, settings, active, prefKeys, prefs, checkins] = await Promise.all([
		tx.objectStore('sessions').getAll(),
		tx.objectStore('settings').getAllKeys(),
		tx.objectStore('settings').getAll(),
		tx.objectStore('active').getAll(),
		tx.objectStore('prefs').getAllKeys(),
		tx.objectStore('prefs').getAll(),
		tx.objectStore('checkins').getAll(),
		tx.done
	]);
	return { sessions, settingsKeys, settings, active, prefKeys, prefs, checkins };
}
