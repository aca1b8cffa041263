/** Local calendar days as whole numbers since 1970-01-01, from a fixed UTC offset. */

export const DAY_MS = 86_400_000;

/** the local day of an instant, given Date#getTimezoneOffset at that instant */
export function localDay(ms: number, tzOffsetMin: number): number {
	return Math.floor((ms - tzOffsetMin * 60_000) / DAY_MS);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** the day number of a YYYY-MM-DD date, or null when it is not one */
export function dateDay(date: string): number | null {
	const m = DATE.exec(date);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
		return null;
	return ms / DAY_MS;
}

export function dayDate(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

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
