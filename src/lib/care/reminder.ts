/**
 * The daily-routine reminder the person set up (time, weekdays, alert), kept so the form
 * remembers it and the in-app notification can be armed again after a reload.
 */
import { WEEKDAYS, parseTime, type DailyReminder, type Weekday } from './occurrence';
import { isRecord } from '$lib/is-record';
import type { Pref } from '$lib/storage/prefs';

export const ALERT_CHOICES = [0, 10] as const;

export interface ReminderPrefs {
	time: string;
	weekdays: Weekday[];
	alarmMinutesBefore: number;
	/** notify while Limber is open (permission was granted when it was turned on) */
	notify: boolean;
}

export const DEFAULT_REMINDER: ReminderPrefs = {
	time: '07:30',
	weekdays: [...WEEKDAYS],
	alarmMinutesBefore: 0,
	notify: false
};

/** minutes the calendar event lasts: about a daily routine */
export const ROUTINE_EVENT_MINUTES = 20;

export function parseReminder(value: unknown): ReminderPrefs {
	if (!isRecord(value)) return { ...DEFAULT_REMINDER, weekdays: [...DEFAULT_REMINDER.weekdays] };
	const time = typeof value.time === 'string' && parseTime(value.time) ? value.time : '07:30';
	const weekdays = Array.isArray(value.weekdays)
		? WEEKDAYS.filter((d) => (value.weekdays as unknown[]).includes(d))
		: [...WEEKDAYS];
	const alarm = ALERT_CHOICES.find((c) => c === value.alarmMinutesBefore) ?? 0;
	return { time, weekdays, alarmMinutesBefore: alarm, notify: value.notify === true };
}

/** the reminder, in the `prefs` store; a damaged one reads back as its good parts */
export const REMINDER_PREF: Pref<ReminderPrefs> = {
	key: 'reminder',
	read: (raw) => (isRecord(raw) ? parseReminder(raw) : undefined)
};

export function toDailyReminder(prefs: ReminderPrefs, timeZone: string): DailyReminder {
	return {
		time: prefs.time,
		weekdays: prefs.weekdays,
		minutes: ROUTINE_EVENT_MINUTES,
		alarmMinutesBefore: prefs.alarmMinutesBefore,
		timeZone
	};
}
