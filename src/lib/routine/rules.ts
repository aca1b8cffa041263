/**
 * The generator's numbers that are not a property of one exercise: the ranges of the time
 * between pieces of work (request defaults and minutes per kind are in `minutes.ts`). Dose numbers come from the
 * catalogue (`DOSE_RULES`, each exercise's `dose`); these are the glue around them.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Kind, Level } from '$lib/catalogue/types';
import type { HoldLength } from './types';

/** a whole-second quantity the generator may set anywhere from `min` to `max`, ideally `def` */
export interface Span {
	readonly min: number;
	readonly def: number;
	readonly max: number;
}

export const span = (min: number, def: number, max: number): Span => ({ min, def, max });

/** holds and timed work are set in steps of this many seconds, as a person would set them */
export const DOSE_STEP_SEC = 5;

/** the get-ready countdown before the first exercise */
export const PREPARE_SEC = span(5, 10, 15);

/**
 * (rule, CONTENT.md §2) getting between standing and the floor (lying or kneeling): at least
 * 10 s, 15 s in back-friendly mode, rolling onto the side and pushing up with the arms. The
 * countdown before a first exercise on the floor is at least 10 s too.
 */
export const POSITION_CHANGE_SEC = { normal: 10, backFriendly: 15 } as const;

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

/** a lead-in span raised to allow for a change of position of at least `min` seconds */
export function withChange(lead: Span, min: number): Span {
	if (lead.min >= min) return lead;
	return span(min, Math.max(lead.def, min), Math.max(lead.max, min + 10));
}

/** changing from the left to the right side */
export const SWITCH_SEC: Record<Kind, Span> = {
	warmup: span(2, 3, 5),
	core: span(3, 5, 8),
	stretch: span(3, 5, 8)
};

/** between sets of the same exercise */
export const REST_SEC = {
	warmup: span(3, 5, 10),
	/** between the steps of McGill's pyramid (CONTENT.md §2: 15–30 s) */
	pyramid: span(
		DOSE_RULES.restBetweenPyramidStepsSec.min,
		20,
		DOSE_RULES.restBetweenPyramidStepsSec.max
	),
	core: span(5, 10, 20),
	stretch: span(3, 5, 10)
} as const;

/** about two breaths between paced, held repetitions (CONTENT.md §2: 4–8 s) */
export const RELAX_SEC = span(
	DOSE_RULES.restBetweenRepsSec.min,
	5,
	DOSE_RULES.restBetweenRepsSec.max
);

/**
 * Stretch holds by level: beginners 20–30 s (CONTENT.md §2); others may hold up to 40 s in long
 * plans, still inside ACSM's range and the catalogue's 20–60 s. The older-adult option holds
 * 45–60 s at every level. Never beyond the exercise's own range.
 */
export const STRETCH_HOLD_SEC: Record<Level, { min: number; max: number }> = {
	beginner: DOSE_RULES.beginnerStretchHoldSec,
	intermediate: { min: 20, max: 40 },
	advanced: { min: 20, max: 40 }
};

export function stretchHoldRange(level: Level, hold: HoldLength): { min: number; max: number } {
	return hold === 'long' ? DOSE_RULES.olderAdultStretchHoldSec : STRETCH_HOLD_SEC[level];
}

/** (rule) no region is stretched for more than this many seconds a side */
export const STRETCH_REGION_MAX_SEC = DOSE_RULES.stretchTotalPerSideSec.max;

/**
 * Holds per side: Mayo says 2–4, Harvard about 60 s in all; at 30 s holds three make 90 s, the
 * top of the catalogue's `stretchTotalPerSideSec`. Short plans may trim to one (the catalogue
 * allows trimming sets).
 */
export const STRETCH_MAX_SETS = Math.min(
	DOSE_RULES.stretchSetsPerSide.max,
	Math.floor(DOSE_RULES.stretchTotalPerSideSec.max / DOSE_RULES.stretchDefaultHoldSec)
);

/** a standalone stretch this long (or longer) covers every required stretch region */
export const STRETCH_COVERAGE_MINUTES: Record<HoldLength, number> = {
	normal: DOSE_RULES.stretchDefaultMinutes,
	long: 15
};

export const LEVEL_RANK: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };
