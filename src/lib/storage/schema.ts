/** The IndexedDB schema: one typed description of every store, for idb. */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { ActiveSession, SessionRecord, Settings } from '$lib/progress/types';
import type { RoutineKind } from '$lib/routine/types';

export const DB_NAME = 'limber';
/** 1: sessions (by-start) and settings; 2: sessions by-kind, and the active session */
export const DB_VERSION = 2;

/** the single records of the `active` and `settings` stores live under fixed keys */
export const ACTIVE_KEY = 'current';
export const SETTINGS_KEY = 'user';

export interface LimberDB extends DBSchema {
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-start': number; 'by-kind': RoutineKind };
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
}

export type LimberDatabase = IDBPDatabase<LimberDB>;
