/**
 * Progress statistics from session records: day keys, streaks, totals and the calendar.
 * The entry point for pages; `summarize` computes everything in one pass.
 *
 * Pure TypeScript: no DOM, no Svelte, no IndexedDB.
 */
import { scanSessions, type Totals } from './activity';
import { calendarFromIndex, type CalendarGrid } from './calendar';
import { localTimeZone } from './days';
import {
	dayStreakFromIndex,
	longestDayStreakFromIndex,
	weeklyStreakFromIndex,
	type WeeklyStreak
} from './streaks';
import type { SessionRecord } from './types';

export {
	emptyPeriod,
	sessionDay,
	type DayIndex,
	type PeriodTotals,
	type Tally,
	type Totals
} from './activity';
export {
	activityLevel,
	calendar,
	CALENDAR_WEEKS,
	LEVEL_MINUTES,
	type ActivityLevel,
	type CalendarDay,
	type CalendarGrid
} from './calendar';
export {
	dayKey,
	dayKeyToNumber,
	dayNumber,
	dayNumberToKey,
	isoWeekKey,
	localTimeZone,
	weekKey,
	type DayNumber
} from './days';
export { currentDayStreak, longestDayStreak, weeklyStreak, type WeeklyStreak } from './streaks';

/** totals for this week, this month and all time, overall and by routine kind */
export function totals(
	sessions: readonly SessionRecord[],
	now: number,
	timeZone: string = localTimeZone()
): Totals {
	return scanSessions(sessions, now, timeZone).totals;
}

export interface ProgressSummary {
	timeZone: string;
	dayStreak: number;
	longestDayStreak: number;
	weekly: WeeklyStreak;
	totals: Totals;
	calendar: CalendarGrid;
}

/** everything the Today and History pages show, from a single pass over the sessions */
export function summarize(
	sessions: readonly SessionRecord[],
	opts: { now: number; goalDays: number; timeZone?: string }
): ProgressSummary {
	const timeZone = opts.timeZone ?? localTimeZone();
	const { index, totals } = scanSessions(sessions, opts.now, timeZone);
	return {
		timeZone,
		dayStreak: dayStreakFromIndex(index),
		longestDayStreak: longestDayStreakFromIndex(index),
		weekly: weeklyStreakFromIndex(index, opts.goalDays),
		totals,
		calendar: calendarFromIndex(index)
	};
}
