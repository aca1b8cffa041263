/**
 * The generator's numbers that are not a property of one exercise: the ranges of the time
 * between pieces of work (request defaults and minutes per kind are in `minutes.ts`). Dose numbers come from the
 * catalogue (`DOSE_RULES`, each exercise's `dose`); these are the glue around them.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Kind, Level } from '$lib/catalogue/types';

/** a whole-second quantity the generator may set anywhere from `min` to `max`, ideally `def` */
export interface Span {
	readonly min: number;
	readonly def: number;
	readonly max: number;
}

export const span = (min: number, def: number, max: number): Span => ({ min, def, max });

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
