/**
 * Schema 3's move of the old data: what was in localStorage goes into `prefs`, and the
 * settings record's own copies of the emergency number and the readiness answer (never
 * shown, so only a backup import could have set them) fill in where localStorage had none.
 * Loaded only when there is something to move (see `connection.ts`), so a first visit does
 * not carry it.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KeyValueStore } from './legacy';
import { SETTINGS_KEY, type LimberDB, type PrefKey } from './schema';

type UpgradeTransaction = IDBPTransaction<LimberDB, StoreNames<LimberDB>[], 'versionchange'>;

/** the old key of each pref, and whether its value was JSON (the emergency number was text) */
export const LEGACY_KEYS: readonly { key: string; pref: PrefKey; json: boolean }[] = [
	{ key: 'limber.readiness', pref: 'readiness', json: true },
	{ key: 'limber.emergencyNumber', pref: 'emergencyNumber', json: false },
	{ key: 'limber.reminder', pref: 'reminder', json: true },
	{ key: 'limber.careEpisode', pref: 'careEpisode', json: true },
	{ key: 'limber.careTimers', pref: 'careTimers', json: true },
	{ key: 'limber.todayExercises', pref: 'todayExercises', json: true }
];

function parseOr(raw: string, fallback: unknown): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		// broken JSON: as good as missing
		return fallback;
	}
}

/**
 * The old values, as stored (parsed JSON, or the text): unchecked, since every pref is
 * checked when read. A key that is missing or holds broken JSON is left out.
 */
export function readLegacy(store: KeyValueStore | null): Map<PrefKey, unknown> {
	const found = new Map<PrefKey, unknown>();
	for (const { key, pref, json } of LEGACY_KEYS) {
		let raw: string | null | undefined;
		try {
			raw = store?.getItem(key);
		} catch {
			// blocked storage: nothing to move
			continue;
		}
		if (raw == null) continue;
		// an older build wrote the emergency number as a JSON string
		const value = json ? parseOr(raw, undefined) : raw.startsWith('"') ? parseOr(raw, raw) : raw;
		if (value !== undefined) found.set(pref, value);
	}
	return found;
}

function isOldReadiness(value: unknown): value is { answeredAt: number; anyYes: boolean } {
	if (typeof value !== 'object' || value === null) return false;
	const { answeredAt, anyYes } = value as Record<string, unknown>;
	return (
		typeof anyYes === 'boolean' &&
		typeof answeredAt === 'number' &&
		Number.isFinite(answeredAt) &&
		Math.abs(answeredAt) <= 8.64e15
	);
}

/**
 * Runs inside the upgrade transaction. The old keys are deleted once it has committed, so a
 * failed upgrade loses nothing; a step that fails aborts the whole upgrade.
 */
export function migrate(transaction: UpgradeTransaction, legacy: KeyValueStore | null): void {
	const found = readLegacy(legacy);
	const prefs = transaction.objectStore('prefs');
	for (const [key, value] of found) void prefs.put(value, key);
	const settings = transaction.objectStore('settings');
	const moved = settings.get(SETTINGS_KEY).then((record: unknown) => {
		if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
		const { emergencyNumber, readiness, ...rest } = record as Record<string, unknown>;
		if (!found.has('emergencyNumber') && typeof emergencyNumber === 'string' && emergencyNumber) {
			void prefs.put(emergencyNumber, 'emergencyNumber');
		}
		if (!found.has('readiness') && isOldReadiness(readiness)) {
			const answeredAt = new Date(readiness.answeredAt).toISOString();
			void prefs.put({ answeredAt, anyYes: readiness.anyYes }, 'readiness');
		}
		void settings.put(rest as unknown as LimberDB['settings']['value'], SETTINGS_KEY);
	});
	moved.catch(() => {
		try {
			transaction.abort();
		} catch {
			// already aborted
		}
	});
	void transaction.done.then(
		() => {
			for (const { key } of LEGACY_KEYS) {
				try {
					legacy?.removeItem(key);
				} catch {
					// blocked storage: nothing there to remove
				}
			}
		},
		() => {
			// the upgrade failed: the old keys stay, and the next open tries again
		}
	);
}
