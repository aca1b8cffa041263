/**
 * Wall-clock arithmetic in a named IANA time zone, on top of `Intl` (no zone database of our
 * own). The care schedule and the calendar files need "08:00 local" and "the local date" for
 * a zone that need not be the machine's, so the tests can pin Europe/London or Sydney.
 *
 * Pure: no DOM, no storage.
 */
import { dateKey, pad } from '$lib/dates';

const DAY_MS = 86_400_000;

/** a local date and time, month 1-based, as a wall clock in some zone shows it */
export interface LocalDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** whether `Intl` knows the zone */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		formatter(timeZone);
		return true;
	} catch {
		// a RangeError names an unknown zone
		return false;
	}
}

/** the machine's zone, or UTC where `Intl` cannot tell */
export function localTimeZone(): string {
	const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
	return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** the wall clock in `timeZone` at instant `t` (epoch ms) */
export function toLocal(t: number, timeZone: string): LocalDateTime {
	const out: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const part of formatter(timeZone).formatToParts(new Date(t))) {
		if (part.type in out) out[part.type as keyof LocalDateTime] = Number(part.value);
	}
	return out;
}

/** the wall clock read as if it were UTC, in epoch ms (for offset arithmetic) */
export function wallAsUtc(l: LocalDateTime): number {
	const d = new Date(0);
	// setUTCFullYear keeps years 0–99 literal, unlike Date.UTC
	d.setUTCFullYear(l.year, l.month - 1, l.day);
	d.setUTCHours(l.hour, l.minute, l.second, 0);
	return d.getTime();
}

/** the zone's offset from UTC at instant `t`, in ms (London in summer: +3 600 000) */
export function offsetAt(t: number, timeZone: string): number {
	const whole = Math.floor(t / 1000) * 1000;
	return wallAsUtc(toLocal(whole, timeZone)) - whole;
}

/**
 * The instant a wall-clock reading in `timeZone` names. A time that occurs twice (clocks going
 * back) gives the earlier instant; a time skipped by clocks going forward is moved forward by
 * the gap, as `Date` does with local times.
 */
export function fromLocal(l: LocalDateTime, timeZone: string): number {
	const wall = wallAsUtc(l);
	const before = offsetAt(wall - DAY_MS, timeZone);
	const after = offsetAt(wall + DAY_MS, timeZone);
	const candidates = [wall - before, wall - after].filter(
		(t) => t + offsetAt(t, timeZone) === wall
	);
	if (candidates.length > 0) return Math.min(...candidates);
	// in a gap: read the wall time with the offset in force before it
	return wall - before;
}

/** `YYYY-MM-DDTHH:mm` (a datetime-local value) to `LocalDateTime`, or null */
export function parseLocalInput(value: string): LocalDateTime | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
	if (!m) return null;
	const l: LocalDateTime = {
		year: Number(m[1]),
		month: Number(m[2]),
		day: Number(m[3]),
		hour: Number(m[4]),
		minute: Number(m[5]),
		second: Number(m[6] ?? 0)
	};
	if (l.month < 1 || l.month > 12 || l.day < 1 || l.day > daysInMonth(l.year, l.month)) return null;
	if (l.hour > 23 || l.minute > 59 || l.second > 59) return null;
	return l;
}

/** instant `t` as a datetime-local value (`YYYY-MM-DDTHH:mm`) in `timeZone` */
export function formatLocalInput(t: number, timeZone: string): string {
	const l = toLocal(t, timeZone);
	return `${dateKey(l.year, l.month, l.day)}T${pad(l.hour)}:${pad(l.minute)}`;
}

export function daysInMonth(year: number, month: number): number {
	// day 0 of the next month is the last day of this one
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** the calendar date `days` after a local date (wall dates have no DST) */
export function addDays(l: LocalDateTime, days: number): LocalDateTime {
	const d = new Date(wallAsUtc({ ...l, hour: 12, minute: 0, second: 0 }) + days * DAY_MS);
	return {
		...l,
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate()
	};
}

/** 0 = Sunday … 6 = Saturday, for a local date */
export function weekdayOf(l: LocalDateTime): number {
	return new Date(wallAsUtc({ ...l, hour: 12, minute: 0, second: 0 })).getUTCDay();
}

/** a change of the zone's offset from UTC, found by `transitions` */
export interface Transition {
	/** epoch ms */
	at: number;
	from: number;
	to: number;
}

/** the zone's offset changes in [from, to), to the minute (for calendar files' VTIMEZONE) */
export function transitions(timeZone: string, from: number, to: number): Transition[] {
	const out: Transition[] = [];
	let t = from;
	let offset = offsetAt(t, timeZone);
	while (t < to) {
		const next = Math.min(t + DAY_MS, to);
		const nextOffset = offsetAt(next, timeZone);
		if (nextOffset !== offset) {
			// the change is in (t, next]: narrow it down to the minute
			let lo = t;
			let hi = next;
			while (hi - lo > 60_000) {
				const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
				if (offsetAt(mid, timeZone) === offset) lo = mid;
				else hi = mid;
			}
			out.push({ at: hi, from: offset, to: nextOffset });
			offset = nextOffset;
		}
		t = next;
	}
	return out;
}
