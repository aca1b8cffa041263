import { describe, expect, it, vi } from 'vitest';
import { LazyRecords } from './lazy-records.svelte';

/** a group loader that fails while `offline` is set, and counts its calls */
function loader(records: Record<string, string>, net: { offline: boolean; calls: number }) {
	return async () => {
		net.calls++;
		await Promise.resolve();
		if (net.offline) throw new TypeError('Failed to fetch dynamically imported module');
		return records;
	};
}

describe('LazyRecords', () => {
	const groupOf = (id: string) => id.split(':')[0];

	it('loads the groups of the ids asked for, each once', async () => {
		const a = { offline: false, calls: 0 };
		const b = { offline: false, calls: 0 };
		const lazy = new LazyRecords(
			{ a: loader({ 'a:1': 'one', 'a:2': 'two' }, a), b: loader({ 'b:1': 'uno' }, b) },
			groupOf
		);
		expect(lazy.get('a:1')).toBeUndefined();
		const loading = lazy.load(['a:1', 'a:2']);
		expect(lazy.loading).toBe(true);
		expect(await loading).toBe(true);
		expect(lazy.loading).toBe(false);
		expect([lazy.get('a:1'), lazy.get('a:2'), lazy.get('b:1')]).toEqual(['one', 'two', undefined]);
		// asked for again, at once and later: no second load
		await Promise.all([lazy.load(['a:2']), lazy.load(['a:1'])]);
		expect(a.calls).toBe(1);
		expect(b.calls).toBe(0);
		expect(await lazy.load(['b:1', 'no-group'])).toBe(true);
		expect(lazy.get('b:1')).toBe('uno');
		expect(lazy.get('a:1')).toBe('one');
	});

	it('keeps a failed load as `failed`, and Try again loads what is missing', async () => {
		const a = { offline: false, calls: 0 };
		const b = { offline: true, calls: 0 };
		const lazy = new LazyRecords(
			{ a: loader({ 'a:1': 'one' }, a), b: loader({ 'b:1': 'uno' }, b) },
			groupOf
		);
		expect(await lazy.load(['a:1', 'b:1'])).toBe(false);
		expect(lazy.failedFor(['a:1', 'b:1'])).toBe(true);
		expect(lazy.failedFor(['b:1'])).toBe(true);
		expect(lazy.failedFor(['a:1'])).toBe(false);
		expect(lazy.loading).toBe(false);
		expect(lazy.get('a:1')).toBe('one');
		expect(lazy.get('b:1')).toBeUndefined();
		expect(await lazy.retry()).toBe(false);
		b.offline = false;
		expect(await lazy.retry()).toBe(true);
		expect(lazy.failedFor(['a:1', 'b:1'])).toBe(false);
		expect(lazy.get('b:1')).toBe('uno');
		// the group that loaded was not loaded again
		expect(a.calls).toBe(1);
		expect(b.calls).toBe(3);
	});

	it('loads the group of a record a component wants, and not again after a failure', async () => {
		const net = { offline: true, calls: 0 };
		const lazy = new LazyRecords({ a: loader({ 'a:1': 'one' }, net) }, groupOf);
		expect(lazy.want('a:1')).toBeUndefined();
		await vi.waitFor(() => expect(lazy.failedFor(['a:1'])).toBe(true));
		expect(lazy.want('a:1')).toBeUndefined();
		await Promise.resolve();
		expect(net.calls).toBe(1);
		net.offline = false;
		expect(await lazy.retry()).toBe(true);
		expect(lazy.want('a:1')).toBe('one');
	});

	it('a group that failed does not fail the loads of other groups', async () => {
		const a = { offline: true, calls: 0 };
		const b = { offline: false, calls: 0 };
		const lazy = new LazyRecords(
			{ a: loader({ 'a:1': 'one' }, a), b: loader({ 'b:1': 'uno', 'b:2': 'dos' }, b) },
			groupOf
		);
		expect(await lazy.load(['b:1'])).toBe(true);
		expect(await lazy.load(['a:1'])).toBe(false);
		expect(lazy.failedFor(['a:1'])).toBe(true);
		// the page that shows only b's records has them all, and no failure
		expect(await lazy.load(['b:1', 'b:2'])).toBe(true);
		expect(lazy.failedFor(['b:1', 'b:2'])).toBe(false);
		expect(lazy.get('b:2')).toBe('dos');
		// nor was the failed group tried again by it
		expect(a.calls).toBe(1);
		expect(lazy.failedFor(['a:1', 'b:1'])).toBe(true);
	});
});
