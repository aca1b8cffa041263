/** The one date-key formatter: a local calendar date as `YYYY-MM-DD`. */
export function formatDateKey(date: Date): string {
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** the `Date` of an instant (epoch ms), for code that takes one */
export const dateAt = (ms: number): Date => new Date(ms);

/** an instant as ISO 8601 UTC */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
