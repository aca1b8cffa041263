/**
 * The generator's view of the catalogue: the exercises grouped for quick filtering. Passed in
 * explicitly so tests can run the generator against small hand-made catalogues too.
 */
import {
	exercises as allExercises,
	isFloorExercise,
	OPTIONAL_STRETCH_REGIONS,
	REQUIRED_STRETCH_REGIONS
} from '$lib/catalogue';
import type { Exercise, Kind, RegionId } from '$lib/catalogue/types';
import { LEVEL_RANK } from './rules';
import type { RoutineRequest, Without } from './types';

/** the back flag each `without` option rules out */
export const WITHOUT_FLAG = { flexion: 'flex', extension: 'ext', rotation: 'rot' } as const;

/** does this exercise do a movement the request rules out? */
export function isRuledOut(e: Exercise, without: readonly Without[]): boolean {
	for (const w of without) {
		if (w === 'floor' ? isFloorExercise(e) : e.back === WITHOUT_FLAG[w]) return true;
	}
	return false;
}

export interface Catalogue {
	readonly exercises: readonly Exercise[];
	readonly byId: ReadonlyMap<string, Exercise>;
	readonly byKind: Readonly<Record<Kind, readonly Exercise[]>>;
	/** every stretch plan covers these, in priority order */
	readonly requiredRegions: readonly RegionId[];
	/** stretch regions added when time allows, in priority order */
	readonly optionalRegions: readonly RegionId[];
}

export function makeCatalogue(
	exercises: readonly Exercise[],
	requiredRegions: readonly RegionId[] = REQUIRED_STRETCH_REGIONS,
	optionalRegions: readonly RegionId[] = OPTIONAL_STRETCH_REGIONS
): Catalogue {
	const byKind: Record<Kind, Exercise[]> = { warmup: [], core: [], stretch: [] };
	for (const e of exercises) byKind[e.kind].push(e);
	return {
		exercises,
		byId: new Map(exercises.map((e) => [e.id, e])),
		byKind,
		requiredRegions,
		optionalRegions
	};
}

/** the app's catalogue */
export const defaultCatalogue: Catalogue = makeCatalogue(allExercises);

/**
 * May this exercise appear in a routine for this request? `exclude` never; equipment, level,
 * the avoid list, the movements ruled out and low impact always; back-friendly also rules out
 * impact. (The flex rule depends on neighbours and is applied when ordering.)
 */
export function isAllowed(e: Exercise, request: RoutineRequest): boolean {
	if (e.back === 'exclude') return false;
	if (e.back === 'impact' && (request.backFriendly || request.lowImpact)) return false;
	if (LEVEL_RANK[e.level] > LEVEL_RANK[request.level]) return false;
	if (!e.equipment.every((q) => request.equipment.includes(q))) return false;
	if (request.without.length > 0 && isRuledOut(e, request.without)) return false;
	return !request.avoid.includes(e.id);
}

/** the allowed exercises of one kind */
export function allowedOfKind(cat: Catalogue, kind: Kind, request: RoutineRequest): Exercise[] {
	return cat.byKind[kind].filter((e) => isAllowed(e, request));
}
