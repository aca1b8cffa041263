import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RoutineKind } from '$lib/routine/types';
import {
	activityLevel,
	calendar,
	CALENDAR_WEEKS,
	currentDayStreak,
	dayKey,
	dayKeyToNumber,
	dayNumberToKey,
	longestDayStreak,
	summarize,
	totals,
	weekKey,
	weeklyStreak
} from './stats';
import type { SessionRecord } from './types';

const DAY = 86_400_000;
const NY = 'America/New_York';
const LONDON = 'Europe/London';
const TOKYO = 'Asia/Tokyo';
const UTC = 'UTC';

let ids = 0;
function session(
	startedAt: number,
	opts: { kind?: RoutineKind; completedSec?: number } = {}
): SessionRecord {
	const kind = opts.kind ?? 'core';
	const completedSec = opts.completedSec ?? 600;
	return {
		id: `s${ids++}`,
		kind,
		request: {
			kind,
			minutes: 10,
			level: 'beginner',
			step: 2,
			backFriendly: true,
			equipment: ['mat'],
			focus: [],
			avoid: [],
			lowImpact: false,
			without: [],
			hold: 'normal',
			seed: 'test'
		},
		startedAt,
		endedAt: startedAt + completedSec * 1000,
		tzOffsetMin: 0,
		plannedSec: completedSec,
		completedSec,
		exercisesCompleted: [],
		status: 'completed'
	};
}

/** an instant from an ISO string with an explicit offset: independent of the code under test */
const at = (iso: string) => Date.parse(iso);
const sessionsAt = (...isos: string[]) => isos.map((iso) => session(at(iso)));

/** a reference day key straight from Intl, without the module's offset cache */
const referenceFormats = new Map<string, Intl.DateTimeFormat>();
function referenceKey(ts: number, timeZone: string): string {
	let format = referenceFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		referenceFormats.set(timeZone, format);
	}
	const parts = format.formatToParts(ts);
	const get = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** consecutive 'YYYY-MM-DD' dates from `first`, `n` of them */
function dates(first: string, n: number): string[] {
	const start = Date.parse(`${first}T00:00:00Z`);
	return Array.from({ length: n }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 10));
}

/** London's UTC offset suffix for a local date in 2024 (BST from 31 March to 26 October) */
const londonOffset2024 = (date: string, time: string) =>
	(date > '2024-03-31' || (date === '2024-03-31' && time >= '02:00')) &&
	(date < '2024-10-27' || (date === '2024-10-27' && time < '01:00'))
		? '+01:00'
		: 'Z';
const london = (date: string, time: string) =>
	at(`${date}T${time}:00${londonOffset2024(date, time)}`);

