/** When Today asks the morning question, and the date a check-in is stored under. */
import { dayDate, localDay } from './days';
import type { ProgrammeCheckin } from './types';

/** today's local date, YYYY-MM-DD, the key of today's check-in */
export function checkinDate(now: number, tzOffsetMin: number): string {
	return dayDate(localDay(now, tzOffsetMin));
}

/**
 * Ask "How is your back this morning, compared with usual?" only the day after a day with a
 * session (the next-morning response of the pain-monitoring model), and only until it is
 * answered for the day.
 */
export function checkinDue(
	sessions: readonly { endedAt: number; tzOffsetMin?: number }[],
	checkins: readonly ProgrammeCheckin[],
	now: number,
	tzOffsetMin: number
): boolean {
	const today = localDay(now, tzOffsetMin);
	if (checkins.some((c) => c.date === dayDate(today))) return false;
	return sessions.some((s) => localDay(s.endedAt, s.tzOffsetMin ?? tzOffsetMin) === today - 1);
}
