/**
 * A routine URL's request and its `swap` parameter (the item indices swapped on the plan page,
 * in order), and their replay with a swap function given: the plan page loads the swap code
 * (`$lib/routine/swap`) only for a URL with swaps or the first Swap, so it has none at first.
 * `url.ts` replays with the swap code for everything else. Pure TypeScript.
 */
import { generateRoutine } from '$lib/routine/generate';
import { parseRoutineQuery } from '$lib/routine/query';
import type { Routine, RoutineRequest, RoutineResult } from '$lib/routine/types';
import { MAX_SWAPS, swapIndex } from '$lib/storage/records';

/** a routine URL as read: its request, its swaps (not replayed yet) and what was not understood */
export interface PlanQuery {
	request: RoutineRequest;
	swaps: number[];
	warnings: string[];
}

export interface RoutineFromQuery extends PlanQuery {
	/** the swaps that could be made */
	swaps: number[];
	result: RoutineResult;
}

/** `swapExercise` of `$lib/routine/swap` */
export type SwapFn = (routine: Routine, index: number) => RoutineResult;

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

export function parsePlanQuery(params: URLSearchParams): PlanQuery {
	const { request, warnings } = parseRoutineQuery(params);
	return { request, swaps: parseSwaps(params.get('swap'), warnings), warnings };
}

/**
 * the routine of a request with its swaps replayed by `swap`; a swap that cannot be made is a
 * warning (added to `query.warnings`)
 */
export function replaySwaps(query: PlanQuery, swap: SwapFn): RoutineFromQuery {
	const { request, swaps, warnings } = query;
	let result = generateRoutine(request);
	const applied: number[] = [];
	for (const index of swaps) {
		if (!result.ok) break;
		const swapped = swap(result.routine, index);
		if (swapped.ok) {
			result = swapped;
			applied.push(index);
		} else warnings.push(swapped.error.message);
	}
	return { request, swaps: applied, warnings, result };
}