describe('dayKey and weekKey', () => {
	it('puts 23:30 in New York on a different day in UTC and Tokyo', () => {
		const ts = at('2024-03-09T23:30:00-05:00');
		expect(dayKey(ts, NY)).toBe('2024-03-09');
		expect(dayKey(ts, UTC)).toBe('2024-03-10');
		expect(dayKey(ts, TOKYO)).toBe('2024-03-10');
	});

	it('splits days exactly at local midnight', () => {
		const midnight = at('2024-07-01T00:00:00+01:00');
		expect(dayKey(midnight, LONDON)).toBe('2024-07-01');
		expect(dayKey(midnight - 1, LONDON)).toBe('2024-06-30');
		expect(dayKey(midnight, UTC)).toBe('2024-06-30');
	});

	it('gives a daylight-saving day 23 or 25 hours, still as one day', () => {
		// sample every 15 minutes around both 2024 transitions and count hours per local day
		const hoursPerDay = (from: string, to: string) => {
			const counts = new Map<string, number>();
			for (let ts = at(from); ts < at(to); ts += 15 * 60_000) {
				const key = dayKey(ts, LONDON);
				counts.set(key, (counts.get(key) ?? 0) + 0.25);
			}
			return counts;
		};
		const march = hoursPerDay('2024-03-30T00:00:00Z', '2024-04-01T23:00:00Z');
		expect([...march.entries()]).toEqual([
			['2024-03-30', 24],
			['2024-03-31', 23],
			['2024-04-01', 24]
		]);
		const october = hoursPerDay('2024-10-26T00:00:00+01:00', '2024-10-29T00:00:00Z');
		expect([...october.entries()]).toEqual([
			['2024-10-26', 24],
			['2024-10-27', 25],
			['2024-10-28', 24]
		]);
	});

	it('agrees with Intl for any instant in awkward zones', () => {
		const zonesToTry = [
			UTC,
			NY,
			LONDON,
			TOKYO,
			'Australia/Lord_Howe', // half-hour DST
			'Asia/Kathmandu', // +05:45
			'America/St_Johns', // −03:30 with DST
			'Pacific/Apia', // skipped 30 December 2011
			'Pacific/Chatham'
		];
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
				fc.constantFrom(...zonesToTry),
				(ts, tz) => {
					expect(dayKey(ts, tz)).toBe(referenceKey(ts, tz));
				}
			),
			{ numRuns: 3000 }
		);
		// zones whose summer time is suspended for Ramadan change twice within about a month:
		// walk them every 5 h (never aligned with midnight) for a quarter of a century
		for (const tz of ['Africa/Casablanca', 'Africa/Cairo', 'Asia/Gaza']) {
			let wrong = 0;
			for (let ts = Date.UTC(2005, 0, 1); ts < Date.UTC(2030, 0, 1); ts += 5 * 3_600_000) {
				if (dayKey(ts, tz) !== referenceKey(ts, tz)) wrong++;
			}
			expect(wrong).toBe(0);
		}
		// the day Samoa skipped
		const before = at('2011-12-29T23:59:59-10:00');
		expect(dayKey(before, 'Pacific/Apia')).toBe('2011-12-29');
		expect(dayKey(before + 1000, 'Pacific/Apia')).toBe('2011-12-31');
	});

	it('round-trips day keys and numbers', () => {
		for (const key of ['1970-01-01', '2000-02-29', '2024-12-31', '2038-01-19']) {
			expect(dayNumberToKey(dayKeyToNumber(key))).toBe(key);
		}
		expect(dayKeyToNumber('2024-1-1')).toBeNaN();
	});

	it('uses ISO weeks starting on Monday, numbered by their Thursday', () => {
		// Sunday 31 March 2024 at 23:30 UTC is already Monday 1 April in London
		const ts = at('2024-03-31T23:30:00Z');
		expect(weekKey(ts, UTC)).not.toBe(weekKey(ts, LONDON));
		expect(weekKey(ts, LONDON)).toBe(weekKey(at('2024-04-01T12:00:00+01:00'), LONDON));
		expect(weekKey(ts, UTC)).toBe(weekKey(at('2024-03-25T00:00:00Z'), UTC));
		// a week of 7 days containing a 23-hour Sunday is still one week
		const week = dates('2024-03-25', 7).map((d) => weekKey(london(d, '12:00'), LONDON));
		expect(new Set(week).size).toBe(1);
		expect(weekKey(london('2024-03-24', '23:59'), LONDON)).not.toBe(week[0]);
		// ISO years differ from calendar years at the edges
		expect(weekKey(at('2024-12-30T12:00:00Z'), UTC)).toBe('2025-W01');
		expect(weekKey(at('2021-01-03T12:00:00Z'), UTC)).toBe('2020-W53');
		expect(weekKey(at('2021-01-04T12:00:00Z'), UTC)).toBe('2021-W01');
	});
});

