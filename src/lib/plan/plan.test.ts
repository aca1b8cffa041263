import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB } from '$lib/storage/fixtures';
import { getSettings, saveSettings } from '$lib/storage/settings';
import { PlanState, type PlanAdapters } from './plan.svelte';
import { routineFromQuery } from './url';

/** a fake address bar: navigate replaces the query, as the page's goto does */
function fakePage(query = '', share: PlanAdapters['share'] = async () => 'copied') {
	let params = new URLSearchParams(query);
	const visited: string[] = [];
	const shared: string[] = [];
	/** the swap code's loads; `offline` makes them fail */
	const swapCode = { loads: 0, offline: false };
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
		seed: () => 'shuffled',
		loadSwap: async () => {
			swapCode.loads++;
			if (swapCode.offline) throw new TypeError('Failed to fetch dynamically imported module');
			return (await import('$lib/routine/swap')).swapExercise;
		}
	};
	return { adapters, visited, shared, swapCode, params: () => params };
}

/** a plan page at `query` whose swap code comes only when `loaded()` is called */
function heldSwapCode(query: string) {
	const page = fakePage(query);
	let release = () => {};
	const plan = new PlanState({
		...page.adapters,
		loadSwap: () =>
			new Promise((resolve) => {
				release = () => void page.adapters.loadSwap().then(resolve);
			})
	});
	return { page, plan, loaded: () => release() };
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
		await plan.swap(0);
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
		expect(plan.status).toBe('Link copied.');
		const refused = fakePage('kind=core&min=12&seed=abc', async () => {
			throw new Error('dismissed');
		});
		const other = new PlanState(refused.adapters);
		await other.start();
		await other.share();
		expect(other.status).toBe('Could not share: copy the address from the address bar.');
	});
});

describe("PlanState: Don't show this again", () => {
	it('a bare /plan leaves out the exercises the user does not want', async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['mcgill-curl-up', 'cat-camel'] });
		const page = fakePage();
		const plan = new PlanState(page.adapters);
		await plan.start();
		expect(page.params().get('avoid')).toBe('cat-camel,mcgill-curl-up');
		const ids = plan.routine!.items.map((i) => i.exerciseId);
		expect(ids).not.toContain('mcgill-curl-up');
		expect(ids).not.toContain('cat-camel');
	});

	it('remembers the item, and the URL becomes the plan made again without it', async () => {
		const page = fakePage('kind=core&min=10&avoid=cat-camel&seed=abc&swap=1');
		const plan = new PlanState(page.adapters);
		await plan.start();
		const index = plan.routine!.items.findIndex((i) => i.exerciseId === 'bird-dog-leg-only');
		expect(index).toBeGreaterThanOrEqual(0);
		await plan.avoid(index);
		expect((await getSettings()).avoid).toEqual(['bird-dog-leg-only']);
		// merged with the link's own list; swaps were item numbers of the routine before
		expect(page.params().get('avoid')).toBe('bird-dog-leg-only,cat-camel');
		expect(page.params().get('swap')).toBeNull();
		expect(page.params().get('seed')).toBe('abc');
		expect(plan.routine!.items.map((i) => i.exerciseId)).not.toContain('bird-dog-leg-only');
		expect(plan.routine!.totalSec).toBe(10 * 60);
		expect(plan.status).toBe(
			"Won't be suggested again: Bird dog, leg only. You can restore it in Settings."
		);
	});

	it('without storage it still leaves this plan, and says it was not remembered', async () => {
		const page = fakePage('kind=core&min=10&seed=abc');
		const plan = new PlanState(page.adapters);
		await plan.start();
		const id = plan.routine!.items[0]!.exerciseId;
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		try {
			await plan.avoid(0);
		} finally {
			vi.unstubAllGlobals();
		}
		expect(page.params().get('avoid')).toBe(id);
		expect(plan.status).toMatch(/^Left out of this plan, but could not be remembered/);
	});

	it('an avoid list that leaves too little gives the generator refusal, naming what to change', async () => {
		const page = fakePage('kind=core&min=10&seed=abc');
		const plan = new PlanState(page.adapters);
		await plan.start();
		for (let k = 0; k < 10 && plan.routine; k++) await plan.avoid(0);
		expect(plan.routine).toBeNull();
		const result = plan.current!.result;
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.message).toMatch(/avoid fewer exercises/);
		// every one of them remembered
		expect((await getSettings()).avoid).toEqual(plan.request!.avoid);
	});

	it('two quick presses: the second waits for the first URL, and both are left out', async () => {
		// an address bar that shows a new query only when its navigation finishes, later
		let params = new URLSearchParams('kind=core&min=10&seed=abc');
		const navigations: (() => void)[] = [];
		const page = fakePage();
		const plan = new PlanState({
			...page.adapters,
			params: () => params,
			navigate: (q) =>
				new Promise<void>((resolve) =>
					navigations.push(() => {
						params = new URLSearchParams(q);
						resolve();
					})
				)
		});
		await plan.start();
		const [first, second] = plan.routine!.items.map((i) => i.exerciseId);
		const presses = Promise.all([plan.avoid(0), plan.avoid(1)]);
		await vi.waitFor(() => expect(navigations).toHaveLength(1));
		// a few storage round trips later (time enough for a second write), the second press has
		// not navigated from the URL the first has not finished showing
		for (let k = 0; k < 5; k++) await getSettings();
		await new Promise((r) => setTimeout(r));
		expect(navigations).toHaveLength(1);
		expect((await getSettings()).avoid).toEqual([first]);
		navigations[0]!();
		await vi.waitFor(() => expect(navigations).toHaveLength(2));
		navigations[1]!();
		await presses;
		expect(params.get('avoid')!.split(',').sort()).toEqual([first, second].sort());
		expect((await getSettings()).avoid.sort()).toEqual([first, second].sort());
	});
});

