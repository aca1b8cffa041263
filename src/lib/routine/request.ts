/**
 * Requests: defaults for omitted fields and one canonical form, so that the same choices (in
 * any order) give the same routine and the same URL. Checking a request is `normalise.ts`.
 */
import { EQUIPMENT, REGIONS } from '$lib/catalogue/types';
import { formatDateKey } from '$lib/dates';
import type { Equipment, RegionId } from '$lib/catalogue/types';
import { DEFAULT_MINUTES } from './minutes';
import { WITHOUT } from './types';
import type { RoutineKind, RoutineRequest, Without } from './types';

/** today's local date as YYYY-MM-DD: the default seed, so each day has its own routine */
export function todaySeed(date: Date = new Date()): string {
	return formatDateKey(date);
}

/** titles for headings and lists */
export const ROUTINE_KIND_LABELS: Record<RoutineKind, string> = {
	daily: 'Daily routine',
	warmup: 'Warm-up',
	core: 'Core',
	stretch: 'Stretch'
};

/** what the plan form and Settings call each movement that can be left out */
export const WITHOUT_LABELS: Record<Without, string> = {
	flexion: 'Bending forward',
	extension: 'Arching back',
	rotation: 'Twisting',
	floor: 'Getting down to the floor'
};

/** the long-holds option, as the plan form and Settings name it */
export const LONG_HOLDS_LABEL = 'Long stretch holds (45–60 s)';

/** names inside sentences ("A core routine needs…") */
export const KIND_NAMES: Record<RoutineKind, string> = {
	warmup: 'warm-up',
	core: 'core routine',
	stretch: 'stretch',
	daily: 'daily routine'
};

/** the defaults of every field but the seed (which is today's date) */
export function defaultRequest(
	kind: RoutineKind = 'daily',
	seed: string = todaySeed()
): RoutineRequest {
	return {
		kind,
		minutes: DEFAULT_MINUTES[kind],
		level: 'beginner',
		step: 2,
		backFriendly: true,
		equipment: ['mat'],
		focus: [],
		avoid: [],
		lowImpact: false,
		without: [],
		hold: 'normal',
		seed
	};
}

/** canonical order: equipment, focus and without as in their lists, avoid sorted; no repeats */
export function canonicalEquipment(list: readonly Equipment[]): Equipment[] {
	return EQUIPMENT.filter((q) => list.includes(q));
}
export function canonicalFocus(list: readonly RegionId[]): RegionId[] {
	return REGIONS.filter((r) => list.includes(r));
}
export function canonicalWithout(list: readonly Without[]): Without[] {
	return WITHOUT.filter((w) => list.includes(w));
}
export function canonicalAvoid(list: readonly string[]): string[] {
	return [...new Set(list)].sort();
}