describe('currentDayStreak', () => {
	it('is 0 without sessions', () => {
		expect(currentDayStreak([], Date.now(), LONDON)).toBe(0);
		expect(longestDayStreak([], Date.now(), LONDON)).toBe(0);
	});

	it('counts local days, which depend on the zone', () => {
		// in New York these are the evening of the 8th and the morning of the 9th
		const sessions = sessionsAt('2024-03-08T23:30:00-05:00', '2024-03-09T08:00:00-05:00');
		const now = at('2024-03-09T20:00:00-05:00');
		expect(currentDayStreak(sessions, now, NY)).toBe(2);
		// in UTC and Tokyo both fall on the 9th, and "now" is already the 10th
		expect(currentDayStreak(sessions, now, UTC)).toBe(1);
		expect(currentDayStreak(sessions, now, TOKYO)).toBe(1);
	});

	it('is not broken by today not being done yet', () => {
		const days = dates('2024-05-01', 5);
		const sessions = days.map((d) => session(at(`${d}T07:00:00Z`)));
		const tomorrow = dates(days[days.length - 1] as string, 2)[1] as string;
		const dayAfter = dates(tomorrow, 2)[1] as string;
		expect(currentDayStreak(sessions, at(`${tomorrow}T21:00:00Z`), UTC)).toBe(days.length);
		expect(currentDayStreak(sessions, at(`${tomorrow}T00:00:00Z`), UTC)).toBe(days.length);
		// one more today extends it; a whole day missed ends it
		const today = [...sessions, session(at(`${tomorrow}T20:00:00Z`))];
		expect(currentDayStreak(today, at(`${tomorrow}T21:00:00Z`), UTC)).toBe(days.length + 1);
		expect(currentDayStreak(sessions, at(`${dayAfter}T00:00:00Z`), UTC)).toBe(0);
	});

	it('counts a day once however many sessions it has, and restarts after a rest day', () => {
		const sessions = sessionsAt(
			'2024-05-01T07:00:00Z',
			'2024-05-02T07:00:00Z',
			// 3 May rested
			'2024-05-04T07:00:00Z',
			'2024-05-04T12:00:00Z',
			'2024-05-04T23:59:59Z',
			'2024-05-05T00:00:00Z'
		);
		expect(currentDayStreak(sessions, at('2024-05-05T10:00:00Z'), UTC)).toBe(2);
		expect(longestDayStreak(sessions, at('2024-05-05T10:00:00Z'), UTC)).toBe(2);
	});

	it('ignores sessions dated after today', () => {
		const sessions = sessionsAt('2024-05-01T07:00:00Z', '2024-05-03T07:00:00Z');
		expect(currentDayStreak(sessions, at('2024-05-01T09:00:00Z'), UTC)).toBe(1);
	});

	it('runs through the March daylight-saving change (a 23-hour day)', () => {
		const days = dates('2024-03-25', 12); // to 5 April, across Sunday 31 March
		const sessions = days.map((d) => session(london(d, '00:30')));
		const now = london(days[days.length - 1] as string, '18:00');
		expect(currentDayStreak(sessions, now, LONDON)).toBe(days.length);
		// counted in UTC, the 00:30 BST sessions fall on the evening before: two on 31 March
		// and today (5 April) not yet done
		expect(currentDayStreak(sessions, now, UTC)).toBe(days.length - 1);
	});

	it('runs through the October change (a 25-hour day)', () => {
		const days = dates('2024-10-20', 12); // to 31 October, across Sunday 27 October
		const sessions = days.map((d) => session(london(d, '23:30')));
		const now = london(days[days.length - 1] as string, '23:45');
		expect(currentDayStreak(sessions, now, LONDON)).toBe(days.length);
		// 00:30 BST and 23:30 GMT on the 27th are 24 h apart and still the same day
		const early = london('2024-10-27', '00:30');
		const late = london('2024-10-27', '23:30');
		expect(late - early).toBe(DAY);
		expect(dayKey(early, LONDON)).toBe(dayKey(late, LONDON));
		expect(dayKey(early, UTC)).not.toBe(dayKey(late, UTC));
	});
});

describe('weeklyStreak', () => {
	// Wednesday 19 June 2024, midday in London
	const now = london('2024-06-19', '12:00');
	const weekOf = (monday: string, ...offsets: number[]) =>
		offsets.map((o) => session(london(dates(monday, o + 1)[o] as string, '18:00')));
	const pastWeeks = [
		...weekOf('2024-05-27', 0, 2, 4), // Mon, Wed, Fri: rest days between
		...weekOf('2024-06-03', 1, 3, 5, 6),
		...weekOf('2024-06-10', 0, 3, 6)
	];
	const thisWeek = weekOf('2024-06-17', 0);

	it('is zero for no sessions', () => {
		expect(weeklyStreak([], 3, now, LONDON)).toEqual({
			current: 0,
			best: 0,
			thisWeekDays: 0,
			goalDays: 3
		});
	});

	it('survives rest days, and an unfinished current week does not break it', () => {
		const streak = weeklyStreak([...pastWeeks, ...thisWeek], 3, now, LONDON);
		expect(streak).toEqual({ current: 3, best: 3, thisWeekDays: 1, goalDays: 3 });
	});

	it('counts the current week as soon as it meets the goal', () => {
		const more = [...pastWeeks, ...thisWeek, ...weekOf('2024-06-17', 1, 2)];
		expect(weeklyStreak(more, 3, now, LONDON)).toMatchObject({ current: 4, thisWeekDays: 3 });
	});

	it('counts distinct days, not sessions', () => {
		const sameDay = weekOf('2024-06-10', 0, 0, 0, 3);
		expect(weeklyStreak(sameDay, 3, now, LONDON).current).toBe(0);
		expect(weeklyStreak(sameDay, 2, now, LONDON).current).toBe(1);
	});

	it('is broken by a past week below the goal, while best remembers', () => {
		const broken = [...pastWeeks.slice(0, 7), ...weekOf('2024-06-10', 0, 3)];
		expect(weeklyStreak(broken, 3, now, LONDON)).toMatchObject({ current: 0, best: 2 });
		expect(weeklyStreak(broken, 2, now, LONDON)).toMatchObject({ current: 3, best: 3 });
	});

	it('puts a Sunday-night session in the week of its local date', () => {
		// Sunday 16 June 23:30 in New York is Monday 17 June in UTC
		const sunday = session(at('2024-06-16T23:30:00-04:00'));
		const inNy = weeklyStreak([...weekOf('2024-06-10', 0, 3), sunday], 3, now, NY);
		const inUtc = weeklyStreak([...weekOf('2024-06-10', 0, 3), sunday], 3, now, UTC);
		expect(inNy).toMatchObject({ current: 1, thisWeekDays: 0 });
		expect(inUtc).toMatchObject({ current: 0, thisWeekDays: 1 });
	});

	it('keeps a week with a 23-hour Sunday whole', () => {
		const week = [
			session(london('2024-03-25', '00:30')),
			session(london('2024-03-27', '12:00')),
			session(london('2024-03-31', '23:30'))
		];
		const wednesday = london('2024-04-03', '12:00');
		expect(weeklyStreak(week, 3, wednesday, LONDON)).toMatchObject({
			current: 1,
			thisWeekDays: 0
		});
	});

	it('keeps the goal within 1–7 days', () => {
		expect(weeklyStreak(pastWeeks, 0, now, LONDON).goalDays).toBe(1);
		expect(weeklyStreak(pastWeeks, 12, now, LONDON)).toMatchObject({ goalDays: 7, current: 0 });
	});
});

