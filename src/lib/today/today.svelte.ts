/**
 * Today's state: the daily routine from the stored settings (total and Start need no
 * generator), whether a routine is unfinished, and whether the list of exercises was left
 * open (in the `prefs` store). Kept small: it runs on every first visit.
 */
import { wallClock, type Clock } from '$lib/adapters/clock';
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
import type { Compared, Rung } from '$lib/programme/types';
import { getLimberDB } from '$lib/storage/connection';
import { TODAY_OPEN_PREF } from './prefs';
import type { TodayProgramme } from './programme';

const QUICK: { kind: Exclude<RoutineKind, 'daily'>; label: string }[] = [
	{ kind: 'warmup', label: 'Warm-up' },
	{ kind: 'core', label: 'Core' },
	{ kind: 'stretch', label: 'Stretch' }
];

/** any session stored, or the programme's settings: read without loading the programme */
async function hasProgrammeData(): Promise<boolean> {
	const db = await getLimberDB();
	const [sessions, pref] = await Promise.all([
		db.count('sessions'),
		db.count('prefs', 'programme')
	]);
	return sessions > 0 || pref > 0;
}

export class TodayState {
	settings = $state<Settings | null>(null);
	unfinished = $state(false);
	showExercises = $state(false);
	/** the programme worked out from the history, once there is one (or a step set by hand) */
	programme = $state.raw<TodayProgramme | null>(null);
	/** its parts of the page, loaded with it */
	views = $state.raw<typeof import('$lib/components/programme/today') | null>(null);
	checkinError = $state('');
	#now: Clock = wallClock;

	/** the rung today's routine is played at: the programme's, or the one set by hand */
	readonly rung = $derived.by<Rung | null>(() => {
		const result = this.programme?.result;
		return result && result.mode !== 'off' ? result.rung : null;
	});

	// today's routine depends on the date and the stored settings: built in the browser
	readonly request = $derived.by<RoutineRequest | null>(() => {
		if (!this.settings) return null;
		const base = requestFromSettings(this.settings, 'daily', dateAt(this.#now()));
		return this.rung ? { ...base, level: this.rung.level, step: this.rung.step } : base;
	});
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
		await this.loadProgramme();
	}

	/**
	 * The programme, loaded only with something to work from (a session, or programme settings):
	 * a first visit has neither, and stays within its budget.
	 */
	async loadProgramme() {
		try {
			if (!this.settings || !(await hasProgrammeData())) return;
			const [{ loadTodayProgramme }, views] = await Promise.all([
				import('./programme'),
				import('$lib/components/programme/today')
			]);
			this.views = views;
			this.programme = await loadTodayProgramme(this.settings.level, this.#now());
		} catch {
			// no storage, or offline before the code was cached: the routine from the settings
		}
	}

	/** answers the morning question, then works the programme out again */
	async answerCheckin(compared: Compared) {
		this.checkinError = '';
		try {
			const { saveMorningCheckin } = await import('./programme');
			await saveMorningCheckin(compared, this.#now());
		} catch {
			this.checkinError = 'Your answer could not be saved: try again.';
			return;
		}
		await this.loadProgramme();
	}

	/** follows settings changed in another tab; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			if (change.store === 'settings') {
				void getSettings().then((s) => {
					this.settings = s;
					return this.loadProgramme();
				});
			} else if (
				change.store === 'sessions' ||
				change.store === 'checkins' ||
				(change.store === 'prefs' && (change.key === 'programme' || change.key === 'careEpisode'))
			) {
				void this.loadProgramme();
			}
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
