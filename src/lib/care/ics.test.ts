import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	careScheduleIcs,
	dailyRoutineIcs,
	escapeText,
	foldLine,
	nextOccurrence,
	vtimezone,
	type DailyReminder,
	type Weekday
} from './ics';
import { careSchedule } from './schedule';
import { toLocal } from '$lib/tz';

const JS_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const encoder = new TextEncoder();

function parse(text: string) {
	return new ICAL.Component(ICAL.parse(text));
}

/** the first `n` occurrences of the calendar's only event */
function occurrences(text: string, n: number): Date[] {
	const vevent = parse(text).getFirstSubcomponent('vevent');
	if (!vevent) throw new Error('no VEVENT');
	const iterator = new ICAL.Event(vevent).iterator();
	const out: Date[] = [];
	for (let t = iterator.next(); t && out.length < n; t = iterator.next()) out.push(t.toJSDate());
	return out;
}

function expectWellFormed(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	// every line break is CRLF
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of text.split('\r\n')) {
		expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
	}
}

function reminder(overrides: Partial<DailyReminder> = {}): DailyReminder {
	return {
		time: '07:30',
		weekdays: ['MO', 'WE', 'FR'],
		minutes: 15,
		alarmMinutesBefore: 10,
		timeZone: 'Europe/London',
		...overrides
	};
}

