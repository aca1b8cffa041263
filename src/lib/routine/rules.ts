/**
 * The generator's numbers that are not a property of one exercise: request defaults, minutes
 * per kind, and the ranges of the time between pieces of work. Dose numbers come from the
 * catalogue (`DOSE_RULES`, each exercise's `dose`); these are the glue around them.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Kind, Level } from '$lib/catalogue/types';
import type { RoutineKind } from './types';

/** a whole-second quantity the generator may set anywhere from `min` to `max`, ideally `def` */
export interface Span {
	readonly min: number;
	readonly def: number;
	readonly max: number;
}

export const span = (min: number, def: number, max: number): Span => ({ min, def, max });

/** minutes when the request gives none (DESIGN.md, routine URL table) */
export const DEFAULT_MINUTES: Record<RoutineKind, number> = {
	warmup: 5,
	core: 10,
	stretch: 10,
	daily: 25
};

/**
 * Whole minutes a request may ask for, per kind (the static outer range; a back-friendly core
 * routine also has a level-dependent floor, see `minutesRange`).
 * - warm-up 3–15: Mayo's 5–10 with some room either side; beyond 15 min the raise phase
 *   would need more continuous moves than the catalogue has (RAMP shares must still hold).
 * - core 6–30: CONTENT.md's 8–15 widened; McGill's big three with the level's pyramid take
 *   about 10 min (beginner) to 15 min (intermediate), so back-friendly core starts there.
 * - stretch 3–40: a 3-minute plan covers the first regions by priority, 10 min covers all
 *   nine, and long plans add holds (up to three per side, 90 s) and the optional regions.
 * - daily 15–60: a short warm-up, the core floor and a short stretch.
 */
export const MINUTES_LIMITS: Record<RoutineKind, { min: number; max: number }> = {
	warmup: { min: 3, max: 15 },
	core: { min: 6, max: 30 },
	stretch: { min: 3, max: 40 },
	daily: { min: 15, max: 60 }
};

/** the get-ready countdown before the first exercise */
export const PREPARE_SEC = span(5, 10, 15);

/**
 * from one part of a daily routine to the next (warm-up → core → stretch): a change of place,
 * not a rest between core exercises, so shorter than those
 */
export const PART_LEAD_SEC = span(5, 10, 20);

/** time to get into the next exercise; core uses it as the 30–60 s rest between exercises */
export const TRANSITION_SEC: Record<Kind, Span> = {
	warmup: span(3, 5, 15),
	core: span(
		DOSE_RULES.restBetweenExercisesSec.min,
		DOSE_RULES.restBetweenExercisesSec.min,
		DOSE_RULES.restBetweenExercisesSec.max
	),
	stretch: span(5, 10, 20)
};

/** changing from the left to the right side */
export const SWITCH_SEC: Record<Kind, Span> = {
	warmup: span(2, 3, 5),
	core: span(3, 5, 8),
	stretch: span(3, 5, 8)
};

/** between sets of the same exercise */
export const REST_SEC = {
	warmup: span(3, 5, 10),
	/** about two breaths between pyramid steps (McGill, as described by practitioners) */
	pyramid: span(DOSE_RULES.restBetweenRepsSec.min, 5, DOSE_RULES.restBetweenRepsSec.max),
	core: span(5, 10, 20),
	stretch: span(3, 5, 10)
} as const;

/**
 * Stretch holds by level: beginners 20–30 s (CONTENT.md §2); others may hold up to 40 s in long
 * plans, still inside ACSM's range and the catalogue's 20–60 s. Never beyond the exercise's own.
 */
export const STRETCH_HOLD_SEC: Record<Level, { min: number; max: number }> = {
	beginner: DOSE_RULES.beginnerStretchHoldSec,
	intermediate: { min: 20, max: 40 },
	advanced: { min: 20, max: 40 }
};

/**
 * Holds per side: Mayo says 2–4, Harvard about 60 s in all; at 30 s holds three make 90 s, the
 * top of the catalogue's `stretchTotalPerSideSec`. Short plans may trim to one (the catalogue
 * allows trimming sets).
 */
export const STRETCH_MAX_SETS = Math.min(
	DOSE_RULES.stretchSetsPerSide.max,
	Math.floor(DOSE_RULES.stretchTotalPerSideSec.max / DOSE_RULES.stretchDefaultHoldSec)
);

/** a plan this long (or longer) covers every required stretch region */
export const STRETCH_COVERAGE_MINUTES = DOSE_RULES.stretchDefaultMinutes;

/**
 * Seconds a pyramid repetition takes beyond its hold (getting into position, letting go):
 * the catalogue's own pace by default, never quicker than 2 s, so tight plans can fit.
 */
export const PYRAMID_MIN_SEC_BEYOND_HOLD = Math.max(2, DOSE_RULES.secPerRepBeyondHold.min);

export const LEVEL_RANK: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };
