/** Local calendar days as whole numbers since 1970-01-01, from a fixed UTC offset. */
import { DAY_MS, dateKeyToDay, dayNumberToKey } from '$lib/progress/days';

export { DAY_MS };

/** the local day of an instant, given Date#getTimezoneOffset at that instant */
export function localDay(ms: number, tzOffsetMin: number): number {
	return Math.floor((ms - tzOffsetMin * 60_000) / DAY_MS);
}

/** the day number of a YYYY-MM-DD date, or null when it is not one */
export const dateDay = dateKeyToDay;

/** the YYYY-MM-DD date of a day number */
export const dayDate = dayNumberToKey;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "today", "yesterday", "tomorrow", a weekday within the week either side, else "3 Nov" */
export function dayName(day: number, today: number): string {
	const diff = day - today;
	if (diff === 0) return 'today';
	if (diff === -1) return 'yesterday';
	if (diff === 1) return 'tomorrow';
	// 1970-01-01 was a Thursday
	if (Math.abs(diff) < 7) return WEEKDAYS[(((day + 4) % 7) + 7) % 7] ?? '';
	const d = new Date(day * DAY_MS);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}