describe('PlanState: the swap code loads when it is needed', () => {
	const STRETCH = 'kind=stretch&min=10&seed=s1';
	const ids = (plan: PlanState) => plan.routine?.items.map((i) => i.exerciseId) ?? [];
	const routineOf = (query: string) => {
		const { result } = routineFromQuery(new URLSearchParams(query));
		return result.ok ? result.routine.items.map((i) => i.exerciseId) : [];
	};

	it('a plan without swaps shows without it; the first Swap loads it, once', async () => {
		const page = fakePage(STRETCH);
		const plan = new PlanState(page.adapters);
		await plan.start();
		const before = ids(plan);
		expect(before.length).toBeGreaterThan(3);
		expect(plan.swapsWaiting).toBe(false);
		await new Promise((r) => setTimeout(r));
		expect(page.swapCode.loads).toBe(0);
		await plan.swap(2);
		expect(ids(plan)[2]).not.toBe(before[2]);
		await plan.swap(2);
		expect(page.swapCode.loads).toBe(1);
		expect(page.params().get('swap')).toBe('2,2');
		expect(ids(plan)).toEqual(routineOf(page.params().toString()));
	});

	it('a URL with swaps waits for it, then shows exactly the swapped routine', async () => {
		const query = `${STRETCH}&swap=0,3,x`;
		const { plan, loaded } = heldSwapCode(query);
		const started = plan.start();
		// the form's request at once, the routine once the code is there
		await vi.waitFor(() => expect(plan.request).toMatchObject({ kind: 'stretch', minutes: 10 }));
		expect(plan.routine).toBeNull();
		expect(plan.swapsWaiting).toBe(true);
		loaded();
		await started;
		expect(plan.swapsWaiting).toBe(false);
		expect(plan.current).toEqual(routineFromQuery(new URLSearchParams(query)));
		expect(ids(plan)).not.toEqual(routineOf(STRETCH));
		expect(plan.query).toMatch(/&swap=0,3$/);
		// the unreadable swap is listed once, however often the routine is read again
		expect(plan.current!.warnings.filter((w) => w.includes('"x"'))).toHaveLength(1);
		expect(plan.current!.warnings.filter((w) => w.includes('"x"'))).toHaveLength(1);
	});

	it('a Swap that cannot load its code says so; Try again makes that swap', async () => {
		const page = fakePage(STRETCH);
		const plan = new PlanState(page.adapters);
		await plan.start();
		const before = ids(plan);
		page.swapCode.offline = true;
		await plan.swap(2);
		expect(plan.swapFailed).toBe(true);
		// nothing changed: the same URL and routine
		expect(page.visited).toEqual([]);
		expect(ids(plan)).toEqual(before);
		page.swapCode.offline = false;
		expect(await plan.retrySwap()).toBe(2);
		expect(plan.swapFailed).toBe(false);
		expect(page.params().get('swap')).toBe('2');
		expect(ids(plan)[2]).not.toBe(before[2]);
	});

	it('a URL with swaps whose code cannot load keeps its form and says so; Try again shows it', async () => {
		const page = fakePage(`${STRETCH}&swap=3`);
		page.swapCode.offline = true;
		const plan = new PlanState(page.adapters);
		await plan.start();
		expect(plan.swapFailed).toBe(true);
		expect(plan.request).toMatchObject({ kind: 'stretch' });
		expect(plan.routine).toBeNull();
		// no load again and again while it has failed
		const loads = page.swapCode.loads;
		expect(plan.current).toBeNull();
		await new Promise((r) => setTimeout(r, 10));
		expect(plan.current).toBeNull();
		expect(page.swapCode.loads).toBe(loads);
		page.swapCode.offline = false;
		await plan.retrySwap();
		expect(plan.swapFailed).toBe(false);
		expect(plan.current).toEqual(routineFromQuery(page.params()));
		expect(plan.current!.swaps).toEqual([3]);
	});

	it('a Swap pressed before Shuffle is not made on the shuffled routine once its code comes', async () => {
		const { page, plan, loaded } = heldSwapCode(STRETCH);
		await plan.start();
		const swapping = plan.swap(2);
		plan.shuffle();
		await vi.waitFor(() => expect(page.params().get('seed')).toBe('shuffled'));
		const shuffled = ids(plan);
		loaded();
		await swapping;
		// item 2 of the shuffled routine is another exercise than the one pressed: left alone
		expect(page.params().get('swap')).toBeNull();
		expect(ids(plan)).toEqual(shuffled);
	});

	it("a failed Swap's Try again does nothing to a routine changed since; a later Swap clears the alert", async () => {
		const page = fakePage(STRETCH);
		const plan = new PlanState(page.adapters);
		await plan.start();
		page.swapCode.offline = true;
		await plan.swap(2);
		expect(plan.swapFailed).toBe(true);
		// another option, which needs no swap code
		plan.update({ minutes: 12 });
		await vi.waitFor(() => expect(plan.request?.minutes).toBe(12));
		page.swapCode.offline = false;
		expect(await plan.retrySwap()).toBeUndefined();
		expect(plan.swapFailed).toBe(false);
		expect(page.params().get('swap')).toBeNull();

		// again offline, then a Swap of another item once back: the alert goes, and its Try
		// again would no longer make the first
		const fresh = fakePage(STRETCH);
		const other = new PlanState(fresh.adapters);
		await other.start();
		fresh.swapCode.offline = true;
		await other.swap(2);
		fresh.swapCode.offline = false;
		await other.swap(0);
		expect(other.swapFailed).toBe(false);
		expect(fresh.params().get('swap')).toBe('0');
		await other.retrySwap();
		expect(fresh.params().get('swap')).toBe('0');
	});

	it("the form works while a link's swaps wait for their code, and when it could not load", async () => {
		const page = fakePage(`${STRETCH}&swap=3`);
		page.swapCode.offline = true;
		const plan = new PlanState(page.adapters);
		await plan.start();
		expect(plan.current).toBeNull();
		plan.update({ minutes: 12 });
		await vi.waitFor(() => expect(page.params().get('min')).toBe('12'));
		// a new request: its swaps were item numbers of the routine before
		expect(page.params().get('swap')).toBeNull();
		expect(plan.routine?.totalSec).toBe(12 * 60);
	});

	it('two quick Swaps while the code loads: both made, in order', async () => {
		const page = fakePage(STRETCH);
		const plan = new PlanState(page.adapters);
		await plan.start();
		await Promise.all([plan.swap(0), plan.swap(3)]);
		expect(page.params().get('swap')).toBe('0,3');
		expect(page.swapCode.loads).toBe(1);
	});
});
