/**
 * Easier and Harder in the player (issue 14): an exercise's next easier or harder version from
 * the catalogue (`Exercise.easier`, `harder`) takes its place for the rest of the routine, in
 * the same time, so the total stays exact and every other item stays as it was.
 */
import type { Exercise } from '$lib/catalogue/types';
import { allowedOfKind, defaultCatalogue } from './catalogue';
import type { Catalogue } from './catalogue';
import { trySwap } from './swap';
import type { Routine, RoutineResult } from './types';

export type Variant = 'easier' | 'harder';

/**
 * The version an item's Easier or Harder button would swap in: the catalogue's next one, if
 * the request allows it (equipment, back-friendly, exercises avoided and movements ruled out)
 * and the routine does not have it already.
 */
export function variantOf(
	routine: Routine,
	index: number,
	which: Variant,
	cat: Catalogue = defaultCatalogue
): Exercise | undefined {
	const item = routine.items[index];
	const current = item && cat.byId.get(item.exerciseId);
	const id = current?.[which];
	const next = id === undefined ? undefined : cat.byId.get(id);
	if (!item || !next) return undefined;
	if (routine.items.some((it) => it.exerciseId === next.id)) return undefined;
	if (!allowedOfKind(cat, item.section, routine.request).some((e) => e.id === next.id)) {
		return undefined;
	}
	// back-friendly: never two forward bends in a row
	const flexAt = (i: number) => {
		const it = routine.items[i];
		return it !== undefined && cat.byId.get(it.exerciseId)?.back === 'flex';
	};
	if (
		next.back === 'flex' &&
		routine.request.backFriendly &&
		(flexAt(index - 1) || flexAt(index + 1))
	)
		return undefined;
	return next;
}

/** the routine with item `index` swapped for its easier or harder version, in the same time */
export function swapVariant(
	routine: Routine,
	index: number,
	which: Variant,
	cat: Catalogue = defaultCatalogue
): RoutineResult {
	const next = variantOf(routine, index, which, cat);
	const swapped = next && trySwap(routine, index, next, cat, false);
	if (swapped) return { ok: true, routine: swapped };
	return {
		ok: false,
		error: {
			code: 'no-alternative',
			message: `There is no ${which} version of this exercise to swap in here.`
		}
	};
}
