/**
 * The play page: the routine of the URL (request plus the plan page's swaps), the routines
 * left unfinished (each in its own resume slot), and the play in this tab. A slot another tab
 * holds is that tab's routine, playing: it is shown as such, never offered for Resume or
 * Discard. Storage and browser adapters are arguments, so this runs in Node with fakes.
 */
import { ROUTINE_KIND_LABELS } from '$lib/routine/request';
import type { Routine } from '$lib/routine/types';
import { generateRoutine } from '$lib/routine/generate';
import { parseRoutineQuery } from '$lib/routine/query';
import type { PlanQuery } from '$lib/plan/swaps';
import type { PlayFromQuery } from '$lib/plan/vary';
import {
	DEFAULT_SETTINGS,
	type ActiveSession,
	type Settings,
	type VariantSwap
} from '$lib/progress/types';
import { clearActive, listActive, saveActive } from '$lib/storage/slots';
import { getSettings } from '$lib/storage/settings';
import type { PlayerAdapters } from './adapters/types';
import { resumeAt } from './resume';
import type { PlaySession, SessionStore } from './session.svelte';

export interface PlayStore extends SessionStore {
	getSettings(): Promise<Settings>;
	listActive(): Promise<ActiveSession[]>;
}

/** the code of the plan page's and the player's swaps, loaded only for a routine that has some */
type Swaps = typeof import('$lib/plan/vary');

/** a routine without swaps: what `vary.ts` makes of it, without its code (the generator's only) */
function unswapped({ request, warnings }: Omit<PlanQuery, 'swaps'>): PlayFromQuery {
	return { request, swaps: [], variants: [], warnings, result: generateRoutine(request) };
}

const hasSwaps = (played: { swaps?: readonly number[]; variants?: readonly unknown[] }) =>
	(played.swaps?.length ?? 0) + (played.variants?.length ?? 0) > 0;

/** the cards of the routines left unfinished (Resume, Discard), loaded when there are some */
export type ResumeCards = typeof import('$lib/components/UnfinishedRoutines.svelte').default;

/** the player's code: `live.ts`, loaded on Start or Resume */
export type LivePlayer = typeof import('./live');

/** the session-record writer, loaded at a routine's end (again at a Retry when it could not) */
async function recordWriter() {
	try {
		return await import('$lib/storage/sessions');
	} catch {
		throw new Error('the code that saves it could not load: check the connection.');
	}
}

export const idbPlayStore: PlayStore = {
	getSettings,
	listActive,
	saveActive,
	clearActive,
	saveSession: async (record) => (await recordWriter()).saveSession(record),
	async afterSave() {
		try {
			await (await import('$lib/settings/persist')).afterFirstSession();
		} catch {
			// not loaded: the browser is asked after a later session
		}
	}
};

/** an unfinished routine as the page shows it */
export interface Unfinished {
	active: ActiveSession;
	/** rebuilt from its request and swaps; null when that no longer works */
	routine: Routine | null;
	title: string;
	/** routine ms it would resume at */
	atMs: number;
	/** the Easier and Harder swaps the rebuilt routine has (those that could still be made) */
	variants: VariantSwap[];
	/** it has swaps, and their code could not load: no Resume until it has (Try again) */
	codeMissing: boolean;
}

/** how often the list of unfinished routines is read again while it is shown */
const REFRESH_MS = 3000;

/** a wait for the player's code shorter than this shows nothing ("Starting…" after it) */
export const SLOW_START_MS = 150;

/** a Start or a Resume, waiting for the player's code, or to be tried again */
export type PlayAction =
	{ kind: 'start'; painBefore?: number } | { kind: 'resume'; item: Unfinished };

export function routineTitle(r: Routine) {
	return `${ROUTINE_KIND_LABELS[r.request.kind]}, ${r.request.minutes} min`;
}

