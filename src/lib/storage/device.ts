/** The device's storage as a whole: how full it is, and whether it may evict Limber's data. */

/** bytes used and available to this origin, when the browser says */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.estimate !== 'function') return null;
	try {
		const { usage = 0, quota = 0 } = await storage.estimate();
		return { usage, quota };
	} catch {
		// some browsers refuse in private modes: same as not knowing
		return null;
	}
}

/** asks the browser not to evict Limber's data under storage pressure */
export async function requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'> {
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		// refused outright (an insecure context, a sandboxed frame)
		return 'denied';
	}
}
