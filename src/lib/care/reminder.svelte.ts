/**
 * The daily reminder form's state: the reminder in the `prefs` store, its calendar file, and
 * the in-app notification while Limber is open. The browser comes in through adapters.
 */
import { browserDownload, wallClock, type Clock, type Download } from '$lib/adapters/browser';
import { onChange } from '$lib/storage/changes';
import { loadPref, savePref } from '$lib/storage/prefs';
import { parseTime } from './occurrence';
import * as notify from './notify';
import { DEFAULT_REMINDER, REMINDER_PREF, toDailyReminder, type ReminderPrefs } from './reminder';
import { localTimeZone } from '$lib/tz';

export interface Notifications {
	supported(): boolean;
	ask(): Promise<NotificationPermission | 'unsupported'>;
	/** schedules the next notification; its time, or null when none is due */
	arm(prefs: ReminderPrefs): number | null;
	disarm(): void;
}

export interface ReminderAdapters {
	notifications: Notifications;
	download: Download;
	now: Clock;
	timeZone: () => string;
}

export const browserReminderAdapters: ReminderAdapters = {
	notifications: {
		supported: notify.notificationsSupported,
		ask: notify.askPermission,
		arm: notify.armReminderNotifications,
		disarm: notify.disarmReminderNotifications
	},
	download: browserDownload,
	now: wallClock,
	timeZone: localTimeZone
};

export const NOT_SAVED = 'The reminder could not be saved on this device.';

export class ReminderState {
	prefs = $state<ReminderPrefs>({ ...DEFAULT_REMINDER, weekdays: [...DEFAULT_REMINDER.weekdays] });
	status = $state('');
	error = $state('');
	canNotify = $state(false);
	notifyStatus = $state('');
	/** read from storage: the controls work from then on */
	loaded = $state(false);

	readonly valid = $derived(parseTime(this.prefs.time) !== null && this.prefs.weekdays.length > 0);

	#a: ReminderAdapters;

	constructor(adapters: ReminderAdapters = browserReminderAdapters) {
		this.#a = adapters;
	}

	async load() {
		try {
			const stored = await loadPref(REMINDER_PREF);
			if (stored) this.prefs = stored;
		} catch {
			// no storage: the form starts from the defaults
		}
		this.canNotify = this.#a.notifications.supported();
		const at = this.#a.notifications.arm($state.snapshot(this.prefs));
		if (at !== null) this.notifyStatus = this.#notifyText(at);
		this.loaded = true;
	}

	/** reloads when another tab changes the reminder; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			if (change.store === 'prefs' && change.key === 'reminder') void this.load();
		});
	}

	async changed() {
		this.status = '';
		await this.#save();
		if (this.prefs.notify) {
			const at = this.#a.notifications.arm($state.snapshot(this.prefs));
			this.notifyStatus = at === null ? '' : this.#notifyText(at);
		}
	}

	/** the calendar writer could not load (offline before the app was cached): Try again */
	calendarFailed = $state(false);

	async addToCalendar() {
		if (!this.valid) {
			this.error = 'Choose a time and at least one day.';
			return;
		}
		this.error = '';
		this.calendarFailed = false;
		this.status = 'Making the calendar file…';
		let dailyRoutineIcs: typeof import('./ics').dailyRoutineIcs;
		try {
			// the calendar writer loads on first use: no page needs it to show
			({ dailyRoutineIcs } = await import('./ics'));
		} catch {
			this.status = '';
			this.error = 'The calendar file could not be made: check the connection.';
			this.calendarFailed = true;
			return;
		}
		const now = this.#a.now();
		const ics = dailyRoutineIcs(toDailyReminder(this.prefs, this.#a.timeZone()), now);
		this.#a.download('limber-daily-routine.ics', ics);
		this.status = 'Calendar file saved: open it to add the reminder to your calendar.';
	}

	async notifyMe() {
		const permission = await this.#a.notifications.ask();
		if (permission !== 'granted') {
			this.notifyStatus =
				permission === 'unsupported'
					? 'This browser cannot show notifications; the calendar reminder still works.'
					: 'Notifications are not allowed for Limber; the calendar reminder still works.';
			return;
		}
		this.prefs.notify = true;
		await this.#save();
		const at = this.#a.notifications.arm($state.snapshot(this.prefs));
		this.notifyStatus = at === null ? 'Choose a time and at least one day.' : this.#notifyText(at);
	}

	async stopNotifying() {
		this.prefs.notify = false;
		await this.#save();
		this.#a.notifications.disarm();
		this.notifyStatus = 'In-app notifications are off.';
	}

	async #save() {
		try {
			await savePref(REMINDER_PREF, $state.snapshot(this.prefs));
			this.error = '';
		} catch {
			this.error = NOT_SAVED;
		}
	}

	#notifyText(at: number): string {
		const when = new Intl.DateTimeFormat(undefined, {
			weekday: 'long',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: this.#a.timeZone()
		}).format(at);
		return `While Limber is open, it will notify you on ${when}.`;
	}
}
