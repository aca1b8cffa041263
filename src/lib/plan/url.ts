/**
 * Routine URLs as the pages use them: the contract's parameters (parseRoutineQuery) plus
 * `swap`, the item indices swapped on the plan page, in order. Replaying the swaps over the
 * generated routine gives exactly the routine that was on screen, so a plan URL and its
 * Start link show and play the same exercises. Pure TypeScript.
 */
import { generateRoutine, parseRoutineQuery, swapExercise } from '$lib/routine';
import type { RoutineRequest, RoutineResult } from '$lib/routine/types';

const MAX_SWAPS = 50;

export interface RoutineFromQuery {
	request: RoutineRequest;
	swaps: number[];
	warnings: string[];
	result: RoutineResult;
}

export function parseSwaps(value: string | null, warnings: string[]): number[] {
	if (!value) return [];
	const swaps: number[] = [];
	for (const part of value.split(',').slice(0, MAX_SWAPS)) {
		const n = Number(part);
		if (Number.isInteger(n) && n >= 0) swaps.push(n);
		else warnings.push(`Ignored the swap "${part}": not an exercise number.`);
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
