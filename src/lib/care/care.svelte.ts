/**
 * The Care page's state: when the spasm started (in the `prefs` store), the advice for now,
 * the emergency number, the calendar file, and the ice and heat timers. The browser (clock,
 * zone, download, cues) comes in through adapters.
 */
import { browserDownload, wallClock, type Clock, type Download } from '$lib/adapters/browser';
import { onChange } from '$lib/storage/changes';
import { clearPref, loadPref, savePref } from '$lib/storage/prefs';
import { browserTimerCues, CareTimers, type TimerCues } from './care-timers.svelte';
import { DEFAULT_EMERGENCY_TEXT, EMERGENCY_PREF, emergencyText } from './emergency';
import { EPISODE_PREF, parseEpisodeStart } from './episode';
import { careAdvice, careSchedule } from './schedule';
import { formatLocalInput, fromLocal, localTimeZone, parseLocalInput } from '$lib/tz';

export interface CareAdapters {
	now: Clock;
	timeZone: () => string;
	download: Download;
	cues: TimerCues;
}

export const browserCareAdapters: CareAdapters = {
	now: wallClock,
	timeZone: localTimeZone,
	download: browserDownload,
	cues: browserTimerCues
};

/** the advice moves on by the hour: a minute's resolution is plenty */
const REFRESH_MS = 60_000;

export class CareState {
	timeZone = $state('UTC');
	now = $state(0);
	episodeStart = $state<number | null>(null);
	/** bound to the datetime-local field */
	startInput = $state('');
	emergency = $state(DEFAULT_EMERGENCY_TEXT);
	coverHours = $state(24);
	calendarStatus = $state('');
	saveError = $state('');
	/** controls wait for the stored state, so nothing typed or tapped before it is lost */
	mounted = $state(false);
	readonly timers: CareTimers;

	readonly advice = $derived(
		this.episodeStart === null
			? null
			: careAdvice(this.episodeStart, this.now, { timeZone: this.timeZone })
	);
	readonly maxInput = $derived(this.now ? formatLocalInput(this.now, this.timeZone) : undefined);

	#a: CareAdapters;
	#stop: (() => void)[] = [];

	constructor(adapters: CareAdapters = browserCareAdapters) {
		this.#a = adapters;
		this.timers = new CareTimers(adapters.now, adapters.cues);
	}

	/** reads what is stored and starts the minute ticker; `destroy` stops it */
	async start() {
		this.timeZone = this.#a.timeZone();
		this.now = this.#a.now();
		await Promise.all([this.#readEpisode(), this.#readEmergency(), this.timers.restore()]);
		this.mounted = true;
		const interval = setInterval(() => (this.now = this.#a.now()), REFRESH_MS);
		this.#stop.push(
			() => clearInterval(interval),
			onChange((change) => {
				if (change.store !== 'prefs') return;
				if (change.key === 'careEpisode') void this.#readEpisode();
				if (change.key === 'emergencyNumber') void this.#readEmergency();
			})
		);
	}

	async #readEpisode() {
		let stored: number | undefined;
		try {
			stored = await loadPref(EPISODE_PREF);
		} catch {
			// no storage: no episode was kept
		}
		this.episodeStart = stored === undefined ? null : parseEpisodeStart(stored, this.now);
		this.startInput =
			this.episodeStart === null ? '' : formatLocalInput(this.episodeStart, this.timeZone);
	}

	async #readEmergency() {
		try {
			this.emergency = emergencyText((await loadPref(EMERGENCY_PREF)) ?? null);
		} catch {
			this.emergency = DEFAULT_EMERGENCY_TEXT;
		}
	}

	/** the start typed in the field (an unreadable one clears it) */
	async setStart() {
		const local = parseLocalInput(this.startInput);
		this.episodeStart = local ? fromLocal(local, this.timeZone) : null;
		this.now = this.#a.now();
		try {
			if (this.episodeStart === null) await clearPref(EPISODE_PREF);
			else await savePref(EPISODE_PREF, this.episodeStart);
			this.saveError = '';
		} catch {
			this.saveError = 'The start time could not be saved on this device.';
		}
	}

	async justNow() {
		this.now = this.#a.now();
		this.startInput = formatLocalInput(this.now, this.timeZone);
		await this.setStart();
	}

	formatWhen(t: number, withDay = true): string {
		return new Intl.DateTimeFormat(undefined, {
			...(withDay ? { weekday: 'short' } : {}),
			hour: '2-digit',
			minute: '2-digit',
			timeZone: this.timeZone
		}).format(t);
	}

	/** the calendar writer could not load (offline before the app was cached): Try again */
	calendarFailed = $state(false);

	async addToCalendar() {
		this.calendarFailed = false;
		this.calendarStatus = 'Making the calendar file…';
		let careScheduleIcs: typeof import('./ics').careScheduleIcs;
		try {
			// the calendar writer loads on first use: no page needs it to show
			({ careScheduleIcs } = await import('./ics'));
		} catch {
			this.calendarStatus = 'The calendar file could not be made: check the connection.';
			this.calendarFailed = true;
			return;
		}
		const at = this.#a.now();
		const applications = careSchedule(this.episodeStart ?? at, at, {
			timeZone: this.timeZone,
			hours: this.coverHours
		});
		this.#a.download('limber-back-care.ics', careScheduleIcs(applications, at));
		this.calendarStatus = `Calendar file saved with ${applications.length} reminders: open it to add them to your calendar.`;
	}

	destroy() {
		for (const stop of this.#stop.splice(0)) stop();
		this.timers.destroy();
	}
}
