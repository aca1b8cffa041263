/**
 * Routine URLs as the pages use them: the contract's parameters (parseRoutineQuery) plus
 * `swap`, the item indices swapped on the plan page, in order. Replaying the swaps over the
 * generated routine gives exactly the routine that was on screen, so a plan URL and its
 * Start link show and play the same exercises. (The player's `vary` is `vary.ts`'s.) The plan
 * page itself reads its URL with `swaps.ts` and loads the swap code when it needs it. Pure
 * TypeScript.
 */
import { swapExercise } from '$lib/routine/swap';
import type { RoutineRequest } from '$lib/routine/types';
import { parsePlanQuery, replaySwaps, type RoutineFromQuery } from './swaps';

export { parseSwaps, type RoutineFromQuery } from './swaps';

export function routineFromQuery(params: URLSearchParams): RoutineFromQuery {
	return replaySwaps(parsePlanQuery(params), swapExercise);
}

/** the routine of a request with its swaps replayed; a swap that cannot be made is a warning */
export function routineWithSwaps(
	request: RoutineRequest,
	swaps: readonly number[],
	warnings: string[] = []
): RoutineFromQuery {
	return replaySwaps({ request, swaps: [...swaps], warnings }, swapExercise);
}

export { queryWithSwaps } from '$lib/routine/replay';
