/**
 * When the daily reminder next goes off: the chosen weekdays at the chosen local time. Shared by
 * the reminder form, the in-app notification scheduler and the calendar writer (`./ics`), and
 * kept apart from the writer so the scheduler and the form do not load it. Pure.
 */
import { addDays, fromLocal, toLocal, weekdayOf, type LocalDateTime } from '$lib/tz';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** RFC 5545 BYDAY code by `Date#getDay()` (0 = Sunday) */
export const BY_JS_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface DailyReminder {
	/** local time, `HH:MM` */
	time: string;
	weekdays: readonly Weekday[];
	/** how long the event lasts */
	minutes: number;
	/** the alarm goes off this many minutes before (0: at the time) */
	alarmMinutesBefore: number;
	/** IANA zone the time is read in */
	timeZone: string;
}

/** `HH:MM` as hours and minutes, or null */
export function parseTime(time: string): { hour: number; minute: number } | null {
	const m = /^(\d{2}):(\d{2})$/.exec(time);
	if (!m) return null;
	const hour = Number(m[1]);
	const minute = Number(m[2]);
	return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** the first occurrence at or after `now`: a chosen weekday at the chosen local time */
export function firstOccurrence(reminder: DailyReminder, now: number): LocalDateTime | null {
	const time = parseTime(reminder.time);
	if (!time || reminder.weekdays.length === 0) return null;
	const today = toLocal(now, reminder.timeZone);
	for (let i = 0; i <= 7; i++) {
		const date = addDays(today, i);
		const at: LocalDateTime = { ...date, hour: time.hour, minute: time.minute, second: 0 };
		const weekday = BY_JS_DAY[weekdayOf(date)] as Weekday;
		if (reminder.weekdays.includes(weekday) && fromLocal(at, reminder.timeZone) >= now) return at;
	}
	return null;
}

/** the instant of the next occurrence at or after `now`, or null when nothing is chosen */
export function nextOccurrence(reminder: DailyReminder, now: number): number | null {
	const at = firstOccurrence(reminder, now);
	return at ? fromLocal(at, reminder.timeZone) : null;
}
