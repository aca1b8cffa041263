/**
 * Calendar days and ISO weeks of instants in an IANA time zone.
 *
 * Stats work on day numbers: whole days since 1970-01-01 of the *local civil date*. Consecutive
 * dates differ by exactly 1 whatever their length (23 h and 25 h daylight-saving days
 * included), so streaks and weeks are plain integer arithmetic once an instant has been turned
 * into its local date.
 *
 * That conversion is the only costly step (Intl formatting, a few µs, more for a zone's first
 * use). So the UTC offset of a zone is cached per UTC week: when it is the same at both ends of
 * the week it holds throughout, since no zone changes its offset and back within a week (the
 * shortest real periods, Ramadan suspensions of summer time, last about a month). A week with a
 * transition is cached per UTC day the same way, and only the day of the transition formats each
 * instant. Ten years of history then costs some 600 formatting calls, and a warm cache none.
 *
 * The zone arithmetic itself is `$lib/tz`'s, shared with the care schedule and calendar files;
 * date keys are written by `$lib/dates`'s one formatter.
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import { dateKey, pad } from '$lib/dates';
import { localTimeZone, offsetAt } from '$lib/tz';

export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** days since 1970-01-01 of a local calendar date */
export type DayNumber = number;

interface Zone {
	/** span number → offset (ms) valid for the whole span, or NaN when it changes within it */
	weekOffsets: Map<number, number>;
	dayOffsets: Map<number, number>;
	/** offset (ms) at an instant already formatted (UTC midnights) */
	instantOffsets: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zone(timeZone: string): Zone {
	let z = zones.get(timeZone);
	if (!z) {
		z = { weekOffsets: new Map(), dayOffsets: new Map(), instantOffsets: new Map() };
		zones.set(timeZone, z);
	}
	return z;
}

/** the runtime's own zone (resolved on each call: a travelling device can change it) */
export { localTimeZone };

function offsetAtInstant(z: Zone, timeZone: string, ts: number): number {
	let off = z.instantOffsets.get(ts);
	if (off === undefined) {
		off = offsetAt(ts, timeZone);
		z.instantOffsets.set(ts, off);
	}
	return off;
}

/** the offset throughout span `n` of `size` ms, or NaN when it is not constant */
function spanOffset(
	z: Zone,
	timeZone: string,
	spans: Map<number, number>,
	size: number,
	n: number
): number {
	let off = spans.get(n);
	if (off === undefined) {
		const a = offsetAtInstant(z, timeZone, n * size);
		off = a === offsetAtInstant(z, timeZone, (n + 1) * size) ? a : NaN;
		spans.set(n, off);
	}
	return off;
}

/** local time minus UTC at instant `ts`, in ms */
export function zoneOffsetMs(ts: number, timeZone: string): number {
	const z = zone(timeZone);
	let off = spanOffset(z, timeZone, z.weekOffsets, WEEK_MS, Math.floor(ts / WEEK_MS));
	if (Number.isNaN(off)) {
		off = spanOffset(z, timeZone, z.dayOffsets, DAY_MS, Math.floor(ts / DAY_MS));
	}
	return Number.isNaN(off) ? offsetAt(ts, timeZone) : off;
}

/** the local calendar date of instant `ts` in `timeZone`, as a day number */
export function dayNumber(ts: number, timeZone: string): DayNumber {
	return Math.floor((ts + zoneOffsetMs(ts, timeZone)) / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number (the programme's days too: `programme/days.ts`) */
export function dayNumberToKey(day: DayNumber): string {
	const d = new Date(day * DAY_MS);
	return dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** the day number of a 'YYYY-MM-DD' date, or null when it is not a real date */
export function dateKeyToDay(key: string): DayNumber | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return null;
	const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
	return dayNumberToKey(day) === key ? day : null;
}

/** day number of 'YYYY-MM-DD' (NaN when it is not a real date) */
export function dayKeyToNumber(key: string): DayNumber {
	return dateKeyToDay(key) ?? NaN;
}

/** 'YYYY-MM-DD' of instant `ts` in `timeZone` (default: the runtime's zone) */
export function dayKey(ts: number, timeZone: string = localTimeZone()): string {
	return dayNumberToKey(dayNumber(ts, timeZone));
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday) */
export function isoWeekday(day: DayNumber): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** the Monday that starts the ISO week of `day` */
export function mondayOf(day: DayNumber): DayNumber {
	return day - isoWeekday(day);
}

/** 'YYYY-Www' ISO week of a day number: the year is that of the week's Thursday */
export function isoWeekKey(day: DayNumber): string {
	const thursday = mondayOf(day) + 3;
	const year = new Date(thursday * DAY_MS).getUTCFullYear();
	const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
	return `${pad(year, 4)}-W${pad(week)}`;
}

/** 'YYYY-Www' ISO week (Monday first) of instant `ts` in `timeZone` */
export function weekKey(ts: number, timeZone: string = localTimeZone()): string {
	return isoWeekKey(dayNumber(ts, timeZone));
}

/** first day of the month of `day`, and of the month after */
export function monthRange(day: DayNumber): { start: DayNumber; end: DayNumber } {
	const d = new Date(day * DAY_MS);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	return { start: Date.UTC(y, m, 1) / DAY_MS, end: Date.UTC(y, m + 1, 1) / DAY_MS };
}
