/** Domain types of routines. Pure TypeScript: no DOM, no Svelte. */
import type { Equipment, Kind, Level, Mode, RampPhase, RegionId } from '$lib/catalogue/types';

export const ROUTINE_KINDS = ['warmup', 'core', 'stretch', 'daily'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

/** the dose step within a level: 1 gentler, 2 the level's standard dose, 3 harder */
export const STEPS = [1, 2, 3] as const;
export type Step = (typeof STEPS)[number];
/**
 * movements a person can rule out: `flexion`, `extension` and `rotation` leave out every
 * exercise with that back flag (`flex`, `ext`, `rot`); `floor` keeps everything standing or on
 * a chair
 */
export const WITHOUT = ['flexion', 'extension', 'rotation', 'floor'] as const;
export type Without = (typeof WITHOUT)[number];

/** stretch holds: `long` is the older-adult option of 45–60 s (ACSM) */
export const HOLDS = ['normal', 'long'] as const;
export type HoldLength = (typeof HOLDS)[number];

/** a seed: short and URL-safe */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** everything that determines a routine: the same request always gives the same routine */
export interface RoutineRequest {
	kind: RoutineKind;
	/** whole minutes, 1–60 */
	minutes: number;
	level: Level;
	/** the dose step within the level (issue 14's programme); 2 when a link has none */
	step: Step;
	backFriendly: boolean;
	/** what the user has; nothing is always available */
	equipment: Equipment[];
	focus: RegionId[];
	/** exercise ids never to include */
	avoid: string[];
	lowImpact: boolean;
	/** movements ruled out (URL `without=`); none by default */
	without: Without[];
	/** stretch hold length (URL `hold=long`); `normal` by default */
	hold: HoldLength;
	/** short string; defaults to today's local date (YYYY-MM-DD) */
	seed: string;
}

export type Side = 'left' | 'right';

export type SegmentType = 'prepare' | 'work' | 'switch' | 'rest' | 'transition';

/** one stretch of time in playing order; a timeline's durations add up to minutes × 60 */
export interface Segment {
	type: SegmentType;
	/** whole seconds, > 0 */
	durationSec: number;
	/** the exercise this segment belongs to (work, switch, rest) or leads into (prepare, transition) */
	exerciseId?: string;
	/** index into `routine.items` */
	itemIndex?: number;
	side?: Side;
	/** 1-based set (hold or pyramid step) and how many there are, for work segments */
	set?: number;
	sets?: number;
	/** repetitions to do in this work segment, for reps exercises (1 for a paced held rep) */
	reps?: number;
	/**
	 * paced held repetitions (McGill's pyramid): this rep's number in its set and how many the
	 * set has; on a work segment the rep being held, on a relax `rest` the rep just let go
	 */
	rep?: number;
	repsInSet?: number;
	/** a transition (or prepare) that changes between standing and the floor */
	change?: PositionChange;
}

/** getting down to the floor, or back up from it */
export type PositionChange = 'down' | 'up';

/**
 * One exercise in a routine with the concrete dose chosen for it. Playing it: for each set,
 * the work (left then right when `perSide`, with a `switch` between), a `rest` between sets.
 * All durations are whole seconds.
 */
export interface RoutineItem {
	exerciseId: string;
	/** which part of the routine it belongs to (a daily routine has all three, in order) */
	section: Kind;
	mode: Mode;
	/** worked one side at a time: every set is done left, then right, for the same time */
	perSide: boolean;
	/** sets (holds, pyramid steps or rounds), each per side when `perSide` */
	sets: number;
	/** hold: seconds per hold; reps: the isometric hold inside each rep (0 for none); timed: 0 */
	holdSec: number;
	/** reps: repetitions per set in order, e.g. [6, 4, 2] for a pyramid; [] otherwise */
	reps: number[];
	/** reps: seconds one repetition takes, hold included (paced: the hold alone); 0 otherwise */
	secPerRep: number;
	/**
	 * paced: every repetition is its own held `work` segment of `holdSec`, with a relax `rest`
	 * of `relaxSec` (about two breaths) between repetitions
	 */
	paced: boolean;
	/** paced: seconds to relax between held repetitions; 0 otherwise */
	relaxSec: number;
	/** timed: seconds per set (and side); 0 otherwise */
	workSec: number;
	/** between sets; 0 with one set */
	restSec: number;
	/** between the left and the right side of a set; 0 when not one-sided */
	switchSec: number;
	/** the transition leading into this item; 0 for the first item (the prepare countdown leads in) */
	transitionSec: number;
	/** the lead-in (transition, or the countdown for the first item) changes position */
	change?: PositionChange;
	/** the region this item was chosen for: swap alternatives share it */
	region: RegionId;
	/** chosen for (or given extra time for) one of the request's focus regions */
	focus: boolean;
	/** dosed as McGill's descending pyramid */
	pyramid: boolean;
	/** RAMP phase, for warm-up items */
	ramp?: RampPhase;
}

/** one part of a routine: a daily routine has a warm-up, a core and a stretch part */
export interface RoutinePart {
	section: Kind;
	/** index of the part's first item, and one past its last */
	start: number;
	end: number;
	/** seconds the part takes in the timeline (the prepare countdown counts to the first part) */
	seconds: number;
}

export interface Routine {
	/** the normalised, complete request: the routine is a pure function of it */
	request: RoutineRequest;
	items: RoutineItem[];
	/** the get-ready countdown before the first item */
	prepareSec: number;
	parts: RoutinePart[];
	/** = request.minutes × 60 = the sum of the timeline's durations */
	totalSec: number;
	/** the big three's pyramid was shortened from the top to fit: the level's and the one used */
	shortened?: { full: number[]; used: number[] };
	/** required stretch regions the plan had no time (or no exercise) for, in priority order */
	leftOut?: RegionId[];
}

export type RoutineErrorCode =
	| 'invalid-kind'
	| 'invalid-minutes'
	| 'too-short'
	| 'too-long'
	| 'invalid-level'
	| 'invalid-option'
	| 'invalid-equipment'
	| 'invalid-region'
	| 'unknown-exercise'
	| 'invalid-seed'
	| 'region-unavailable'
	| 'no-exercises'
	| 'invalid-index'
	| 'no-alternative'
	| 'internal';

export interface RoutineError {
	code: RoutineErrorCode;
	/** one clear sentence for the UI */
	message: string;
}

export type RoutineResult = { ok: true; routine: Routine } | { ok: false; error: RoutineError };
