/**
 * The Plan page's state: the URL is the routine (request, swaps, warnings and the generated
 * routine all derive from its query), and every change is a new URL. Navigation, sharing,
 * the site's origin, the shuffle's randomness and the swap code's loader come in as adapters,
 * so it runs in Node. The swap code loads on the first Swap, or first for a URL with swaps
 * (the routine waits for it then): a plan without swaps shows without it.
 */
import { browserShare, type Share } from '$lib/adapters/browser';
import { EQUIPMENT, REGIONS, type Equipment, type RegionId } from '$lib/catalogue/types';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { routineQuery } from '$lib/routine/link';
import { queryWithSwaps } from '$lib/routine/replay';
import { WITHOUT, type RoutineKind, type RoutineRequest, type Without } from '$lib/routine/types';
import { getSettings } from '$lib/storage/settings';
import { exerciseById } from '$lib/catalogue';
import { requestFromSettings } from './defaults';
import { parsePlanQuery, replaySwaps, type SwapFn } from './swaps';

export interface PlanAdapters {
	/** the current query (the page's URL) */
	params: () => URLSearchParams;
	/** shows `/plan?{query}` in place of the current entry */
	navigate: (query: string) => Promise<void> | void;
	share: Share;
	origin: () => string;
	/** a fresh seed for Shuffle */
	seed: () => string;
	/** the swap code, `$lib/routine/swap`'s `swapExercise` */
	loadSwap: () => Promise<SwapFn>;
}

export const browserPlanAdapters = (
	params: () => URLSearchParams,
	navigate: (query: string) => Promise<void> | void
): PlanAdapters => ({
	params,
	navigate,
	share: browserShare,
	origin: () => location.origin,
	seed: () => Math.random().toString(36).slice(2, 8),
	loadSwap: async () => (await import('$lib/routine/swap')).swapExercise
});

const NOT_LOADED = 'Left out of this plan only: check the connection.';

/** a URL without swaps is replayed without the swap code */
const NO_SWAP: SwapFn = () => {
	throw new Error('no swap code loaded');
};

export class PlanState {
	minutesByKind = $state<Record<RoutineKind, number>>({ ...DEFAULT_SETTINGS.minutes });
	/** in the browser with the query settled: the routine is built from then on */
	mounted = $state(false);
	/** what Share or "Don't show this again" did, in one sentence (a polite status) */
	status = $state('');
	#a: PlanAdapters;
	/** the "Don't show this again" presses, one after another (each reads the URL the last made) */
	#avoiding: Promise<void> = Promise.resolve();
	/** the Swap presses, one after another, likewise */
	#swapping: Promise<void> = Promise.resolve();
	/** the swap code, once loaded */
	#swapFn = $state.raw<SwapFn | undefined>();
	#loadingSwap: Promise<SwapFn | undefined> | undefined;
	/** the swap code could not load (offline before it was cached): the page offers Try again */
	swapFailed = $state(false);
	/** a Swap pressed while the code could not load, and the routine it was on: Try again makes it */
	#pendingSwap: { index: number; base: string } | undefined;

