/**
 * The one module that reads `localStorage`: what Limber kept there before schema 3. It only
 * says whether anything is left to move; `migrate.ts` moves it (during the upgrade to 3) and
 * deletes it. Nothing else in the app touches `localStorage`.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'removeItem'>;

/** the prefix of every key Limber wrote there */
export const LEGACY_PREFIX = 'limber.';

/** the browser's `localStorage`, or null where there is none or it may not be used */
export function legacyStorage(): (KeyValueStore & Pick<Storage, 'length' | 'key'>) | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// a SecurityError when storage is blocked for the site
		return null;
	}
}

/** whether any `limber.*` key is left in `store` */
export function hasLegacyKeys(store: Pick<Storage, 'length' | 'key'> | null): boolean {
	try {
		for (let i = 0; i < (store?.length ?? 0); i++) {
			if (store?.key(i)?.startsWith(LEGACY_PREFIX)) return true;
		}
	} catch {
		// blocked storage: nothing can be read, so nothing to move
	}
	return false;
}
