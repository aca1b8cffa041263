/**
 * Limber's storage: small async functions over one shared IndexedDB connection.
 *
 * Values written must be plain data: pass `$state.snapshot(value)`, never a `$state` proxy
 * (IndexedDB cannot clone proxies, sveltejs/svelte#15327). Each write also clones its input
 * first, outside the transaction, so a later change by the caller cannot reach the store.
 *
 * Every failure rejects with a `StorageError` (`kind` and a user-facing `message`) and is
 * also sent to the `onStorageProblem` listeners; `getSettings` never rejects.
 *
 * This barrel is for pages that use most of it. Code on every first visit (the layout,
 * Today) imports the one module it needs, `./connection`, `./settings` or `./active`, and
 * backups are imported from `./backup` (only Settings reads and writes backup files): a
 * module reached through here is loaded with every page that imports the barrel.
 */
export { getActive } from './active';
export { clearActive, listActive, saveActive } from './slots';
export { closeLimberDB, getLimberDB, openLimberDB, type OpenResult } from './connection';
export { requestPersistence, storageEstimate } from './device';
export {
	onStorageProblem,
	PROBLEM_MESSAGES,
	StorageError,
	type StorageProblem,
	type StorageProblemKind
} from './errors';
export { DB_NAME, DB_VERSION, type LimberDatabase, type LimberDB } from './schema';
export {
	allSessions,
	countSessions,
	deleteSession,
	getSession,
	listSessions,
	restoreSession,
	saveSession,
	type SessionPage
} from './sessions';
export { getSettings, saveSettings } from './settings';
