/**
 * Calendar files (RFC 5545) for reminders without a server: the daily routine as a weekly
 * recurring event, and an acute spasm's ice and heat applications as one-off events. Each
 * event carries a display alarm, so the phone's calendar does the reminding.
 *
 * Times. One-off events are written in UTC (`…Z`): an instant needs no zone rules. The
 * recurring routine must stay at the same local time across clock changes, which neither
 * UTC (it would move by an hour) nor floating time (Outlook on the web reads it as UTC) does
 * reliably, so it is written with `TZID=<IANA zone>` plus a VTIMEZONE built from `Intl`: the
 * zone's transitions around the start date, as yearly rules when they follow one ("last
 * Sunday of March, 01:00"), else as dated observances. Google and Outlook map the IANA name,
 * Apple and ical.js read the VTIMEZONE. The UTC zone is written in UTC.
 *
 * Format: CRLF line endings, lines folded at 75 octets (UTF-8 aware), TEXT values escaped.
 *
 * Pure: no DOM, no storage.
 */
import type { Application } from './schedule';
import {
	BY_JS_DAY,
	firstOccurrence,
	WEEKDAYS,
	type DailyReminder,
	type Weekday
} from './occurrence';
import {
	daysInMonth,
	fromLocal,
	offsetAt,
	toLocal,
	transitions,
	wallAsUtc,
	weekdayOf,
	type LocalDateTime,
	type Transition
} from '$lib/tz';
import { pad } from '$lib/dates';

const CRLF = '\r\n';
const PRODID = '-//Limber//Limber reminders//EN';
const MINUTE_MS = 60_000;

// the reminder's times live in ./occurrence; exported here too, as before
export {
	firstOccurrence,
	nextOccurrence,
	parseTime,
	WEEKDAYS,
	type DailyReminder,
	type Weekday
} from './occurrence';

// ---------------------------------------------------------------------------------------
// Lines and values

/** escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11) */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let size = 0;
	let limit = 75;
	for (const ch of line) {
		const n = utf8Length(ch.codePointAt(0) ?? 0);
		if (size + n > limit) {
			parts.push(current);
			current = '';
			size = 0;
			// the leading space of a continuation line counts
			limit = 74;
		}
		current += ch;
		size += n;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** `YYYYMMDDTHHMMSSZ` */
export function formatUtc(t: number): string {
	const d = new Date(Math.floor(t / 1000) * 1000);
	return (
		`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
	);
}

/** `YYYYMMDDTHHMMSS`, a wall-clock reading */
function formatWall(l: LocalDateTime): string {
	return `${pad(l.year, 4)}${pad(l.month)}${pad(l.day)}T${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`;
}

/** `+HHMM` / `-HHMM` */
function formatOffset(ms: number): string {
	const sign = ms < 0 ? '-' : '+';
	const minutes = Math.round(Math.abs(ms) / MINUTE_MS);
	return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/** a calendar object from already built component lines, folded, CRLF-terminated */
function calendar(body: string[]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...body,
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}

function alarm(minutesBefore: number, text: string): string[] {
	return [
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(text)}`,
		`TRIGGER:-PT${Math.max(0, Math.round(minutesBefore))}M`,
		'END:VALARM'
	];
}

// ---------------------------------------------------------------------------------------
// Time zones

interface YearlyRule {
	month: number;
	weekday: number;
	/** 1–4 for the nth weekday of the month, −1 for the last */
	nth: number;
	time: string;
}

/** the onset of a transition as the wall clock before it shows it */
function onset(tr: Transition): LocalDateTime {
	const d = new Date(tr.at + tr.from);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds()
	};
}

/** one "nth (or last) weekday of a month at a time" rule all these transitions follow, or null */
function yearlyRule(list: Transition[]): YearlyRule | null {
	const rules = list.map((tr) => {
		const l = onset(tr);
		return {
			month: l.month,
			weekday: weekdayOf(l),
			nth: Math.ceil(l.day / 7),
			last: l.day + 7 > daysInMonth(l.year, l.month),
			time: `${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`
		};
	});
	const first = rules[0];
	if (!first) return null;
	const years = new Set(list.map((tr) => onset(tr).year));
	if (years.size !== list.length) return null;
	const same = rules.every(
		(r) => r.month === first.month && r.weekday === first.weekday && r.time === first.time
	);
	if (!same) return null;
	// most zones change on the "last Sunday" or on a "Sunday on or after the 8th" (2nd Sunday)
	if (rules.every((r) => r.last)) return { ...first, nth: -1 };
	if (first.nth <= 4 && rules.every((r) => r.nth === first.nth)) return first;
	return null;
}

/**
 * A VTIMEZONE for `timeZone`, good for events from about a year before `around` to a few
 * years after it: yearly rules when the zone's changes follow them, else dated observances.
 */
export function vtimezone(timeZone: string, around: number): string[] {
	const year = new Date(around).getUTCFullYear();
	const from = Date.UTC(year - 1, 0, 1);
	const list = transitions(timeZone, from, Date.UTC(year + 3, 0, 1));
	const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
	const first = list[0];
	if (!first) {
		const offset = formatOffset(offsetAt(around, timeZone));
		lines.push(
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			`TZOFFSETFROM:${offset}`,
			`TZOFFSETTO:${offset}`,
			'END:STANDARD',
			'END:VTIMEZONE'
		);
		return lines;
	}
	// the offset in force before the first change, from the start of the covered range
	const before = first.from > first.to ? 'DAYLIGHT' : 'STANDARD';
	lines.push(
		`BEGIN:${before}`,
		`DTSTART:${formatWall(toLocal(from, 'UTC'))}`,
		`TZOFFSETFROM:${formatOffset(first.from)}`,
		`TZOFFSETTO:${formatOffset(first.from)}`,
		`END:${before}`
	);
	const kinds = new Map<string, Transition[]>();
	for (const tr of list) {
		const key = `${tr.from}>${tr.to}`;
		kinds.set(key, [...(kinds.get(key) ?? []), tr]);
	}
	const rules = [...kinds.values()].map(yearlyRule);
	const ruled = rules.every((r) => r !== null);
	for (const [i, group] of [...kinds.values()].entries()) {
		const rule = rules[i];
		const head = group[0] as Transition;
		// the change towards the larger offset is summer time
		const name = head.to > head.from ? 'DAYLIGHT' : 'STANDARD';
		const offsets = [
			`TZOFFSETFROM:${formatOffset(head.from)}`,
			`TZOFFSETTO:${formatOffset(head.to)}`
		];
		if (ruled && rule) {
			const byday = `${rule.nth}${BY_JS_DAY[rule.weekday] as Weekday}`;
			lines.push(
				`BEGIN:${name}`,
				`DTSTART:${formatWall(onset(head))}`,
				`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${byday}`,
				...offsets,
				`END:${name}`
			);
		} else {
			for (const tr of group) {
				lines.push(`BEGIN:${name}`, `DTSTART:${formatWall(onset(tr))}`, ...offsets, `END:${name}`);
			}
		}
	}
	lines.push('END:VTIMEZONE');
	return lines;
}

function isUtc(timeZone: string): boolean {
	return ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu'].includes(timeZone);
}

// ---------------------------------------------------------------------------------------
// The daily routine

export const ROUTINE_SUMMARY = 'Limber: daily routine';
const ROUTINE_DESCRIPTION =
	'Time for your Limber routine: warm-up, core and stretch. Open Limber on this device to start.\n' +
	'Move within a comfortable range, and stop if anything hurts or you feel dizzy, short of breath or unwell.';

/** the daily routine as a weekly recurring event; throws on an invalid time or no weekday */
export function dailyRoutineIcs(reminder: DailyReminder, now: number): string {
	const start = firstOccurrence(reminder, now);
	if (!start) throw new RangeError('a time and at least one weekday are needed');
	const days = WEEKDAYS.filter((d) => reminder.weekdays.includes(d));
	const minutes = Math.max(1, Math.round(reminder.minutes));
	const startAt = fromLocal(start, reminder.timeZone);
	const endWall = toLocal(wallAsUtc(start) + minutes * MINUTE_MS, 'UTC');
	const utc = isUtc(reminder.timeZone);
	const when = utc
		? [`DTSTART:${formatUtc(startAt)}`, `DTEND:${formatUtc(startAt + minutes * MINUTE_MS)}`]
		: [
				`DTSTART;TZID=${reminder.timeZone}:${formatWall(start)}`,
				`DTEND;TZID=${reminder.timeZone}:${formatWall(endWall)}`
			];
	return calendar([
		...(utc ? [] : vtimezone(reminder.timeZone, startAt)),
		'BEGIN:VEVENT',
		`UID:limber-routine-${reminder.time.replace(':', '')}-${days.join('')}@limber.app`,
		`DTSTAMP:${formatUtc(now)}`,
		...when,
		`RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`,
		`SUMMARY:${escapeText(ROUTINE_SUMMARY)}`,
		`DESCRIPTION:${escapeText(ROUTINE_DESCRIPTION)}`,
		'TRANSP:TRANSPARENT',
		...alarm(reminder.alarmMinutesBefore, 'Time for your Limber routine'),
		'END:VEVENT'
	]);
}

// ---------------------------------------------------------------------------------------
// An acute spasm's ice and heat

const CARE_TEXT = {
	ice: {
		summary: (minutes: number) => `Ice pack, ${minutes} min`,
		description:
			'Cold pack wrapped in a cloth, never straight on the skin, for 10 to 15 minutes. ' +
			'Keep moving gently between applications.'
	},
	heat: {
		summary: (minutes: number) => `Heat, up to ${minutes} min`,
		description:
			'Warm pack or warm towel wrapped in a cloth, up to 20 minutes, never so hot it hurts. ' +
			'Keep moving gently between applications.'
	}
} as const;

const RED_FLAG_NOTE =
	'Get emergency help for numbness or weakness in both legs, numbness around the genitals or buttocks, ' +
	'trouble peeing, loss of bladder or bowel control, or chest pain.';

/** the suggested applications as one-off events in UTC, each with an alarm at its start */
export function careScheduleIcs(applications: readonly Application[], now: number): string {
	const events = applications.flatMap((a) => {
		const text = CARE_TEXT[a.kind];
		return [
			'BEGIN:VEVENT',
			`UID:limber-care-${a.kind}-${formatUtc(a.at)}@limber.app`,
			`DTSTAMP:${formatUtc(now)}`,
			`DTSTART:${formatUtc(a.at)}`,
			`DTEND:${formatUtc(a.at + a.minutes * MINUTE_MS)}`,
			`SUMMARY:${escapeText(text.summary(a.minutes))}`,
			`DESCRIPTION:${escapeText(`${text.description}\n${RED_FLAG_NOTE}`)}`,
			'TRANSP:TRANSPARENT',
			...alarm(0, text.summary(a.minutes)),
			'END:VEVENT'
		];
	});
	return calendar(events);
}
