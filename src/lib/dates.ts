/** `n` as at least `width` digits */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The one date-key formatter: a calendar date (month 1–12) as `YYYY-MM-DD`. */
export const dateKey = (year: number, month: number, day: number): string =>
	`${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** a `Date`'s local calendar date as `YYYY-MM-DD` */
export function formatDateKey(date: Date): string {
	return dateKey(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** the `Date` of an instant (epoch ms), for code that takes one */
export const dateAt = (ms: number): Date => new Date(ms);

/** an instant as ISO 8601 UTC */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