	// the URL is the routine: everything below derives from it
	readonly #query = $derived(this.mounted ? parsePlanQuery(this.#params()) : null);
	readonly request = $derived(this.#query?.request);
	/** the URL has swaps and the swap code is not there yet: the routine waits for it */
	readonly swapsWaiting = $derived(!!this.#query?.swaps.length && !this.#swapFn);
	readonly current = $derived.by(() => {
		const query = this.#query;
		if (!query) return null;
		const swap = this.#swapFn;
		if (!swap) {
			if (!query.swaps.length) return replaySwaps(query, NO_SWAP);
			// after the reading, never inside it: the load changes state
			if (!this.swapFailed) queueMicrotask(() => void this.#loadSwap());
			return null;
		}
		// a copy: the replay adds the swaps it could not make to the warnings
		return replaySwaps({ ...query, warnings: [...query.warnings] }, swap);
	});
	readonly routine = $derived(this.current?.result.ok ? this.current.result.routine : null);
	readonly query = $derived(
		this.current ? queryWithSwaps(this.current.request, this.current.swaps) : ''
	);

	constructor(adapters: PlanAdapters) {
		this.#a = adapters;
	}

	#params() {
		return this.#a.params();
	}

	/** a bare /plan starts from the user's own defaults, then the URL says what is shown */
	async start() {
		const settings = await getSettings();
		this.minutesByKind = settings.minutes;
		if ([...this.#a.params().keys()].length === 0) {
			await this.#a.navigate(routineQuery(requestFromSettings(settings)));
		}
		this.mounted = true;
		// a URL with swaps shows its routine once the swap code is there (the form before)
		if (this.#query?.swaps.length) await this.#loadSwap();
	}

	update(change: Partial<RoutineRequest>, keepSwaps = false) {
		void this.#go(change, keepSwaps);
	}

	/** shows the current request with `change`: done once the URL is the new one */
	async #go(change: Partial<RoutineRequest>, keepSwaps = false) {
		// the URL's request also while its swaps' code comes (or could not): the form works then too
		const current = this.current ?? this.#query;
		if (!current) return;
		const next = { ...current.request, ...change };
		await this.#a.navigate(queryWithSwaps(next, keepSwaps ? current.swaps : []));
	}

	setKind(kind: RoutineKind) {
		this.update({ kind, minutes: this.minutesByKind[kind] });
	}

	setMinutes(value: number) {
		if (Number.isFinite(value)) this.update({ minutes: Math.round(value) });
	}

	toggleEquipment(item: Equipment, on: boolean) {
		const equipment = this.request?.equipment;
		if (!equipment) return;
		this.update({ equipment: EQUIPMENT.filter((e) => (e === item ? on : equipment.includes(e))) });
	}

	toggleFocus(region: RegionId, on: boolean) {
		const focus = this.request?.focus;
		if (!focus) return;
		this.update({ focus: REGIONS.filter((r) => (r === region ? on : focus.includes(r))) });
	}

	toggleWithout(item: Without, on: boolean) {
		const without = this.request?.without;
		if (!without) return;
		this.update({ without: WITHOUT.filter((w) => (w === item ? on : without.includes(w))) });
	}

	shuffle() {
		this.update({ seed: this.#a.seed() });
	}

	/** loads the swap code once; undefined (and `swapFailed`) when it cannot */
	#loadSwap(): Promise<SwapFn | undefined> {
		this.#loadingSwap ??= this.#a.loadSwap().then(
			(swap) => {
				this.#swapFn = swap;
				// loaded, by any press: nothing left to try again
				this.swapFailed = false;
				this.#pendingSwap = undefined;
				return swap;
			},
			() => {
				this.swapFailed = true;
				this.#loadingSwap = undefined;
				return undefined;
			}
		);
		return this.#loadingSwap;
	}

	/**
	 * Swap on item `index`: the next exercise that fits in its place, as a new URL. The first
	 * press loads the swap code; a press while one runs waits for it, so none is lost.
	 */
	swap(index: number): Promise<void> {
		const base = this.#base();
		const done = this.#swapping.then(() => this.#swap(index, base));
		this.#swapping = done.catch(() => {});
		return done;
	}

	/**
	 * the request on screen, as a query: what a pressed Swap belongs to (a swap never changes
	 * it; Shuffle, another option or "Don't show this again" do)
	 */
	#base() {
		return this.#query ? routineQuery(this.#query.request) : '';
	}

	async #swap(index: number, base: string) {
		if (!this.current) return;
		if (!(await this.#loadSwap())) {
			this.#pendingSwap = { index, base };
			return;
		}
		// the URL as it is once loaded, if it still shows the routine the press was on: item
		// `index` of another routine is another exercise
		const current = this.current;
		if (current && this.#base() === base)
			await this.#a.navigate(queryWithSwaps(current.request, [...current.swaps, index]));
	}

	/**
	 * The Try again after the swap code could not load: loads it, and makes the swap pressed if
	 * its routine is still the one shown. Its alert stays until the load is settled (its button
	 * keeps the focus). Returns the item swapped, if any.
	 */
	async retrySwap(): Promise<number | undefined> {
		const pending = this.#pendingSwap;
		this.#pendingSwap = undefined;
		if (pending && pending.base === this.#base()) {
			await this.swap(pending.index);
			return this.swapFailed ? undefined : pending.index;
		}
		await this.#loadSwap();
		return undefined;
	}

	/**
	 * "Don't show this again" on item `index`: the exercise goes on the user's avoid list (for
	 * Today's and every later routine), and this plan is made again without it (its URL's
	 * `avoid`, swaps cleared: they were item numbers of the routine before). Not remembered
	 * (no storage), it still leaves this plan, and the page says so. Done once the URL is the
	 * plan without it; a press while one runs waits for it, so that neither drops the other's id.
	 */
	avoid(index: number): Promise<void> {
		// the item on screen when pressed
		const id = this.routine?.items[index]?.exerciseId;
		if (!id || !this.request) return this.#avoiding;
		const done = this.#avoiding.then(() => this.#avoid(id));
		this.#avoiding = done.catch(() => {});
		return done;
	}

	async #avoid(id: string) {
		const name = exerciseById(id)?.name ?? id;
		try {
			this.status = (await (await import('./avoid')).setAvoided(id, name, true)).message;
		} catch {
			// offline before the code was cached
			this.status = NOT_LOADED;
		}
		// the request as it is now: the one on screen may have changed while the write ran
		const avoid = this.request?.avoid;
		if (avoid && !avoid.includes(id)) await this.#go({ avoid: [...avoid, id] });
	}

	allow(id: string) {
		const avoid = this.request?.avoid;
		if (avoid) this.update({ avoid: avoid.filter((a) => a !== id) });
	}

	async share() {
		try {
			const how = await this.#a.share('Limber routine', `${this.#a.origin()}/plan?${this.query}`);
			this.status = how === 'copied' ? 'Link copied.' : '';
		} catch {
			// the share sheet was dismissed, or the clipboard refused
			this.status = 'Could not share: copy the address from the address bar.';
		}
	}
}
