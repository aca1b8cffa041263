/**
 * Links to exactly a routine that was planned or played: its request, the plan page's swaps
 * and the player's Easier and Harder swaps. Apart from `link.ts`, which Today's first visit
 * loads without these.
 */
import type { VariantSwap } from '$lib/progress/types';
import { routineQuery } from './link';
import type { RoutineRequest } from './types';

/**
 * the query string of a routine with the plan page's swaps (item indices, in order) and the
 * player's Easier and Harder swaps (`vary=e3,h5`)
 */
export function queryWithSwaps(
	request: Partial<RoutineRequest>,
	swaps: readonly number[] = [],
	variants: readonly VariantSwap[] = []
): string {
	let query = routineQuery(request);
	if (swaps.length) query += `&swap=${swaps.join(',')}`;
	if (variants.length)
		query += `&vary=${variants.map((v) => (v.which === 'easier' ? 'e' : 'h') + v.item).join(',')}`;
	return query;
}

/** the player's link for exactly the routine a session played: its request and its swaps */
export function replayHref(played: {
	request: RoutineRequest;
	swaps?: readonly number[];
	variants?: readonly VariantSwap[];
}): string {
	return `/play?${queryWithSwaps(played.request, played.swaps, played.variants)}`;
}
