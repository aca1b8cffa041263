/**
 * Streaks over local calendar days and ISO weeks.
 *
 * Days are counted on the local date a session started (see `activity.ts`), so a
 * daylight-saving day of 23 or 25 hours is one day like any other. Days after today (a clock
 * set wrong, records from another device) never extend a streak.
 *
 * Pure TypeScript: no DOM, no Svelte, no IndexedDB.
 */
import { scanSessions, type DayIndex } from './activity';
import { localTimeZone, mondayOf, type DayNumber } from './days';
import type { SessionRecord } from './types';

export interface WeeklyStreak {
	/** consecutive weeks that met the goal, up to this week (or last week while this one is in progress) */
	current: number;
	/** the longest such run ever */
	best: number;
	/** distinct active days so far this week */
	thisWeekDays: number;
	goalDays: number;
}

/** consecutive active days ending today, or yesterday while today is still open */
export function dayStreakFromIndex(index: DayIndex): number {
	const { days, today } = index;
	let day = days.has(today) ? today : today - 1;
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day--;
	}
	return streak;
}

/** the longest run of consecutive active days up to today */
export function longestDayStreakFromIndex(index: DayIndex): number {
	const sorted = [...index.days.keys()].filter((d) => d <= index.today).sort((a, b) => a - b);
	return longestRun(sorted, 1);
}

/**
 * Weeks where distinct active days reach the goal, counted backwards from this week. Rest
 * days never matter, only how many days each week had. This week counts once it meets the
 * goal; until then it is in progress and neither counts nor breaks the streak.
 */
export function weeklyStreakFromIndex(index: DayIndex, goalDays: number): WeeklyStreak {
	const goal = Math.min(7, Math.max(1, Math.round(goalDays) || 1));
	const thisWeek = mondayOf(index.today);
	const perWeek = new Map<DayNumber, number>();
	for (const day of index.days.keys()) {
		if (day > index.today) continue;
		const monday = mondayOf(day);
		perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
	}
	const met = (monday: DayNumber) => (perWeek.get(monday) ?? 0) >= goal;

	let week = met(thisWeek) ? thisWeek : thisWeek - 7;
	let current = 0;
	while (met(week)) {
		current++;
		week -= 7;
	}
	const metWeeks = [...perWeek.keys()].filter(met).sort((a, b) => a - b);
	return {
		current,
		best: Math.max(current, longestRun(metWeeks, 7)),
		thisWeekDays: perWeek.get(thisWeek) ?? 0,
		goalDays: goal
	};
}

/** longest run of sorted values that follow each other at `step` */
function longestRun(sorted: readonly number[], step: number): number {
	let best = 0;
	let run = 0;
	let prev = NaN;
	for (const v of sorted) {
		run = v - prev === step ? run + 1 : 1;
		if (run > best) best = run;
		prev = v;
	}
	return best;
}

export function currentDayStreak(
	sessions: readonly SessionRecord[],
	now: number,
	timeZone: string = localTimeZone()
): number {
	return dayStreakFromIndex(scanSessions(sessions, now, timeZone).index);
}

export function longestDayStreak(
	sessions: readonly SessionRecord[],
	now: number,
	timeZone: string = localTimeZone()
): number {
	return longestDayStreakFromIndex(scanSessions(sessions, now, timeZone).index);
}

export function weeklyStreak(
	sessions: readonly SessionRecord[],
	goalDays: number,
	now: number,
	timeZone: string = localTimeZone()
): WeeklyStreak {
	return weeklyStreakFromIndex(scanSessions(sessions, now, timeZone).index, goalDays);
}
