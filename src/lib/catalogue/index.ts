/**
 * Entry point of the exercise catalogue (DESIGN.md, "Domain entry points"): the data, a
 * lookup by id, the stretch region priorities, and user-facing labels. Pure TypeScript.
 */
import { coreMoves } from './data/core';
import { excluded } from './data/excluded';
import { stretches } from './data/stretch';
import { warmups } from './data/warmup';
import { formatDuration } from '$lib/routine/format';
import type { Dose, Exercise, RegionId } from './types';

export * from './types';
// the labels sit in a module of their own: a page that shows only labels (Settings) does not
// load the exercises with them
export * from './labels';
// the exercises' texts and the guideline notes are not here: only the pages that show them
// load them (`texts.svelte.ts`, `guideline-notes.ts`)
export { DOSE_RULES } from './guidelines';
export type { Range } from './guidelines';

/** every exercise, including the `exclude` entries (shown, never generated) */
export const exercises: readonly Exercise[] = [...warmups, ...coreMoves, ...stretches, ...excluded];

const byId = new Map(exercises.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
	return byId.get(id);
}

/**
 * the module an exercise's texts and picture are in: one per kind, and one for the left-out
 * moves (`texts/`, `$lib/figures/poses/`), so that a page loads those of what it shows
 */
export type ContentGroup = Exercise['kind'] | 'excluded';
export const contentGroup = (e: Pick<Exercise, 'kind' | 'back'>): ContentGroup =>
	e.back === 'exclude' ? 'excluded' : e.kind;

/** the content group of an exercise id, if there is such an exercise */
export function contentGroupOf(id: string): ContentGroup | undefined {
	const exercise = byId.get(id);
	return exercise && contentGroup(exercise);
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

/** the default dose in a few words, e.g. "2 × 30 s each side", "6 reps, 10 s hold", "1:30" */
export function doseLabel(dose: Dose, perSide: boolean): string {
	const side = perSide ? ' each side' : '';
	switch (dose.mode) {
		case 'hold':
			return `${dose.sets} × ${dose.holdSec} s${side}`;
		case 'reps':
			return `${dose.reps} reps${side}${dose.holdSec > 0 ? `, ${dose.holdSec} s hold` : ''}`;
		case 'timed':
			return dose.sec < 60 ? `${dose.sec} s` : formatDuration(dose.sec);
	}
}
