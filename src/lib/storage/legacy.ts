/**
 * The one module that touches `localStorage`: what Limber kept there before schema 3, read
 * once by the upgrade (which moves it into the `prefs` store) and then deleted. Nothing else
 * in the app reads or writes `localStorage`.
 */
import type { PrefKey } from './schema';

export type KeyValueStore = Pick<Storage, 'getItem' | 'removeItem'>;

/** the old key of each pref, and whether its value was JSON (the emergency number was text) */
export const LEGACY_KEYS: readonly { key: string; pref: PrefKey; json: boolean }[] = [
	{ key: 'limber.readiness', pref: 'readiness', json: true },
	{ key: 'limber.emergencyNumber', pref: 'emergencyNumber', json: false },
	{ key: 'limber.reminder', pref: 'reminder', json: true },
	{ key: 'limber.careEpisode', pref: 'careEpisode', json: true },
	{ key: 'limber.careTimers', pref: 'careTimers', json: true },
	{ key: 'limber.todayExercises', pref: 'todayExercises', json: true }
];

/** the browser's `localStorage`, or null where there is none or it may not be used */
export function legacyStorage(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// a SecurityError when storage is blocked for the site
		return null;
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
		if (!json) {
			// an older build wrote the number as a JSON string
			found.set(pref, raw.startsWith('"') ? parseOr(raw, raw) : raw);
			continue;
		}
		const value = parseOr(raw, undefined);
		if (value !== undefined) found.set(pref, value);
	}
	return found;
}

function parseOr(raw: string, fallback: unknown): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		// broken JSON: as good as missing
		return fallback;
	}
}

/** removes the old keys, once their values are safely in IndexedDB */
export function clearLegacy(store: KeyValueStore | null): void {
	for (const { key } of LEGACY_KEYS) {
		try {
			store?.removeItem(key);
		} catch {
			// blocked storage: nothing there to remove
		}
	}
}
