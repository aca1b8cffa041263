/**
 * The published guidance the catalogue and the generator rest on (CONTENT.md §1), and the
 * numeric rules derived from it (CONTENT.md §2). Summaries are our own words.
 */
import type { GuidelineKey } from './types';

export interface Guideline {
	title: string;
	/** the reference, as it would be cited on the About page */
	source: string;
	/** one sentence, our own wording */
	summary: string;
}

export const guidelines: Record<GuidelineKey, Guideline> = {
	'acsm-flexibility': {
		title: 'How long to hold a stretch',
		source: 'ACSM flexibility guidelines (Garber et al., MSSE 2011; ACSM blog, 2021)',
		summary:
			'Most adults gain flexibility from holds of 10 to 30 seconds, older adults may do better with 30 to 60, and stretching at least two or three days a week, ideally daily, works best.'
	},
	'harvard-stretching': {
		title: 'About a minute per muscle group',
		source: 'Harvard Health Publishing, "The ideal stretching routine" (2023)',
		summary:
			'Aim for roughly 60 seconds of stretching per muscle group in total, split into shorter holds such as two of 30 seconds.'
	},
	'mayo-stretching': {
		title: 'Stretch gently, when warm',
		source: 'Mayo Clinic, "Stretching and flexibility" (2024) and "A guide to basic stretches"',
		summary:
			'Stretch after exercise while the muscles are warm, ease into mild tension without pain or bouncing, keep breathing, and repeat two to four times per side.'
	},
	'mayo-warmup': {
		title: 'Warm up for 5 to 10 minutes',
		source: 'Mayo Clinic, "Aerobic exercise: How to warm up and cool down"',
		summary:
			'Start with large muscle groups at an easy pace, then move the way your session will, until you are slightly sweaty but not tired.'
	},
	ramp: {
		title: 'Raise, activate, mobilise, potentiate',
		source: 'Jeffreys, "Warm-up revisited: the RAMP method", UKSCA 2007',
		summary:
			'A warm-up first raises heart rate and body temperature, then wakes up and loosens the muscles and joints, then rehearses the session at rising intensity.'
	},
	'nhs-warmup': {
		title: 'A simple beginner warm-up',
		source: 'NHS Live Well, "How to warm up before exercising" (archived)',
		summary:
			'Marching on the spot, heel digs, knee lifts, shoulder rolls and knee bends make an easy, equipment-free warm-up for beginners.'
	},
	'static-in-warmup': {
		title: 'Short static stretches in a warm-up are fine',
		source: 'Behm & Chaouachi, Eur J Appl Physiol 2011; Blazevich et al., MSSE 2018',
		summary:
			'Brief static holds of up to about 30 seconds inside a dynamic warm-up do no measurable harm, while long holds can blunt power.'
	},
	'mcgill-big-three': {
		title: "McGill's big three",
		source: 'McGill, Phys Ther 1998; McGill, Strength Cond J 2010',
		summary:
			'The curl-up, side bridge and bird dog train the trunk muscles to hold the spine steady while keeping the load on it low.'
	},
	'axler-mcgill': {
		title: 'Curl-ups over sit-ups',
		source: 'Axler & McGill, MSSE 1997',
		summary:
			'Of twelve abdominal exercises measured, the partial curl-up gave the most abdominal work for the least squeezing of the lower spine.'
	},
	'mcgill-dose': {
		title: 'Short holds in a descending pyramid',
		source: "McGill's method as described by practitioners (secondary sources)",
		summary:
			'Hold each repetition for about 10 seconds, do fewer repetitions in each set (such as 6, 4, 2), and only progress once your weakest exercise has caught up.'
	},
	'mcgill-cat-camel': {
		title: 'Cat-camel for gentle spine motion',
		source: 'McGill, Best Health (2009)',
		summary:
			'Five or six slow cycles of rounding and hollowing the back on hands and knees move the spine without loading it.'
	},
	'nhs-back-exercises': {
		title: 'Build up back exercises slowly',
		source:
			'NHS inform, "Exercises for back pain"; Chartered Society of Physiotherapy, "Exercise advice for back pain"',
		summary:
			'Begin with about five repetitions and add one or two every few days, stop if symptoms get worse or new pain appears, and get advice if there is no improvement after two weeks.'
	},
	'mcgill-risky': {
		title: 'Moves we leave out',
		source: 'McGill; Axler & McGill, MSSE 1997; Harvard Health on sit-ups and planks',
		summary:
			'Full sit-ups, the superman, double straight-leg raises and fast twisting with a rounded back load the spine heavily, and gentler moves such as planks train the same muscles.'
	},
	'flexion-caution': {
		title: 'Forward bending: flagged, not banned',
		source: 'Mayo Clinic; McGill; NHS inform; Chartered Society of Physiotherapy',
		summary:
			"Knee-to-chest and child's pose appear in common back-care sheets, but they can irritate a back that dislikes bending forward, and knee-to-chest, like other loaded forward bends and twists, is best avoided with osteoporosis."
	}
};

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
