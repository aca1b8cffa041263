/** Domain types of progress records. Pure TypeScript: no DOM, no Svelte, no IndexedDB. */
import type { Equipment, Level } from '$lib/catalogue/types';
import type { HoldLength, RoutineKind, RoutineRequest, Without } from '$lib/routine/types';

export type SessionStatus = 'completed' | 'partial';

/**
 * An Easier or Harder swap made in the player (issue 14): the item number, in the routine as
 * it stood then, and which way. Replayed in order after the plan page's swaps.
 */
export interface VariantSwap {
	item: number;
	which: 'easier' | 'harder';
}

/** one played routine, written once when it ends (idempotent by id) */
export interface SessionRecord {
	/** random id (crypto.randomUUID), stable across export and import */
	id: string;
	kind: RoutineKind;
	/** the full request, so the routine can be rebuilt and replayed */
	request: RoutineRequest;
	/** the plan page's swaps as played (item indices, in order): request plus swaps is the routine */
	swaps?: number[];
	/** epoch milliseconds */
	startedAt: number;
	endedAt: number;
	/**
	 * the user's UTC offset in minutes at the start (Date#getTimezoneOffset): the programme
	 * reads it for the session's local day (`programme/evaluate.ts`, `programme/checkin.ts`),
	 * and the CSV writes it
	 */
	tzOffsetMin: number;
	plannedSec: number;
	completedSec: number;
	/** ids of the exercises whose work was finished, in order */
	exercisesCompleted: string[];
	status: SessionStatus;
	/** 1–5, optional */
	rating?: number;
	note?: string;
	/** pain before and after, whole 0–10 */
	painBefore?: number;
	painAfter?: number;
	/** per exercise id: how it felt */
	feedback?: Record<string, 'too-hard' | 'right' | 'too-easy'>;
	/** the player's Easier and Harder swaps as played, in order: replayed by Play again */
	variants?: VariantSwap[];
}

/** the routine being played, saved so a reload can resume it */
export interface ActiveSession {
	id: string;
	request: RoutineRequest;
	/** the plan page's swaps, as in `SessionRecord` */
	swaps?: number[];
	/** epoch ms when play started */
	startedAt: number;
	/** routine time in ms reached when saved */
	elapsedMs: number;
	/** epoch ms of the save: a reload soon after a save while playing resumes where it was */
	savedAt: number;
	/** paused when saved (else playing) */
	paused: boolean;
	/** shown on the play page's "Unfinished routine" card ("2 exercises done") */
	exercisesCompleted: string[];
	/**
	 * routine-time ranges (ms) jumped over with Next (the player clock's `skipped`), so that
	 * completed seconds and exercises stay exact after a resume; absent in older saves
	 */
	skipped?: { fromMs: number; toMs: number }[];
	/** "How is your back right now?" before Start, kept for the record (issue 14) */
	painBefore?: number;
	/** the player's Easier and Harder swaps so far, as in `SessionRecord` */
	variants?: VariantSwap[];
	/** the exercises Easier (too hard) and Harder (too easy) swapped out so far */
	tooHard?: string[];
	tooEasy?: string[];
}

export interface Settings {
	level: Level;
	equipment: Equipment[];
	backFriendly: boolean;
	minutes: { warmup: number; core: number; stretch: number; daily: number };
	cues: { voice: boolean; sound: boolean; vibration: boolean };
	/** days a week that make the weekly goal, 1–7 */
	weeklyGoal: number;
	/** movements left out of every routine by default (the request's `without`) */
	without: Without[];
	/** stretch holds by default: `long` is the older-adult 45–60 s */
	hold: HoldLength;
	/**
	 * "Exercises I don't want" (exercise ids, sorted): left out of Today's, the programme's and
	 * a bare plan's routines (the request's `avoid`)
	 */
	avoid: string[];
}

/** a morning check-in: how the back feels compared with yesterday, one per local day */
export interface Checkin {
	/** the local date, `YYYY-MM-DD` */
	date: string;
	compared: 'better' | 'same' | 'worse';
}

export const DEFAULT_SETTINGS: Settings = {
	level: 'beginner',
	equipment: ['mat'],
	backFriendly: true,
	minutes: { warmup: 5, core: 10, stretch: 10, daily: 25 },
	cues: { voice: true, sound: true, vibration: true },
	weeklyGoal: 3,
	without: [],
	hold: 'normal',
	avoid: []
};
