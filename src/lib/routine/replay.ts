/**
 * Links to exactly a routine that was planned or played: its request and the plan page's
 * swaps. Apart from `link.ts`, which Today's first visit loads without these.
 */
import { routineQuery } from './link';
import type { RoutineRequest } from './types';

/** the query string of a routine with the plan page's swaps (item indices, in order) */
export function queryWithSwaps(
	request: Partial<RoutineRequest>,
	swaps: readonly number[] = []
): string {
	const query = routineQuery(request);
	return swaps.length ? `${query}&swap=${swaps.join(',')}` : query;
}

/** the player's link for exactly the routine a session played: its request and its swaps */
export function replayHref(played: { request: RoutineRequest; swaps?: readonly number[] }): string {
	return `/play?${queryWithSwaps(played.request, played.swaps)}`;
}
