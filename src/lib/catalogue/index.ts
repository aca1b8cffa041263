/**
 * Entry point of the exercise catalogue (DESIGN.md, "Domain entry points"): the data, a
 * lookup by id, the stretch region priorities, and user-facing labels. Pure TypeScript.
 */
import { coreMoves } from './data/core';
import { excluded } from './data/excluded';
import { stretches } from './data/stretch';
import { warmups } from './data/warmup';
import type {
	BackFlag,
	Dose,
	Equipment,
	Exercise,
	Kind,
	Level,
	Position,
	RampPhase,
	RegionId
} from './types';

export * from './types';
export { guidelines, DOSE_RULES } from './guidelines';
export type { Guideline, Range } from './guidelines';

/** every exercise, including the `exclude` entries (shown, never generated) */
export const exercises: readonly Exercise[] = [...warmups, ...coreMoves, ...stretches, ...excluded];

const byId = new Map(exercises.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
	return byId.get(id);
}

/** exercises a routine may use: everything but the `exclude` entries */
export function isGeneratable(exercise: Exercise): boolean {
	return exercise.back !== 'exclude';
}

/**
 * done down on the floor (lying, kneeling, or seated on a mat): what `without: floor` leaves
 * out, and where getting up and down takes time
 */
export function isFloorExercise(exercise: Exercise): boolean {
	return (
		exercise.position === 'lying' ||
		exercise.position === 'kneeling' ||
		(exercise.position === 'seated' && exercise.equipment.includes('mat'))
	);
}

/** the stretch regions every plan covers, in priority order (CONTENT.md §2) */
export const REQUIRED_STRETCH_REGIONS = [
	'calves',
	'hamstrings',
	'quadriceps',
	'hip-flexors',
	'glutes',
	'lower-back',
	'chest',
	'shoulders',
	'neck'
] as const satisfies readonly RegionId[];

/** stretch regions used when time allows, in priority order */
export const OPTIONAL_STRETCH_REGIONS = [
	'upper-back',
	'triceps',
	'adductors',
	'forearms'
] as const satisfies readonly RegionId[];

export const REGION_LABELS: Record<RegionId, string> = {
	neck: 'Neck',
	shoulders: 'Shoulders',
	chest: 'Chest',
	'upper-back': 'Upper back',
	'lower-back': 'Lower back',
	abdominals: 'Abdominals',
	obliques: 'Sides of the trunk',
	'hip-flexors': 'Hip flexors',
	glutes: 'Glutes and hips',
	adductors: 'Inner thighs',
	quadriceps: 'Front of the thighs',
	hamstrings: 'Hamstrings',
	calves: 'Calves',
	triceps: 'Triceps',
	forearms: 'Forearms and wrists'
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
	mat: 'Mat',
	wall: 'Wall',
	chair: 'Chair'
};

export const KIND_LABELS: Record<Kind, string> = {
	warmup: 'Warm-up',
	core: 'Core',
	stretch: 'Stretch'
};

export const LEVEL_LABELS: Record<Level, string> = {
	beginner: 'Beginner',
	intermediate: 'Intermediate',
	advanced: 'Advanced'
};

export const POSITION_LABELS: Record<Position, string> = {
	standing: 'Standing',
	kneeling: 'Kneeling',
	seated: 'Seated',
	lying: 'Lying'
};

export const RAMP_LABELS: Record<RampPhase, string> = {
	raise: 'Raise',
	activate: 'Activate',
	mobilise: 'Mobilise',
	potentiate: 'Potentiate'
};

export const BACK_FLAG_LABELS: Record<BackFlag, string> = {
	ok: 'Back-neutral',
	flex: 'Forward bend',
	ext: 'Backward bend',
	rot: 'Twist or side bend',
	impact: 'Impact',
	exclude: 'Left out'
};

/** one short line for the user about what the flag means for their back */
export const BACK_FLAG_NOTES: Record<BackFlag, string> = {
	ok: 'Keeps the spine in a neutral position under a light load.',
	flex: 'Bends the spine forward: skip it if forward bending aggravates your back.',
	ext: 'Arches the lower back: keep it gentle and skip it if arching aggravates your back.',
	rot: 'Twists or side-bends the spine: keep it gentle and skip it if that aggravates your back.',
	impact: 'Involves jumping or jogging: left out of back-friendly and low-impact routines.',
	exclude: 'Loads the spine heavily: never put in a routine, listed only to explain why.'
};

export const regionLabel = (id: RegionId): string => REGION_LABELS[id];
export const equipmentLabel = (id: Equipment): string => EQUIPMENT_LABELS[id];
export const backFlagLabel = (flag: BackFlag): string => BACK_FLAG_LABELS[flag];
export const backFlagNote = (flag: BackFlag): string => BACK_FLAG_NOTES[flag];

/** the default dose in a few words, e.g. "2 × 30 s each side", "6 reps, 10 s hold", "1:30" */
export function doseLabel(dose: Dose, perSide: boolean): string {
	const side = perSide ? ' each side' : '';
	switch (dose.mode) {
		case 'hold':
			return `${dose.sets} × ${dose.holdSec} s${side}`;
		case 'reps':
			return `${dose.reps} reps${side}${dose.holdSec > 0 ? `, ${dose.holdSec} s hold` : ''}`;
		case 'timed':
			return dose.sec < 60
				? `${dose.sec} s`
				: `${Math.floor(dose.sec / 60)}:${String(dose.sec % 60).padStart(2, '0')}`;
	}
}
