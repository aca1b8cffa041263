const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The one date-key formatter: a calendar date (month 1–12) as `YYYY-MM-DD`. */
export const dateKey = (year: number, month: number, day: number): string =>
	`${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** an ISO week as `YYYY-Www` */
export const weekKeyOf = (year: number, week: number): string => `${pad(year, 4)}-W${pad(week)}`;

/** one calendar day, in ms */
export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a day number (whole days since 1970-01-01) */
export function dayNumberToKey(day: number): string {
	const d = new Date(day * DAY_MS);
	return dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** the day number of a `YYYY-MM-DD` date, or null when it is not a real date */
export function dateKeyToDay(key: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const day = Date.UTC(y, mo - 1, d) / DAY_MS;
	return dayNumberToKey(day) === key ? day : null;
}

/** a `Date`'s local calendar date as `YYYY-MM-DD` */
export function formatDateKey(date: Date): string {
	return dateKey(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** the `Date` of an instant (epoch ms), for code that takes one */
export const dateAt = (ms: number): Date => new Date(ms);

/** an instant as ISO 8601 UTC */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
