/**
 * The play page: the routine of the URL (request plus the plan page's swaps), the routines
 * left unfinished (each in its own resume slot), and the play in this tab. A slot another tab
 * holds is that tab's routine, playing: it is shown as such, never offered for Resume or
 * Discard. Storage and browser adapters are arguments, so this runs in Node with fakes.
 */
import { ROUTINE_KIND_LABELS } from '$lib/routine/request';
import type { Routine } from '$lib/routine/types';
import { playFromQuery, playedRoutine, type PlayFromQuery } from '$lib/plan/vary';
import {
	DEFAULT_SETTINGS,
	type ActiveSession,
	type Settings,
	type VariantSwap
} from '$lib/progress/types';
import { clearActive, listActive, saveActive } from '$lib/storage/slots';
import { saveSession } from '$lib/storage/sessions';
import { getSettings } from '$lib/storage/settings';
import { afterFirstSession } from '$lib/settings/persist';
import type { PlayerAdapters } from './adapters/types';
import { resumeAt } from './resume';
import { PlaySession, type SessionStore } from './session.svelte';
import { exerciseTexts } from '$lib/catalogue/texts.svelte';
import { exerciseFigures } from '$lib/figures/pictures.svelte';

export interface PlayStore extends SessionStore {
	getSettings(): Promise<Settings>;
	listActive(): Promise<ActiveSession[]>;
}

export const idbPlayStore: PlayStore = {
	getSettings,
	listActive,
	saveActive,
	clearActive,
	saveSession,
	afterSave: afterFirstSession
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
}

/** how often the list of unfinished routines is read again while it is shown */
const REFRESH_MS = 3000;

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

	constructor(deps: { adapters: PlayerAdapters; store?: PlayStore }) {
		this.#adapters = deps.adapters;
		this.#store = deps.store ?? idbPlayStore;
	}

	/** reads the URL, the settings and the unfinished routines (in the browser, after mount) */
	async load(params: URLSearchParams) {
		this.#openedAt = this.#adapters.clocks.wall();
		this.fromUrl = playFromQuery(params);
		// the texts of "How to do it" and the pictures load now, before the routine starts
		if (this.routine) void this.#preload(this.routine);
		try {
			this.cues = (await this.#store.getSettings()).cues;
		} catch {
			// storage unavailable: play on the default cues
		}
		await this.refresh();
		this.loaded = true;
		this.#stopRefresh ??= this.#adapters.every(REFRESH_MS, () => void this.refresh());
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
		if (built === undefined) {
			const { result, variants } = playedRoutine(active);
			built = { routine: result.ok ? result.routine : null, variants };
			this.#built.set(key, built);
		}
		const { routine, variants } = built;
		return {
			active,
			routine,
			variants,
			title: routine ? routineTitle(routine) : 'A routine',
			atMs: routine ? resumeAt(active, wall, routine.totalSec * 1000) : active.elapsedMs
		};
	}

	/** `painBefore`: the answer to "How is your back right now?", if given */
	async start(painBefore?: number) {
		const routine = this.routine;
		if (!routine || this.session) return;
		const session = new PlaySession({
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
		if (!item.routine || this.session) return;
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
			new PlaySession({
				routine: item.routine,
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
	}

	async discard(item: Unfinished) {
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

	/** the texts and pictures of a routine's exercises (a resumed one's may not be loaded yet) */
	#preload(routine: Routine) {
		const ids = routine.items.map((item) => item.exerciseId);
		return Promise.all([exerciseTexts.load(ids), exerciseFigures.load(ids)]);
	}

	#play(session: PlaySession) {
		void this.#preload(session.routine);
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
