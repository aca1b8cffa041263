/**
 * Today's state: the daily routine from the stored settings (total and Start need no
 * generator), whether a routine is unfinished, and whether the list of exercises was left
 * open (in the `prefs` store). Kept small: it runs on every first visit.
 */
import { wallClock, type Clock } from '$lib/adapters/browser';
import { dateAt } from '$lib/dates';
import { requestFromSettings } from '$lib/plan/defaults';
import type { Settings } from '$lib/progress/types';
import { formatDuration } from '$lib/routine/format';
import { routineQuery } from '$lib/routine/link';
import type { RoutineKind, RoutineRequest } from '$lib/routine/types';
import { getActive } from '$lib/storage/active';
import { onChange } from '$lib/storage/changes';
import { loadPref, savePref } from '$lib/storage/prefs';
import { getSettings } from '$lib/storage/settings';
import { TODAY_OPEN_PREF } from './prefs';

const QUICK: { kind: Exclude<RoutineKind, 'daily'>; label: string }[] = [
	{ kind: 'warmup', label: 'Warm-up' },
	{ kind: 'core', label: 'Core' },
	{ kind: 'stretch', label: 'Stretch' }
];

export class TodayState {
	settings = $state<Settings | null>(null);
	unfinished = $state(false);
	showExercises = $state(false);
	#now: Clock = wallClock;

	// today's routine depends on the date and the stored settings: built in the browser
	readonly request = $derived<RoutineRequest | null>(
		this.settings && requestFromSettings(this.settings, 'daily', dateAt(this.#now()))
	);
	readonly query = $derived(this.request ? routineQuery(this.request) : '');
	// the generator always gives exactly the minutes asked for, so the total needs no routine
	readonly total = $derived(this.request ? formatDuration(this.request.minutes * 60) : '');
	readonly about = $derived(
		this.settings?.backFriendly
			? 'Warm-up, back-friendly core and a stretch, new each day.'
			: 'Warm-up, core and a stretch, new each day.'
	);
	readonly quick = $derived(
		this.settings ? QUICK.map((q) => ({ ...q, min: this.settings!.minutes[q.kind] })) : []
	);

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
	}

	/** follows settings changed in another tab; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			if (change.store === 'settings') void getSettings().then((s) => (this.settings = s));
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
