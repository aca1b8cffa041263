/**
 * The numeric rules derived from the published guidance (CONTENT.md §2); the guidance itself,
 * summarised, is in `guideline-notes.ts`.
 */

/** inclusive range of whole numbers */
export interface Range {
	readonly min: number;
	readonly max: number;
}

/**
 * Numeric rules for doses and routines. Each names its source; "(rule)" marks this project's
 * decision built on the sources (CONTENT.md §2). The catalogue's default dose is the full
 * dose: a short routine may trim sets or holds, never beyond these ranges.
 */
export const DOSE_RULES = {
	// ---- stretching ----
	/** ACSM: 10–30 s for most adults, 30–60 s may help older adults */
	stretchHoldSec: { min: 10, max: 60 },
	/** (rule) the hold range a catalogue stretch may span: at least 20 s, at most 60 s */
	catalogueStretchHoldSec: { min: 20, max: 60 },
	/** (rule) default hold, the middle of ACSM's range for most adults */
	stretchDefaultHoldSec: 30,
	/** (rule) beginners: short, comfortable holds within ACSM's range */
	beginnerStretchHoldSec: { min: 20, max: 30 },
	/** (rule) older-adult option, from ACSM's 30–60 s */
	olderAdultStretchHoldSec: { min: 45, max: 60 },
	/** Harvard (summarising ACSM): about 60 s accumulated per muscle group and side */
	stretchTotalPerSideSec: { min: 60, max: 90 },
	/** Mayo Clinic: 2–4 repetitions per side */
	stretchSetsPerSide: { min: 2, max: 4 },
	/** (rule) a stretch done as slow repetitions (cat-camel, knee rolls, press-ups) */
	stretchReps: { min: 5, max: 10 },
	/** (rule) the default stretch routine length */
	stretchDefaultMinutes: 10,

	// ---- warm-up ----
	/** Mayo Clinic: 5–10 minutes */
	warmupMinutes: { min: 5, max: 10 },
	/** NHS beginner routine: knee lifts 30 s up to marching 3 min */
	warmupTimedSec: { min: 30, max: 180 },
	/** NHS: shoulder rolls 2 × 10, knee bends × 10; (rule) 4–20 repetitions per side or set */
	warmupReps: { min: 4, max: 20 },
	/** Behm & Chaouachi 2011: static holds inside a warm-up at most 30 s per muscle… */
	warmupStaticHoldMaxSec: 30,
	/** …and under 90 s in all */
	warmupStaticTotalMaxSec: 90,
	/** (rule) share of warm-up time per RAMP phase (Jeffreys 2007) */
	rampShare: {
		raise: { min: 0.4, max: 0.5 },
		activateMobilise: { min: 0.35, max: 0.45 },
		potentiate: { min: 0, max: 0.2 }
	},

	// ---- core ----
	/** (rule) core routine length */
	coreMinutes: { min: 8, max: 15 },
	/** McGill (secondary): isometric holds of about 10 s; (rule) beginners 5 s */
	coreIsometricHoldSec: { min: 5, max: 10 },
	/** McGill (secondary): descending pyramid 6-4-2 → 8-6-4 → 10-8-6; (rule) by level */
	pyramids: {
		beginner: [6, 4, 2],
		intermediate: [6, 4, 2],
		advanced: [8, 6, 4],
		/** the next step once the advanced pyramid is easy for the weakest exercise */
		advancedNext: [10, 8, 6]
	},
	/** (rule) hold per pyramid repetition by level */
	pyramidHoldSec: { beginner: 5, intermediate: 10, advanced: 10 },
	/** the smallest and largest pyramid step: a big-three dose's reps range */
	pyramidReps: { min: 2, max: 10 },
	/** McGill 2009: cat-camel, 5–6 slow cycles */
	catCamelCycles: { min: 5, max: 6 },
	/** (rule) planks and other static core holds */
	plankHoldSec: { min: 10, max: 30 },
	/** NHS inform / CSP: start at about 5 repetitions, build slowly; (rule) cap at 15 */
	coreReps: { min: 5, max: 15 },
	/** (rule) continuous core moves such as the standing brace march */
	coreTimedSec: { min: 30, max: 90 },
	/** (rule) about two breaths between held pyramid repetitions */
	restBetweenRepsSec: { min: 4, max: 8 },
	/** (rule) between the steps of a pyramid */
	restBetweenPyramidStepsSec: { min: 15, max: 30 },
	/** (rule) between core exercises */
	restBetweenExercisesSec: { min: 30, max: 60 },

	// ---- any repetition ----
	/** (rule) time a repetition takes beyond its hold: controlled, never rushed or stalled */
	secPerRepBeyondHold: { min: 1, max: 8 }
} as const;
