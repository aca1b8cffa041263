/**
 * Resume slots through Web Locks: a tab playing a routine holds the lock named after it until
 * it ends the routine or closes (the browser drops the locks of a closed tab, a crash
 * included). Where Web Locks are missing every claim succeeds, as one tab would.
 */
import type { SlotClaim, TabSlots } from './types';

const PREFIX = 'limber-play:';

export function webLockSlots(
	locks: LockManager | null = globalThis.navigator?.locks ?? null
): TabSlots {
	return {
		async claim(id) {
			if (!locks) return { release() {} };
			return new Promise<SlotClaim | null>((resolve, reject) => {
				let release = () => {};
				const held = new Promise<void>((r) => (release = r));
				locks
					.request(PREFIX + id, { ifAvailable: true }, (lock) => {
						if (!lock) {
							resolve(null);
							return;
						}
						resolve({ release });
						// the lock is held until this promise settles
						return held;
					})
					.catch(reject);
			});
		},
		async held() {
			if (!locks) return new Set();
			const { held = [] } = await locks.query();
			const ids = new Set<string>();
			for (const lock of held) {
				if (lock.name?.startsWith(PREFIX)) ids.add(lock.name.slice(PREFIX.length));
			}
			return ids;
		}
	};
}
