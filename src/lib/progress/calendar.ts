/**
 * The activity calendar: the last 53 ISO weeks (a year and a bit), Monday first, ending with
 * the week of today.
 *
 * Pure TypeScript: no DOM, no Svelte, no IndexedDB.
 */
import { scanSessions, type DayIndex } from './activity';
import { dayNumberToKey, localTimeZone, mondayOf } from './days';
import type { SessionRecord } from './types';

export const CALENDAR_WEEKS = 53;

/**
 * Minutes a day needs for levels 2, 3 and 4 (level 1 is any session). Fixed rather than
 * relative to the busiest day, so a colour means the same thing month after month.
 */
export const LEVEL_MINUTES = [10, 20, 40] as const;

export type ActivityLevel = 0 | 1 | 2 | 3 | 4;

export interface CalendarDay {
	/** 'YYYY-MM-DD' */
	date: string;
	count: number;
	seconds: number;
	level: ActivityLevel;
	/** after today: part of this week's column, nothing to show yet */
	future: boolean;
}

export interface CalendarGrid {
	/** first day (a Monday) and today, 'YYYY-MM-DD' */
	start: string;
	today: string;
	/** `CALENDAR_WEEKS` columns of 7 days, Monday first, oldest first */
	weeks: CalendarDay[][];
}

export function activityLevel(count: number, seconds: number): ActivityLevel {
	if (count <= 0) return 0;
	const minutes = seconds / 60;
	if (minutes >= LEVEL_MINUTES[2]) return 4;
	if (minutes >= LEVEL_MINUTES[1]) return 3;
	if (minutes >= LEVEL_MINUTES[0]) return 2;
	return 1;
}

export function calendarFromIndex(index: DayIndex): CalendarGrid {
	const first = mondayOf(index.today) - (CALENDAR_WEEKS - 1) * 7;
	const weeks: CalendarDay[][] = [];
	for (let w = 0; w < CALENDAR_WEEKS; w++) {
		const week: CalendarDay[] = [];
		for (let d = 0; d < 7; d++) {
			const day = first + w * 7 + d;
			const future = day > index.today;
			const tally = future ? undefined : index.days.get(day);
			const count = tally?.sessions ?? 0;
			const seconds = tally?.seconds ?? 0;
			week.push({
				date: dayNumberToKey(day),
				count,
				seconds,
				level: activityLevel(count, seconds),
				future
			});
		}
		weeks.push(week);
	}
	return { start: dayNumberToKey(first), today: dayNumberToKey(index.today), weeks };
}

export function calendar(
	sessions: readonly SessionRecord[],
	now: number,
	timeZone: string = localTimeZone()
): CalendarGrid {
	return calendarFromIndex(scanSessions(sessions, now, timeZone).index);
}