export class PlayPage {
	/** the URL's routine; null until `load` */
	fromUrl = $state.raw<PlayFromQuery | null>(null);
	cues = $state(DEFAULT_SETTINGS.cues);
	/** left unfinished, no tab playing them: offered for Resume and Discard */
	unfinished = $state.raw<Unfinished[]>([]);
	/** playing in another tab */
	elsewhere = $state.raw<Unfinished[]>([]);
	session = $state.raw<PlaySession | null>(null);
	loaded = $state(false);
	/** a Resume that lost the race for its slot to another tab */
	message = $state('');
	/** the "Well done" screen, loaded once play starts; null before, or when it could not be */
	summary = $state.raw<typeof import('./summary') | null>(null);
	/** the player's code; null until Start or Resume has loaded it */
	live = $state.raw<LivePlayer | null>(null);
	/** the Start or Resume waiting for the player's code (or, for Resume, its slot) */
	pending = $state.raw<PlayAction | null>(null);
	/** the wait has lasted long enough to be seen: Start reads "Starting…" */
	slow = $state(false);
	/** the Start or Resume whose code could not load (offline before it was cached): Try again */
	failed = $state.raw<PlayAction | null>(null);
	/** the URL has swaps (`swap=`, `vary=`) and their code could not load: Try again */
	swapsFailed = $state(false);
	/** the unfinished routines' cards, once there are some to show */
	cards = $state.raw<ResumeCards | null>(null);
	/** there are unfinished routines, and their cards' code could not load: Try again */
	cardsFailed = $state(false);

	readonly routine = $derived(this.fromUrl?.result.ok ? this.fromUrl.result.routine : null);

	#adapters: PlayerAdapters;
	#store: PlayStore;
	#stopRefresh: (() => void) | null = null;
	#destroyed = false;
	/** the routine of each slot seen, by session id and its Easier and Harder swaps */
	// a plain cache, not reactive state
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#built = new Map<string, { routine: Routine | null; variants: VariantSwap[] }>();
	/** the device clock when the page opened: a reload's gap ends here, not at a later tap */
	#openedAt = 0;
	#loadPlayer: () => Promise<LivePlayer>;
	#loadSwaps: () => Promise<Swaps>;
	#loadCards: () => Promise<ResumeCards>;
	/** the load of the player's code under way or done; null again after a failure */
	#loading: Promise<LivePlayer> | null = null;
	/** the swaps' code, once a routine with swaps needed it */
	#swaps: Swaps | null = null;

	constructor(deps: {
		adapters: PlayerAdapters;
		store?: PlayStore;
		/** the player's code (`import('./live')`) */
		loadPlayer?: () => Promise<LivePlayer>;
		/** the swaps' code (`import('$lib/plan/vary')`) */
		loadSwaps?: () => Promise<Swaps>;
		/** the unfinished routines' cards (`UnfinishedRoutines.svelte`) */
		loadCards?: () => Promise<ResumeCards>;
	}) {
		this.#adapters = deps.adapters;
		this.#store = deps.store ?? idbPlayStore;
		this.#loadPlayer = deps.loadPlayer ?? (() => import('./live'));
		this.#loadSwaps = deps.loadSwaps ?? (() => import('$lib/plan/vary'));
		this.#loadCards =
			deps.loadCards ??
			(async () => (await import('$lib/components/UnfinishedRoutines.svelte')).default);
	}

