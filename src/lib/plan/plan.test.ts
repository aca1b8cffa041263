import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB } from '$lib/storage/fixtures';
import { saveSettings } from '$lib/storage/settings';
import { PlanState, type PlanAdapters } from './plan.svelte';

/** a fake address bar: navigate replaces the query, as the page's goto does */
function fakePage(query = '', share: PlanAdapters['share'] = async () => 'copied') {
	let params = new URLSearchParams(query);
	const visited: string[] = [];
	const shared: string[] = [];
	const adapters: PlanAdapters = {
		params: () => params,
		navigate: (q) => {
			visited.push(q);
			params = new URLSearchParams(q);
		},
		share: async (title, url) => {
			shared.push(url);
			return share(title, url);
		},
		origin: () => 'https://limber.example',
		seed: () => 'shuffled'
	};
	return { adapters, visited, shared, params: () => params };
}

beforeEach(async () => {
	await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe('PlanState', () => {
	it("a bare /plan starts from the user's own defaults", async () => {
		await saveSettings({
			...DEFAULT_SETTINGS,
			level: 'advanced',
			minutes: { ...DEFAULT_SETTINGS.minutes, daily: 30 }
		});
		const page = fakePage();
		const plan = new PlanState(page.adapters);
		expect(plan.current).toBeNull();
		await plan.start();
		expect(page.visited).toHaveLength(1);
		expect(plan.request).toMatchObject({ kind: 'daily', minutes: 30, level: 'advanced' });
		expect(plan.routine?.totalSec).toBe(30 * 60);
	});

	it('shows exactly the routine of the URL, and each change is a new URL', async () => {
		const page = fakePage('kind=core&min=12&level=beginner&seed=abc');
		const plan = new PlanState(page.adapters);
		await plan.start();
		expect(page.visited).toEqual([]);
		expect(plan.request).toMatchObject({ kind: 'core', minutes: 12, seed: 'abc' });
		plan.setMinutes(14.6);
		expect(page.params().get('min')).toBe('15');
		plan.setKind('stretch');
		expect(page.params().get('kind')).toBe('stretch');
		// the kind's own minutes from the settings
		expect(page.params().get('min')).toBe(String(DEFAULT_SETTINGS.minutes.stretch));
		plan.toggleEquipment('wall', true);
		expect(page.params().get('eq')).toBe('mat,wall');
		plan.shuffle();
		expect(page.params().get('seed')).toBe('shuffled');
	});

	it('keeps swaps in the URL, and a change of request starts them afresh', async () => {
		const page = fakePage('kind=stretch&min=10&seed=s1');
		const plan = new PlanState(page.adapters);
		await plan.start();
		const before = plan.routine!.items.map((i) => i.exerciseId);
		plan.swap(0);
		expect(page.params().get('swap')).toBe('0');
		expect(plan.query).toMatch(/&swap=0$/);
		expect(plan.routine!.items[0]?.exerciseId).not.toBe(before[0]);
		plan.update({ level: 'intermediate' });
		expect(page.params().get('swap')).toBeNull();
	});

	it('warns about what it could not read, and still shows a routine', async () => {
		const page = fakePage('kind=yoga&min=abc');
		const plan = new PlanState(page.adapters);
		await plan.start();
		expect(plan.current?.warnings.length).toBeGreaterThan(0);
		expect(plan.routine).not.toBeNull();
	});

	it('shares the link, or says it could not', async () => {
		const page = fakePage('kind=core&min=12&seed=abc');
		const plan = new PlanState(page.adapters);
		await plan.start();
		await plan.share();
		expect(page.shared).toEqual([`https://limber.example/plan?${plan.query}`]);
		expect(plan.shareStatus).toBe('Link copied.');
		const refused = fakePage('kind=core&min=12&seed=abc', async () => {
			throw new Error('dismissed');
		});
		const other = new PlanState(refused.adapters);
		await other.start();
		await other.share();
		expect(other.shareStatus).toBe('Could not share: copy the address from the address bar.');
	});
});
