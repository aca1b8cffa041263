import { describe, expect, it } from 'vitest';
import { webLockSlots } from './slots';

/** the part of the Web Locks API the slots use, in memory: one browser's locks */
function fakeLockManager() {
	const held = new Map<string, Promise<unknown>>();
	const manager = {
		async request(
			name: string,
			options: { ifAvailable?: boolean },
			callback: (lock: { name: string } | null) => unknown
		) {
			if (held.has(name)) {
				if (options.ifAvailable) return callback(null);
				throw new Error('this fake only answers ifAvailable requests');
			}
			const result = Promise.resolve(callback({ name }));
			held.set(name, result);
			try {
				return await result;
			} finally {
				held.delete(name);
			}
		},
		async query() {
			return { held: [...held.keys()].map((name) => ({ name, mode: 'exclusive' })) };
		}
	};
	return manager as unknown as LockManager;
}

describe('webLockSlots', () => {
	it('lets one tab claim a routine until it lets go, and tells every tab who holds what', async () => {
		const locks = fakeLockManager();
		const tabA = webLockSlots(locks);
		const tabB = webLockSlots(locks);
		const claim = await tabA.claim('r1');
		expect(claim).not.toBeNull();
		expect(await tabB.claim('r1')).toBeNull();
		expect(await tabB.held()).toEqual(new Set(['r1']));
		// another routine is free
		const other = await tabB.claim('r2');
		expect(await tabA.held()).toEqual(new Set(['r1', 'r2']));
		claim?.release();
		await new Promise((r) => setTimeout(r, 0));
		expect(await tabB.held()).toEqual(new Set(['r2']));
		expect(await tabB.claim('r1')).not.toBeNull();
		other?.release();
	});

	it('without Web Locks, every claim succeeds and nothing is held elsewhere', async () => {
		const slots = webLockSlots(null);
		expect(await slots.claim('r1')).not.toBeNull();
		expect(await slots.claim('r1')).not.toBeNull();
		expect(await slots.held()).toEqual(new Set());
	});
});