	/** reads the URL, the settings and the unfinished routines (in the browser, after mount) */
	async load(params: URLSearchParams) {
		this.#openedAt = this.#adapters.clocks.wall();
		const [, settings] = await Promise.all([
			this.readUrl(params),
			// storage unavailable: play on the default cues
			this.#store.getSettings().catch(() => null)
		]);
		if (settings) this.cues = settings.cues;
		await this.refresh();
		this.loaded = true;
		// the page may have gone while the code above came: no timer left behind then
		if (this.#destroyed) return;
		this.#stopRefresh ??= this.#adapters.every(REFRESH_MS, () => void this.refresh());
	}

	/** the URL's routine (again for Try again, when its swaps' code could not load) */
	async readUrl(params: URLSearchParams) {
		// a link with swaps waits for their code; without, the routine is the generator's
		if (!params.has('swap') && !params.has('vary')) {
			this.fromUrl = unswapped(parseRoutineQuery(params));
		} else if (await this.#swapCode()) {
			this.fromUrl = this.#swaps?.playFromQuery(params) ?? null;
		}
		this.swapsFailed = !this.fromUrl;
	}

	/** reads the unfinished routines and which of them another tab plays */
	async refresh() {
		if (this.session || this.#destroyed) return;
		let slots: ActiveSession[] = [];
		// read once and thrown away: not reactive state
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		let held = new Set<string>();
		try {
			[slots, held] = await Promise.all([this.#store.listActive(), this.#adapters.slots.held()]);
		} catch {
			// storage unavailable: nothing to resume
		}
		// a slot with swaps is rebuilt with their code (when it cannot load: at a later refresh)
		if (slots.some(hasSwaps)) await this.#swapCode();
		// shown on cards whose code comes now, so that they are there when the list is
		// (with none left to show, nothing is missing: no alert either)
		if (!slots.length) this.cardsFailed = false;
		else if (!this.cards) {
			try {
				this.cards = await this.#loadCards();
				this.cardsFailed = false;
			} catch {
				this.cardsFailed = true;
			}
		}
		if (this.session) return;
		const shown = slots.map((active) => this.#describe(active, this.#openedAt));
		this.unfinished = shown.filter((u) => !held.has(u.active.id));
		this.elsewhere = shown.filter((u) => held.has(u.active.id));
	}

	#describe(active: ActiveSession, wall: number): Unfinished {
		// a slot's request and swaps never change, its Easier and Harder swaps only grow: each
		// routine is built once, not on every refresh
		const key = `${active.id} ${(active.variants ?? []).map((v) => v.which + v.item).join()}`;
		let built = this.#built.get(key);
		const swaps = this.#swaps;
		if (built === undefined && (swaps || !hasSwaps(active))) {
			const { result, variants } =
				swaps?.playedRoutine(active) ?? unswapped({ request: active.request, warnings: [] });
			built = { routine: result.ok ? result.routine : null, variants };
			this.#built.set(key, built);
		}
		// its swaps' code could not load: not offered for Resume until it has
		const { routine, variants } = built ?? { routine: null, variants: [] };
		return {
			active,
			routine,
			variants,
			codeMissing: built === undefined,
			title: routine ? routineTitle(routine) : 'A routine',
			atMs: routine ? resumeAt(active, wall, routine.totalSec * 1000) : active.elapsedMs
		};
	}

	/**
	 * Begins loading the player's code, and the texts and pictures of `routine`, on the intent
	 * to start or resume it (the pointer over the button, its focus, the pain question
	 * answered), so that the tap finds them there. A failure here is left to the tap.
	 */
	prepare(routine: Routine | null = this.routine) {
		if (routine) this.#preload(routine);
		this.#player().catch(() => {});
	}

	/** loads the swaps' code; false when it could not (the next call tries again) */
	async #swapCode() {
		try {
			this.#swaps ??= await this.#loadSwaps();
			return true;
		} catch {
			return false;
		}
	}

	/** the player's code, loaded once; a load that failed is tried again by the next call */
	#player() {
		this.#loading ??= this.#loadPlayer().then(
			(live) => (this.live = live),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/**
	 * The player's code for `action`, with the texts and pictures of `routine` fetched alongside;
	 * null when it could not load (`failed` then offers Try again) or the page went away
	 */
	async #live(action: PlayAction, routine: Routine): Promise<LivePlayer | null> {
		// an alert of a failed load stays until this one is settled: its Try again keeps the focus
		this.message = '';
		this.#preload(routine);
		if (this.live) {
			this.failed = null;
			return this.live;
		}
		const stopSlow = this.#adapters.every(SLOW_START_MS, () => {
			this.slow = true;
			stopSlow();
		});
		try {
			const live = await this.#player();
			this.failed = null;
			return live;
		} catch {
			if (!this.#destroyed) this.failed = action;
			return null;
		} finally {
			stopSlow();
			this.slow = false;
		}
	}

	/** `painBefore`: the answer to "How is your back right now?", if given */
	async start(painBefore?: number) {
		const routine = this.routine;
		if (!routine || this.session || this.pending) return;
		// in the tap, before any wait: browsers (iOS above all) let audio start only from a gesture
		this.#adapters.sound.unlock();
		const action: PlayAction = { kind: 'start', painBefore };
		this.pending = action;
		let live: LivePlayer | null;
		try {
			live = await this.#live(action, routine);
		} finally {
			this.pending = null;
		}
		if (!live || this.session || this.#destroyed) return;
		const session = new live.PlaySession({
			routine,
			painBefore,
			swaps: this.fromUrl?.swaps ?? [],
			variants: this.fromUrl?.variants ?? [],
			cues: this.cues,
			adapters: this.#adapters,
			store: this.#store
		});
		this.#play(session);
		session.start();
		// a fresh id: no other tab can hold it
		const claim = await this.#adapters.slots.claim(session.id);
		if (this.#playing(session)) session.adopt(claim);
		else claim?.release();
	}

	async resume(item: Unfinished) {
		const routine = item.routine;
		if (!routine || this.session || this.pending) return;
		// in the tap, like Start: the player's own Resume then finds audio allowed
		this.#adapters.sound.unlock();
		const action: PlayAction = { kind: 'resume', item };
		// held until the slot is claimed, so a second tap does not claim it again
		this.pending = action;
		try {
			const live = await this.#live(action, routine);
			if (!live || this.session || this.#destroyed) return;
			const claim = await this.#adapters.slots.claim(item.active.id);
			if (!claim) {
				this.message = `${item.title} is playing in another tab.`;
				await this.refresh();
				return;
			}
			if (this.session || this.#destroyed) {
				claim.release();
				return;
			}
			this.#play(
				new live.PlaySession({
					routine,
					cues: this.cues,
					adapters: this.#adapters,
					store: this.#store,
					claim,
					resume: item.active,
					// what the rebuilt routine has: a swap this catalogue cannot make is not recorded
					variants: item.variants,
					resumeAtMs: item.atMs
				})
			);
		} finally {
			this.pending = null;
		}
	}

	async discard(item: Unfinished) {
		// not while a Start or Resume waits for the player's code: that Resume would then open
		// the routine just discarded (the button is disabled meanwhile)
		if (this.pending) return;
		// claimed first, so a tab that took it up meanwhile keeps it
		const claim = await this.#adapters.slots.claim(item.active.id);
		if (claim) {
			try {
				await this.#store.clearActive(item.active.id);
			} catch {
				// nothing stored to clear
			}
			claim.release();
		}
		await this.refresh();
	}

	#playing(session: PlaySession) {
		return this.session === session && !this.#destroyed;
	}

	/**
	 * the texts and pictures of a routine's exercises, fetched with the player's code (their
	 * loaders too: the ready screen has none of them); one that cannot load offers Try again
	 * in the player
	 */
	#preload(routine: Routine) {
		const ids = routine.items.map((item) => item.exerciseId);
		import('./preload').then(
			({ exerciseTexts, exerciseFigures }) =>
				Promise.all([exerciseTexts.load(ids), exerciseFigures.load(ids)]),
			() => {
				// not loaded: the player's own load of them says so, with Try again
			}
		);
	}

	#play(session: PlaySession) {
		this.message = '';
		this.session = session;
		// fetched now, minutes before the end (from the service worker's cache once installed)
		import('./summary').then(
			(summary) => (this.summary = summary),
			() => {
				// not loaded: the page shows its plain "Well done"
			}
		);
		this.#stopRefresh?.();
		this.#stopRefresh = null;
	}

	destroy() {
		this.#destroyed = true;
		this.#stopRefresh?.();
		this.session?.destroy();
	}
}
