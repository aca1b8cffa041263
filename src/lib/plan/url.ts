/**
 * Routine URLs as the pages use them: the contract's parameters (parseRoutineQuery) plus
 * `swap`, the item indices swapped on the plan page, in order. Replaying the swaps over the
 * generated routine gives exactly the routine that was on screen, so a plan URL and its
 * Start link show and play the same exercises. (The player's `vary` is `vary.ts`'s.) Pure
 * TypeScript.
 */
import { generateRoutine, parseRoutineQuery, swapExercise } from '$lib/routine';
import type { RoutineRequest, RoutineResult } from '$lib/routine/types';
import { MAX_SWAPS, swapIndex } from '$lib/storage/records';

export interface RoutineFromQuery {
	request: RoutineRequest;
	swaps: number[];
	warnings: string[];
	result: RoutineResult;
}

export function parseSwaps(value: string | null, warnings: string[]): number[] {
	if (!value) return [];
	const swaps: number[] = [];
	for (const raw of value.split(',').slice(0, MAX_SWAPS)) {
		const part = raw.trim();
		if (part === '') continue;
		// whole digits (not "0x1", "1e2" or "-0"), then the stored record's rule
		const n = /^\d{1,3}$/.test(part) ? Number(part) : NaN;
		if (swapIndex(n).ok) swaps.push(n);
		else warnings.push(`Ignored the swap "${part.slice(0, 24)}": not an exercise number.`);
	}
	return swaps;
}

export function routineFromQuery(params: URLSearchParams): RoutineFromQuery {
	const { request, warnings } = parseRoutineQuery(params);
	const swaps = parseSwaps(params.get('swap'), warnings);
	return routineWithSwaps(request, swaps, warnings);
}

/** the routine of a request with its swaps replayed; a swap that cannot be made is a warning */
export function routineWithSwaps(
	request: RoutineRequest,
	swaps: readonly number[],
	warnings: string[] = []
): RoutineFromQuery {
	let result = generateRoutine(request);
	const applied: number[] = [];
	for (const index of swaps) {
		if (!result.ok) break;
		const swapped = swapExercise(result.routine, index);
		if (swapped.ok) {
			result = swapped;
			applied.push(index);
		} else warnings.push(swapped.error.message);
	}
	return { request, swaps: applied, warnings, result };
}

export { queryWithSwaps } from '$lib/routine/replay';
