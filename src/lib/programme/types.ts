/**
 * Types of the programme: what it reads (structural, so stored session records, check-ins and
 * settings fit as they are) and what it returns. Pure TypeScript: no DOM, no Svelte.
 */

export type Level = 'beginner' | 'intermediate' | 'advanced';
export type Step = 1 | 2 | 3;

/** one rung of the ladder: beginner 1 … advanced 3 */
export interface Rung {
	level: Level;
	step: Step;
}

export type Feedback = 'too-hard' | 'right' | 'too-easy';
export type Compared = 'better' | 'same' | 'worse';

/** what the programme reads of a session record */
export interface ProgrammeSession {
	kind: string;
	/** the request it was played from; a missing step is step 2 (records before steps) */
	request: { level: string; step?: number };
	status: string;
	plannedSec: number;
	completedSec: number;
	/** epoch ms */
	endedAt: number;
	/**
	 * the user's UTC offset at the start (Date#getTimezoneOffset), for the session's local day;
	 * without it, today's offset
	 */
	tzOffsetMin?: number;
	/** whole 0–10, optional */
	painAfter?: number;
	/** exercise id → how it felt, optional */
	feedback?: Readonly<Record<string, string>>;
}

/** a morning check-in: one a day */
export interface ProgrammeCheckin {
	/** local date, YYYY-MM-DD */
	date: string;
	compared: Compared;
}

/**
 * Pain bands on the 0–10 scale, as upper bounds: green is 0…greenMax, amber greenMax+1…amberMax,
 * red amberMax+1…10. Silbernagel's model, 0–3 / 4–5 / 6–10 by default.
 */
export interface PainBands {
	greenMax: number;
	amberMax: number;
}

export interface ProgrammeSettings {
	/** off: Today uses the settings' level at step 2, as before the programme */
	enabled: boolean;
	/** where the programme starts: the settings' level, or the rung set by hand */
	level: Level;
	step?: Step;
	/** epoch ms when the level and step were set by hand: the count restarts there */
	since?: number | null;
	bands?: PainBands;
}

export interface ProgrammeInput {
	sessions: readonly ProgrammeSession[];
	checkins: readonly ProgrammeCheckin[];
	/** start times (epoch ms) of care episodes begun on /care */
	episodes: readonly number[];
	settings: ProgrammeSettings;
	/** epoch ms */
	now: number;
	/** the UTC offset now (Date#getTimezoneOffset), for today's date */
	tzOffsetMin: number;
}

export type ChangeCause = 'up' | 'red' | 'worse' | 'too-hard' | 'flare-up';

/** one step change, for History */
export interface StepChange {
	/** local date the change took effect, YYYY-MM-DD */
	date: string;
	from: Rung;
	to: Rung;
	cause: ChangeCause;
	/** one sentence */
	reason: string;
	/** for an up: the local dates of the first and last of the three sessions it rests on */
	basis?: { from: string; to: string };
}

export type ProgrammeMode = 'off' | 'programme' | 'flare-up';

export interface ProgrammeResult {
	mode: ProgrammeMode;
	/** the rung the next routine is played at */
	rung: Rung;
	/** the next request's level and step for each kind (one ladder for all of them) */
	requests: Record<'warmup' | 'core' | 'stretch' | 'daily', Rung>;
	/** why, in one sentence */
	reason: string;
	/** where the programme started: the rung, and the date set by hand (null: from the start) */
	start: { rung: Rung; date: string | null };
	/** every change, oldest first */
	changes: StepChange[];
	/** sessions that count toward the next step up (0–3) */
	easySessions: number;
	/** end of the flare-up care window (epoch ms), while it lasts */
	flareUntil: number | null;
	/** a recent pain of 7 or more: offer the red-flag check and the care page */
	offerRedFlagCheck: boolean;
}
