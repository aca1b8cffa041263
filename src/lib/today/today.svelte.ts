/**
 * Today's state: the daily routine from the stored settings (total and Start need no
 * generator), whether a routine is unfinished, and whether the list of exercises was left
 * open (in the `prefs` store). Kept small: it runs on every first visit.
 */
import { wallClock, type Clock } from '$lib/adapters/clock';
import { dateAt } from '$lib/dates';
import { requestFromSettings } from '$lib/plan/defaults';
import { DEFAULT_SETTINGS, type Settings } from '$lib/progress/types';
import { formatDuration } from '$lib/routine/format';
import { routineQuery } from '$lib/routine/link';
import { canonicalAvoid } from '$lib/routine/request';
import type { RoutineKind, RoutineRequest } from '$lib/routine/types';
import { getActive } from '$lib/storage/active';
import { onChange } from '$lib/storage/changes';
import { loadPref, savePref } from '$lib/storage/prefs';
import { getSettings } from '$lib/storage/settings';
import { getLimberDB } from '$lib/storage/connection';
import { TODAY_OPEN_PREF } from './prefs';
import type { TodayProgramme } from './programme';

const QUICK: { kind: Exclude<RoutineKind, 'daily'>; label: string }[] = [
	{ kind: 'warmup', label: 'Warm-up' },
	{ kind: 'core', label: 'Core' },
	{ kind: 'stretch', label: 'Stretch' }
];

export class TodayState {
	settings = $state<Settings | null>(null);
	unfinished = $state(false);
	showExercises = $state(false);
	/** the programme worked out from the history, once there is one (or a step set by hand) */
	programme = $state.raw<TodayProgramme | null>(null);
	/** its parts of the page, loaded with it (set before `programme`, which the page follows) */
	views: typeof import('./programme') | null = null;
	#now: Clock = wallClock;

	// today's routine depends on the date and the stored settings (and the programme, which
	// sets its level and step): built in the browser
	readonly request = $derived.by<RoutineRequest | null>(() => {
		if (!this.settings) return null;
		const base = requestFromSettings(this.settings, 'daily', dateAt(this.#now()));
		const p = this.programme?.result;
		return p && p.mode !== 'off' ? { ...base, level: p.rung.level, step: p.rung.step } : base;
	});
	readonly query = $derived(this.request ? routineQuery(this.request) : '');
	// the generator always gives exactly the minutes asked for, so the total needs no routine
	readonly total = $derived(this.request ? formatDuration(this.request.minutes * 60) : '');
	// the defaults' words until the settings are read: the card keeps its place meanwhile
	readonly about = $derived(
		(this.settings ?? DEFAULT_SETTINGS).backFriendly
			? 'Warm-up, back-friendly core and a stretch, new each day.'
			: 'Warm-up, core and a stretch, new each day.'
	);
	/** the shorter routines on the plan page: the settings' minutes, without the exercises avoided */
	readonly quick = $derived.by(() => {
		const settings = this.settings;
		if (!settings) return [];
		const ids = canonicalAvoid(settings.avoid);
		const avoid = ids.length ? `&avoid=${ids.join(',')}` : '';
		return QUICK.map((q) => {
			const min = settings.minutes[q.kind];
			return { ...q, min, href: `/plan?kind=${q.kind}&min=${min}${avoid}` };
		});
	});

	constructor(now?: Clock) {
		if (now) this.#now = now;
	}

	async load() {
		try {
			this.showExercises = (await loadPref(TODAY_OPEN_PREF)) ?? false;
		} catch {
			// no storage: the list starts closed
		}
		// getSettings never rejects: without storage it gives the defaults
		this.settings = await getSettings();
		try {
			this.unfinished = (await getActive()) !== undefined;
		} catch {
			this.unfinished = false;
		}
		await this.loadProgramme();
	}

	/**
	 * The programme, loaded only with something to work from (a session, or programme settings):
	 * a first visit has neither, and stays within its budget.
	 */
	async loadProgramme() {
		try {
			const db = await getLimberDB();
			// any session stored, or the programme's settings: counted without loading it
			if (
				!this.settings ||
				(await db.count('sessions')) + (await db.count('prefs', 'programme')) < 1
			)
				return;
			const views = await import('./programme');
			this.views = views;
			this.programme = await views.loadTodayProgramme(this.settings.level, this.#now());
		} catch {
			// no storage, or offline before the code was cached: the routine from the settings
		}
	}

	/** follows settings changed in another tab; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			// sessions, check-ins and the programme's settings change the programme too
			if (change.store === 'settings') void getSettings().then((s) => (this.settings = s));
			if (change.store !== 'prefs' || change.key === 'programme') void this.loadProgramme();
		});
	}

	/** opens or closes the list, and remembers it */
	async toggle() {
		this.showExercises = !this.showExercises;
		try {
			await savePref(TODAY_OPEN_PREF, this.showExercises);
		} catch {
			// not remembered: the list simply starts closed next time
		}
	}
}
