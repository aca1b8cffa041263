/**
 * Small `localStorage` access for the care settings, safe everywhere: it returns nothing
 * during prerendering, in private modes that throw, and when the quota is full. Callers
 * validate what they read back.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** the browser's `localStorage`, or null where there is none or it may not be used */
export function browserStorage(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// a SecurityError when storage is blocked for the site
		return null;
	}
}

/** the parsed JSON under `key`, or undefined when missing or unreadable */
export function readJson(key: string, store = browserStorage()): unknown {
	try {
		const raw = store?.getItem(key);
		return raw == null ? undefined : (JSON.parse(raw) as unknown);
	} catch {
		// corrupt JSON or blocked storage read as "nothing saved"
		return undefined;
	}
}

/** saves `value` as JSON; false when it could not be saved */
export function writeJson(key: string, value: unknown, store = browserStorage()): boolean {
	try {
		if (!store) return false;
		store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		// quota exceeded or blocked: the app keeps working for this visit
		return false;
	}
}

export function removeKey(key: string, store = browserStorage()): void {
	try {
		store?.removeItem(key);
	} catch {
		// blocked storage: nothing was saved to remove
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
