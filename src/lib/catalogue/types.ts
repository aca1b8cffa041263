/** Domain types of the exercise catalogue. Pure TypeScript: no DOM, no Svelte. */

export const KINDS = ['warmup', 'core', 'stretch'] as const;
export type Kind = (typeof KINDS)[number];

export const MODES = ['hold', 'reps', 'timed'] as const;
export type Mode = (typeof MODES)[number];

export const REGIONS = [
	'neck',
	'shoulders',
	'chest',
	'upper-back',
	'lower-back',
	'abdominals',
	'obliques',
	'hip-flexors',
	'glutes',
	'adductors',
	'quadriceps',
	'hamstrings',
	'calves',
	'triceps',
	'forearms'
] as const;
export type RegionId = (typeof REGIONS)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const EQUIPMENT = ['mat', 'wall', 'chair'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/**
 * ok: neutral spine, low load; flex: spinal flexion; ext: extension; rot: rotation;
 * impact: jumps or running; exclude: high-risk loaded flexion or extension, never generated.
 */
export const BACK_FLAGS = ['ok', 'flex', 'ext', 'rot', 'impact', 'exclude'] as const;
export type BackFlag = (typeof BACK_FLAGS)[number];

/** ordered: a stretch routine goes standing → kneeling → seated → lying */
export const POSITIONS = ['standing', 'kneeling', 'seated', 'lying'] as const;
export type Position = (typeof POSITIONS)[number];

/** RAMP warm-up phases (Jeffreys 2007), in playing order */
export const RAMP_PHASES = ['raise', 'activate', 'mobilise', 'potentiate'] as const;
export type RampPhase = (typeof RAMP_PHASES)[number];

/**
 * McGill's "big three" families (curl-up, side bridge, bird dog): the back-friendly core
 * routine takes one member of each, by level, and doses it with a descending pyramid
 * (`DOSE_RULES.pyramids`).
 */
export const BIG_THREE = ['curl-up', 'side-bridge', 'bird-dog'] as const;
export type BigThree = (typeof BIG_THREE)[number];

/** keys of the guideline notes in `guideline-notes.ts`, each naming its source */
export type GuidelineKey =
	| 'acsm-flexibility'
	| 'harvard-stretching'
	| 'mayo-stretching'
	| 'mayo-warmup'
	| 'ramp'
	| 'nhs-warmup'
	| 'static-in-warmup'
	| 'mcgill-big-three'
	| 'axler-mcgill'
	| 'mcgill-dose'
	| 'mcgill-cat-camel'
	| 'nhs-back-exercises'
	| 'mcgill-risky'
	| 'flexion-caution';

/** a static hold, e.g. 30 s; `sets` holds per side (or in all when not one-sided) */
export interface HoldDose {
	mode: 'hold';
	holdSec: number;
	minSec: number;
	maxSec: number;
	sets: number;
}

/** repetitions at a pace; `holdSec` is the isometric hold in each rep (McGill-style), or 0 */
export interface RepsDose {
	mode: 'reps';
	reps: number;
	minReps: number;
	maxReps: number;
	/** seconds one repetition takes, including any hold */
	secPerRep: number;
	holdSec: number;
}

/** continuous movement for a time, e.g. march on the spot 60 s */
export interface TimedDose {
	mode: 'timed';
	sec: number;
	minSec: number;
	maxSec: number;
}

export type Dose = HoldDose | RepsDose | TimedDose;

export interface Exercise {
	/** stable kebab-case id, used in URLs (`avoid`) and stored sessions */
	readonly id: string;
	readonly name: string;
	readonly kind: Kind;
	readonly mode: Mode;
	/** the main target first, then any others it also works */
	readonly regions: readonly RegionId[];
	readonly perSide: boolean;
	readonly level: Level;
	/** what it needs; empty for nothing */
	readonly equipment: readonly Equipment[];
	/** anything else it needs that the equipment choice does not cover, e.g. "a towel or belt" */
	readonly needs?: string;
	readonly back: BackFlag;
	readonly position: Position;
	readonly dose: Dose;
	/** 1 (gentle) to 3 (vigorous); warm-ups only rise in intensity */
	readonly intensity: 1 | 2 | 3;
	/** RAMP phase, for warm-up moves */
	readonly ramp?: RampPhase;
	/** for core moves of McGill's big three: which family, so a routine takes one of each */
	readonly bigThree?: BigThree;
	/**
	 * entries that are the same movement share this (all cat-camel entries are 'cat-camel'):
	 * a routine has each movement at most once
	 */
	readonly movement?: string;
	/** the id of the next easier version in the catalogue, if there is one */
	readonly easier?: string;
	/** the id of the next harder version in the catalogue, if there is one */
	readonly harder?: string;
	/** what it rests on: keys of the notes in `guideline-notes.ts` */
	readonly guidelines: readonly GuidelineKey[];
}

/**
 * How to do an exercise, kept apart from the exercise (`texts/<kind>.ts`): the generator and
 * most pages need only the data above, so only the pages that show these load them
 * (`texts.svelte.ts`)
 */
export interface ExerciseText {
	/** 2–5 short steps, original wording */
	readonly steps: readonly string[];
	/** one thing to focus on */
	readonly cue: string;
	/** for a left-out move (`back: 'exclude'`): why it is left out */
	readonly caution?: string;
}
