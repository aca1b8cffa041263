/** Small builders and repeated lines for the exercise data: one wording, one place. */
import type { GuidelineKey, HoldDose, RepsDose, TimedDose } from '../types';

/** a static hold; stretches default to 2 × 30 s within 20–60 s (≈60 s per side, Harvard) */
export function hold(holdSec = 30, sets = 2, minSec = 20, maxSec = 60): HoldDose {
	return { mode: 'hold', holdSec, minSec, maxSec, sets };
}

/** repetitions; `secPerRep` includes `holdSec` */
export function reps(
	count: number,
	minReps: number,
	maxReps: number,
	secPerRep: number,
	holdSec = 0
): RepsDose {
	return { mode: 'reps', reps: count, minReps, maxReps, secPerRep, holdSec };
}

/** continuous movement for a time */
export function timed(sec: number, minSec: number, maxSec: number): TimedDose {
	return { mode: 'timed', sec, minSec, maxSec };
}

/** McGill pyramid move: reps span the pyramid steps (2–10), 10 s holds, ~3 s to set up */
export function pyramid(holdSec = 10): RepsDose {
	return reps(6, 2, 10, holdSec + 3, holdSec);
}

export const STRETCH: readonly GuidelineKey[] = [
	'acsm-flexibility',
	'harvard-stretching',
	'mayo-stretching'
];
export const STRETCH_FLEX: readonly GuidelineKey[] = [...STRETCH, 'flexion-caution'];
export const WARMUP: readonly GuidelineKey[] = ['mayo-warmup', 'ramp'];
export const WARMUP_NHS: readonly GuidelineKey[] = [...WARMUP, 'nhs-warmup'];
export const BIG_THREE_KEYS: readonly GuidelineKey[] = ['mcgill-big-three', 'mcgill-dose'];
export const CORE: readonly GuidelineKey[] = ['nhs-back-exercises'];
