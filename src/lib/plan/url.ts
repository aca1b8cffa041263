/**
 * Routine URLs as the pages use them: the contract's parameters (parseRoutineQuery) plus
 * `swap`, the item indices swapped on the plan page, in order, and `vary`, the player's Easier
 * and Harder swaps after them. Replaying the swaps over the generated routine gives exactly
 * the routine that was on screen, so a plan URL and its Start link show and play the same
 * exercises, and History's Play again plays what was played. Pure TypeScript.
 */
import { generateRoutine, parseRoutineQuery, swapExercise } from '$lib/routine';
import { swapVariant } from '$lib/routine/variant';
import type { RoutineRequest, RoutineResult } from '$lib/routine/types';
import type { VariantSwap } from '$lib/progress/types';
import { MAX_SWAPS, swapIndex } from '$lib/storage/records';

export interface RoutineFromQuery {
	request: RoutineRequest;
	swaps: number[];
	/** the Easier and Harder swaps replayed (those that could be) */
	variants: VariantSwap[];
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

/** `vary=e3,h5`: Easier at item 3, then Harder at item 5 */
export function parseVariants(value: string | null, warnings: string[]): VariantSwap[] {
	if (!value) return [];
	const out: VariantSwap[] = [];
	for (const part of value.split(',').slice(0, MAX_SWAPS)) {
		const m = /^([eh])(\d{1,3})$/.exec(part);
		if (m) out.push({ item: Number(m[2]), which: m[1] === 'e' ? 'easier' : 'harder' });
		else warnings.push(`Ignored the change "${part}": not an easier or harder exercise.`);
	}
	return out;
}

export function routineFromQuery(params: URLSearchParams): RoutineFromQuery {
	const { request, warnings } = parseRoutineQuery(params);
	const swaps = parseSwaps(params.get('swap'), warnings);
	const variants = parseVariants(params.get('vary'), warnings);
	return routineWithSwaps(request, swaps, warnings, variants);
}

/**
 * The routine of a request with its plan swaps, then its Easier and Harder swaps, replayed;
 * one that cannot be made is a warning.
 */
export function routineWithSwaps(
	request: RoutineRequest,
	swaps: readonly number[],
	warnings: string[] = [],
	variants: readonly VariantSwap[] = []
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
	const varied: VariantSwap[] = [];
	for (const v of variants) {
		if (!result.ok) break;
		const swapped = swapVariant(result.routine, v.item, v.which);
		if (swapped.ok) {
			result = swapped;
			varied.push({ item: v.item, which: v.which });
		} else warnings.push(swapped.error.message);
	}
	return { request, swaps: applied, variants: varied, warnings, result };
}

export { queryWithSwaps } from '$lib/routine/replay';
