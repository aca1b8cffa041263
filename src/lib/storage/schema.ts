/** The IndexedDB schema: one typed description of every store, for idb. */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { ActiveSession, Checkin, SessionRecord, Settings } from '$lib/progress/types';

export const DB_NAME = 'limber';
/**
 * 1: sessions (by-start) and settings; 2: sessions by-kind, and the active session;
 * 3: prefs (what lived in localStorage) and checkins; by-kind dropped, and the settings
 * record's emergencyNumber and readiness moved to prefs
 */
export const DB_VERSION = 3;

/** the single records of the `active` and `settings` stores live under fixed keys */
export const ACTIVE_KEY = 'current';
export const SETTINGS_KEY = 'user';

/**
 * The `prefs` store: one value per key (out-of-line keys). Each value is checked by its
 * reader (`$lib/prefs`) on every read and write, and in a backup.
 *
 * - `readiness`: `{ answeredAt: ISO 8601 string, anyYes: boolean }`
 * - `emergencyNumber`: the cleaned number as text
 * - `reminder`: `{ time: 'HH:MM', weekdays: ['MO', …], alarmMinutesBefore: 0 | 10, notify }`
 * - `careEpisode`: epoch ms when the current back spasm started
 * - `careTimers`: `{ ice, heat }`, each `{ minutes, cued, clock: PlayClock | null }`
 * - `todayExercises`: whether Today's list of exercises was left open
 * - `programme`: `{ enabled, manual: { level, step, at } | null, bands: { greenMax, amberMax },
 *   episodes: epoch ms[] }` (issue 14)
 */
export const PREF_KEYS = [
	'readiness',
	'emergencyNumber',
	'reminder',
	'careEpisode',
	'careTimers',
	'todayExercises',
	'programme'
] as const;
export type PrefKey = (typeof PREF_KEYS)[number];

export interface LimberDB extends DBSchema {
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-start': number };
	};
	active: {
		/** the session id (one slot per routine), or `ACTIVE_KEY` in older versions */
		key: string;
		value: ActiveSession;
	};
	settings: {
		key: typeof SETTINGS_KEY;
		value: Settings;
	};
	prefs: {
		key: PrefKey;
		value: unknown;
	};
	checkins: {
		key: string;
		value: Checkin;
	};
}

export type LimberDatabase = IDBPDatabase<LimberDB>;