describe('text values', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('folds at 75 octets without splitting a character, and unfolds back', () => {
		const line = `DESCRIPTION:${'é'.repeat(50)}${'x'.repeat(90)}😀${'ü'.repeat(40)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) {
			expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
			expect(part).not.toContain('\uFFFD');
		}
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
	});

	it('round-trips through a parser', () => {
		const text = 'Back\\slash; semi, comma\nnew line, and a long tail — ' + 'ñ'.repeat(120);
		const ics = careScheduleIcs([{ kind: 'ice', at: Date.UTC(2026, 0, 1, 9), minutes: 15 }], 0)
			// swap in a description that needs every escape
			.replace(
				/DESCRIPTION:[^]*?\r\nTRANSP/,
				`${foldLine(`DESCRIPTION:${escapeText(text)}`)}\r\nTRANSP`
			);
		expectWellFormed(ics);
		const vevent = parse(ics).getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('description')).toBe(text);
	});
});

describe('daily routine reminder', () => {
	const now = Date.UTC(2026, 2, 20, 12, 0); // Friday 20 March 2026, noon in London

	it('is a weekly event on the chosen weekdays with an alarm', () => {
		const ics = dailyRoutineIcs(reminder(), now);
		expectWellFormed(ics);
		expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n');
		expect(ics).toContain('DTSTART;TZID=Europe/London:20260323T073000\r\n');
		const cal = parse(ics);
		const vevent = cal.getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('summary')).toBe('Limber: daily routine');
		expect(String(vevent.getFirstPropertyValue('description'))).not.toMatch(/https?:|www\./);
		expect(vevent.getFirstPropertyValue('uid')).toBe('limber-routine-0730-MOWEFR@limber.app');
		expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-20T12:00:00Z');
		const valarm = vevent.getFirstSubcomponent('valarm')!;
		expect(valarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(valarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M');
		expect(valarm.getFirstPropertyValue('description')).toBeTruthy();
	});

	it('keeps 07:30 local across the March clock change in London', () => {
		const dates = occurrences(dailyRoutineIcs(reminder(), now), 6);
		expect(dates.map((d) => d.toISOString())).toEqual([
			'2026-03-23T07:30:00.000Z', // Monday, GMT
			'2026-03-25T07:30:00.000Z',
			'2026-03-27T07:30:00.000Z',
			'2026-03-30T06:30:00.000Z', // Monday, BST
			'2026-04-01T06:30:00.000Z',
			'2026-04-03T06:30:00.000Z'
		]);
	});

	for (const [timeZone, weekdays, from] of [
		['America/New_York', ['TU', 'SA'], Date.UTC(2026, 2, 1)],
		['Australia/Sydney', ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], Date.UTC(2026, 2, 28)],
		['Europe/London', ['SU'], Date.UTC(2026, 9, 10)],
		['Asia/Kolkata', ['TH'], Date.UTC(2026, 0, 1)],
		['UTC', ['MO', 'FR'], Date.UTC(2026, 0, 1)],
		// irregular or unusual rules: dated observances or half-hour shifts
		['Asia/Jerusalem', ['FR', 'SU'], Date.UTC(2026, 2, 1)],
		['America/Santiago', ['SA', 'SU'], Date.UTC(2026, 2, 20)],
		['Africa/Casablanca', ['MO', 'TH'], Date.UTC(2026, 0, 20)],
		['Australia/Lord_Howe', ['WE'], Date.UTC(2026, 2, 1)]
	] as const) {
		it(`gives the right weekdays at the right local time in ${timeZone}`, () => {
			const ics = dailyRoutineIcs(reminder({ timeZone, weekdays, time: '18:45' }), from);
			expectWellFormed(ics);
			const dates = occurrences(ics, 40);
			expect(dates).toHaveLength(40);
			for (const d of dates) {
				const l = toLocal(d.getTime(), timeZone);
				expect({ hour: l.hour, minute: l.minute }).toEqual({ hour: 18, minute: 45 });
				const weekday = JS_DAY[new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay()]!;
				expect(weekdays).toContain(weekday);
			}
			expect(dates[0]!.getTime()).toBe(
				nextOccurrence(reminder({ timeZone, weekdays, time: '18:45' }), from)
			);
		});
	}

	it('starts today when the time is still ahead, and not when it has passed', () => {
		const friday = reminder({ weekdays: ['FR'], time: '18:00' });
		expect(nextOccurrence(friday, now)).toBe(Date.UTC(2026, 2, 20, 18, 0));
		expect(nextOccurrence({ ...friday, time: '09:00' }, now)).toBe(Date.UTC(2026, 2, 27, 9, 0));
	});

	it('refuses a reminder without a weekday or a valid time', () => {
		expect(() => dailyRoutineIcs(reminder({ weekdays: [] }), now)).toThrow(RangeError);
		expect(() => dailyRoutineIcs(reminder({ time: '25:00' }), now)).toThrow(RangeError);
	});
});

describe('VTIMEZONE', () => {
	it('writes yearly rules for zones that follow them', () => {
		const london = vtimezone('Europe/London', Date.UTC(2026, 5, 1)).join('\n');
		expect(london).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
		expect(london).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
		const ny = vtimezone('America/New_York', Date.UTC(2026, 5, 1)).join('\n');
		expect(ny).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
		expect(ny).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
		const kolkata = vtimezone('Asia/Kolkata', Date.UTC(2026, 5, 1)).join('\n');
		expect(kolkata).toContain('TZOFFSETTO:+0530');
		expect(kolkata).not.toContain('RRULE');
	});
});

describe('spasm schedule', () => {
	it('writes one event with an alarm per application', () => {
		const began = Date.UTC(2026, 2, 20, 8, 0);
		const now = Date.UTC(2026, 2, 22, 9, 0);
		const apps = careSchedule(began, now, { timeZone: 'Europe/London', hours: 48 });
		const ics = careScheduleIcs(apps, now);
		expectWellFormed(ics);
		const events = parse(ics).getAllSubcomponents('vevent');
		expect(events).toHaveLength(apps.length);
		for (const [i, vevent] of events.entries()) {
			const event = new ICAL.Event(vevent);
			const app = apps[i]!;
			expect(event.startDate.toJSDate().getTime()).toBe(app.at);
			expect(event.endDate.toJSDate().getTime()).toBe(app.at + app.minutes * 60_000);
			expect(event.summary).toMatch(
				app.kind === 'ice' ? /^Ice pack, 15 min$/ : /^Heat, up to 20 min$/
			);
			expect(event.description).toContain('cloth');
			const valarm = vevent.getFirstSubcomponent('valarm')!;
			expect(valarm.getFirstPropertyValue('action')).toBe('DISPLAY');
			const trigger = valarm.getFirstPropertyValue('trigger') as ICAL.Duration;
			expect(trigger.toSeconds() === 0).toBe(true);
		}
		expect(ics.match(/TRIGGER:-PT0M\r\n/g)).toHaveLength(apps.length);
		expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
	});
});
