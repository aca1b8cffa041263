import { describe, expect, it } from 'vitest';
import { hash32, mulberry32, orderPool, seedDay } from './rng';

describe('seeded randomness', () => {
	it('is fixed across machines: known values', () => {
		expect(hash32('')).toBe(hash32(''));
		const r = mulberry32(42);
		const a = [r(), r(), r()];
		const r2 = mulberry32(42);
		expect([r2(), r2(), r2()]).toEqual(a);
		expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
	});

	it('reads date seeds, rejecting impossible dates', () => {
		expect(seedDay('1970-01-02')).toBe(1);
		expect(seedDay('2024-02-29')).not.toBeNull();
		expect(seedDay('2023-02-29')).toBeNull();
		expect(seedDay('hello')).toBeNull();
	});

	it('starts a pool from a different member on consecutive days', () => {
		const pool = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
		const first = (seed: string) => orderPool(pool, 'k', seed)[0]?.id;
		expect(first('2025-06-02')).not.toBe(first('2025-06-03'));
		expect(orderPool(pool, 'k', 'x')).toEqual(orderPool(pool, 'k', 'x'));
		expect(
			orderPool(pool, 'k', 'x')
				.map((p) => p.id)
				.sort()
		).toEqual(['a', 'b', 'c', 'd']);
	});
});
