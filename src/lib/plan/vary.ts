/**
 * The player's Easier and Harder swaps in a routine URL (`vary=e3,h5`, issue 14), replayed
 * after the plan page's swaps, so History's Play again plays exactly what was played. The
 * player's alone: the plan page shows and links the routine of its request and swaps.
 */
import type { VariantSwap } from '$lib/progress/types';
import { swapVariant } from '$lib/routine/variant';
import { MAX_VARIANTS } from '$lib/storage/records';
import { routineFromQuery, routineWithSwaps, type RoutineFromQuery } from './url';

export interface PlayFromQuery extends RoutineFromQuery {
	/** the Easier and Harder swaps replayed (those that could be) */
	variants: VariantSwap[];
}

/** `vary=e3,h5`: Easier at item 3, then Harder at item 5 */
export function parseVariants(value: string | null, warnings: string[]): VariantSwap[] {
	if (!value) return [];
	const out: VariantSwap[] = [];
	const parts = value.split(',');
	if (parts.length > MAX_VARIANTS) {
		warnings.push(`Only the first ${MAX_VARIANTS} easier or harder changes are made.`);
	}
	for (const part of parts.slice(0, MAX_VARIANTS)) {
		const m = /^([eh])(\d{1,3})$/.exec(part);
		if (m) out.push({ item: Number(m[2]), which: m[1] === 'e' ? 'easier' : 'harder' });
		else warnings.push(`Ignored the change "${part}": not an easier or harder exercise.`);
	}
	return out;
}

/** the routine with its Easier and Harder swaps made in order; one that cannot be is a warning */
export function withVariants(
	from: RoutineFromQuery,
	variants: readonly VariantSwap[]
): PlayFromQuery {
	let result = from.result;
	const applied: VariantSwap[] = [];
	for (const v of variants) {
		if (!result.ok) break;
		const swapped = swapVariant(result.routine, v.item, v.which);
		if (swapped.ok) {
			result = swapped;
			applied.push({ item: v.item, which: v.which });
		} else from.warnings.push(swapped.error.message);
	}
	return { ...from, variants: applied, result };
}

/** what `/play?…` plays: the URL's request, its swaps, then its Easier and Harder swaps */
export function playFromQuery(params: URLSearchParams): PlayFromQuery {
	const from = routineFromQuery(params);
	return withVariants(from, parseVariants(params.get('vary'), from.warnings));
}

/** a saved routine (a resume slot): its request, swaps, and Easier and Harder swaps */
export function playedRoutine(played: {
	request: RoutineFromQuery['request'];
	swaps?: readonly number[];
	variants?: readonly VariantSwap[];
}): PlayFromQuery {
	return withVariants(routineWithSwaps(played.request, played.swaps ?? []), played.variants ?? []);
}
