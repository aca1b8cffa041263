/** small display helpers shared by the History components */
import type { RoutineKind } from '$lib/routine/types';

export { ROUTINE_KIND_LABELS as KIND_TITLES } from '$lib/routine/request';

/** the order of the totals table */
export const KIND_ORDER: readonly RoutineKind[] = ['daily', 'warmup', 'core', 'stretch'];

/** "25 min", or whole hours past two hours ("41 h"), so all-time totals stay narrow */
export function minutesText(seconds: number): string {
	const minutes = Math.round(seconds / 60);
	return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