describe('totals', () => {
	// Wednesday 15 May 2024 in London; each fixture says where it belongs in London
	const now = london('2024-05-15', '20:00');
	const fixtures: { ts: number; kind: RoutineKind; sec: number; week: boolean; month: boolean }[] =
		[
			{ ts: london('2024-05-15', '07:00'), kind: 'core', sec: 600, week: true, month: true },
			{ ts: london('2024-05-13', '00:10'), kind: 'daily', sec: 1500, week: true, month: true },
			{ ts: london('2024-05-12', '23:50'), kind: 'stretch', sec: 300, week: false, month: true },
			{ ts: london('2024-05-01', '00:15'), kind: 'warmup', sec: 290, week: false, month: true },
			{ ts: london('2024-04-30', '23:45'), kind: 'core', sec: 610, week: false, month: false },
			{ ts: london('2023-11-02', '09:00'), kind: 'daily', sec: 1440, week: false, month: false }
		];
	const sessions = fixtures.map((f) => session(f.ts, { kind: f.kind, completedSec: f.sec }));
	const sum = (list: typeof fixtures) => ({
		sessions: list.length,
		seconds: list.reduce((s, f) => s + f.sec, 0)
	});

	it('sums this week, this month and everything, overall and by kind', () => {
		const t = totals(sessions, now, LONDON);
		const periods = {
			week: fixtures.filter((f) => f.week),
			month: fixtures.filter((f) => f.month),
			all: fixtures
		};
		for (const [name, list] of Object.entries(periods)) {
			const got = t[name as keyof typeof t];
			expect(got).toMatchObject(sum(list));
			for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
				expect(got.byKind[kind]).toEqual(sum(list.filter((f) => f.kind === kind)));
			}
		}
	});

	it('draws week and month lines at local midnight of the given zone', () => {
		// 00:10 BST on Monday 13 May is still Sunday in UTC; 00:15 BST on 1 May is still April
		const inUtc = totals(sessions, now, UTC);
		const inLondon = totals(sessions, now, LONDON);
		expect(inUtc.week.sessions).toBe(inLondon.week.sessions - 1);
		expect(inUtc.month.sessions).toBe(inLondon.month.sessions - 1);
		expect(inUtc.all).toEqual(inLondon.all);
	});

	it('counts nothing for a bad completedSec, and zeros for no sessions', () => {
		const odd = [session(now, { completedSec: -5 }), session(now, { completedSec: NaN })];
		expect(totals(odd, now, LONDON).all).toMatchObject({ sessions: 2, seconds: 0 });
		const empty = totals([], now, LONDON);
		for (const period of [empty.week, empty.month, empty.all]) {
			expect(period.sessions + period.seconds).toBe(0);
			expect(Object.values(period.byKind).every((k) => k.sessions === 0)).toBe(true);
		}
	});
});

