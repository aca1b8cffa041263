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

export const FLEX_CAUTION =
	'Bends the back forward: skip it if forward bending aggravates your back.';
/** (Mayo Clinic) loaded forward bends and twists are best avoided with osteoporosis */
export const OSTEO_CAUTION = 'Not advised if you have osteoporosis.';
export const FLEX_OSTEO_CAUTION = `${FLEX_CAUTION} ${OSTEO_CAUTION}`;
export const ROT_CAUTION =
	'Twist only as far as is comfortable; skip it if twisting aggravates your back.';
export const ROT_OSTEO_CAUTION = `${ROT_CAUTION} ${OSTEO_CAUTION}`;
export const SIDE_CAUTION =
	'Bend sideways only as far as is comfortable; skip it if it aggravates your back.';
export const IMPACT_CAUTION =
	'Impact move: skip it if jumping or jogging jars your back or joints, and march instead.';
export const NECK_CAUTION =
	'Move slowly and gently. No neck circles, and do not tip your head back.';
export const WRIST_CAUTION = 'Keep it mild: stop if you feel tingling or numbness in the hand.';