describe('calendar', () => {
	const now = london('2024-06-19', '12:00');
	const sessions = [
		...dates('2024-06-01', 19).map((d, i) =>
			session(london(d, '08:00'), { completedSec: i * 150 })
		),
		session(london('2024-06-18', '21:00'), { completedSec: 1800 }),
		session(london('2023-06-20', '08:00')), // the first cell's week is a few days later
		session(london('2022-01-01', '08:00')) // long before the grid
	];
	const grid = calendar(sessions, now, LONDON);
	const cells = grid.weeks.flat();

	it('is 53 weeks of 7 days, Monday first, ending with the week of today', () => {
		expect(grid.weeks).toHaveLength(CALENDAR_WEEKS);
		for (const week of grid.weeks) {
			expect(week).toHaveLength(7);
			expect(new Date(`${week[0]?.date}T00:00:00Z`).getUTCDay()).toBe(1);
		}
		expect(cells.map((c) => c.date)).toEqual(dates(grid.start, CALENDAR_WEEKS * 7));
		expect(grid.today).toBe(dayKey(now, LONDON));
		const todayAt = cells.findIndex((c) => c.date === grid.today);
		expect(todayAt).toBeGreaterThan((CALENDAR_WEEKS - 1) * 7 - 1);
		expect(cells.map((c) => c.future)).toEqual(cells.map((_, i) => i > todayAt));
		// it covers at least the last 12 months
		expect(grid.start <= dayKey(now - 365 * DAY, LONDON)).toBe(true);
	});

	it('counts sessions and seconds on their local days', () => {
		for (const cell of cells) {
			const mine = sessions.filter((s) => dayKey(s.startedAt, LONDON) === cell.date);
			expect(cell.count).toBe(mine.length);
			expect(cell.seconds).toBe(mine.reduce((sum, s) => sum + s.completedSec, 0));
		}
		const inGrid = sessions.filter((s) => dayKey(s.startedAt, LONDON) >= grid.start);
		expect(cells.reduce((n, c) => n + c.count, 0)).toBe(inGrid.length);
	});

	it('grades days 0–4, rising with the minutes done', () => {
		for (const cell of cells) {
			expect(cell.level).toBe(activityLevel(cell.count, cell.seconds));
			expect(cell.level === 0).toBe(cell.count === 0);
		}
		const active = cells.filter((c) => c.count > 0).sort((a, b) => a.seconds - b.seconds);
		for (let i = 1; i < active.length; i++) {
			expect((active[i] as (typeof active)[0]).level).toBeGreaterThanOrEqual(
				(active[i - 1] as (typeof active)[0]).level
			);
		}
		expect(new Set(active.map((c) => c.level))).toEqual(new Set([1, 2, 3, 4]));
	});

	it('is all empty for no sessions', () => {
		const empty = calendar([], now, LONDON).weeks.flat();
		expect(empty).toHaveLength(CALENDAR_WEEKS * 7);
		expect(empty.every((c) => c.count === 0 && c.level === 0)).toBe(true);
	});
});

describe('summarize', () => {
	it('agrees with the individual functions', () => {
		const now = at('2024-06-19T12:00:00+01:00');
		const sessions = dates('2024-04-01', 80)
			.filter((_, i) => i % 3 !== 1)
			.map((d, i) => session(at(`${d}T19:00:00+01:00`), { completedSec: 60 * (i % 45) }));
		const s = summarize(sessions, { now, goalDays: 4, timeZone: LONDON });
		expect(s.dayStreak).toBe(currentDayStreak(sessions, now, LONDON));
		expect(s.longestDayStreak).toBe(longestDayStreak(sessions, now, LONDON));
		expect(s.weekly).toEqual(weeklyStreak(sessions, 4, now, LONDON));
		expect(s.totals).toEqual(totals(sessions, now, LONDON));
		expect(s.calendar).toEqual(calendar(sessions, now, LONDON));
	});

	// speed is measured by `npm run bench` (stats.bench.ts), never asserted: machines are shared
	it('summarises 10,000 sessions spread over six years', () => {
		const now = at('2025-01-15T12:00:00+11:00');
		const kinds = ['warmup', 'core', 'stretch', 'daily'] as const;
		// about five sessions a day for six years, at scattered times
		const sessions = Array.from({ length: 10_000 }, (_, i) =>
			session(now - Math.floor((i * 7_919_573) % (6 * 365 * DAY)), {
				kind: kinds[i % 4],
				completedSec: (i * 37) % 2400
			})
		);
		const s = summarize(sessions, { now, goalDays: 3, timeZone: 'Australia/Sydney' });
		expect(s.totals.all.sessions).toBe(sessions.length);
		expect(s.totals.all.seconds).toBe(sessions.reduce((n, x) => n + x.completedSec, 0));
	});
});
