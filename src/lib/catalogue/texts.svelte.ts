/**
 * The exercises' texts (steps, cue, caution), one module per kind and one for the left-out
 * moves, loaded by the pages that show them: an exercise's page, and the player, which loads
 * its routine's texts when it opens so that "How to do it" is ready before it is shown.
 */
import { LazyRecords } from '$lib/lazy-records.svelte';
import { exerciseById } from './index';
import type { Exercise, ExerciseText } from './types';

export type TextGroup = Exercise['kind'] | 'excluded';

/** the module an exercise's text is in */
export const textGroup = (e: Pick<Exercise, 'kind' | 'back'>): TextGroup =>
	e.back === 'exclude' ? 'excluded' : e.kind;

export const TEXT_LOADERS = {
	warmup: async () => (await import('./texts/warmup')).texts,
	core: async () => (await import('./texts/core')).texts,
	stretch: async () => (await import('./texts/stretch')).texts,
	excluded: async () => (await import('./texts/excluded')).texts
} satisfies Record<TextGroup, () => Promise<Readonly<Record<string, ExerciseText>>>>;

/** the texts loaded so far, shared by every page (they never change) */
export const exerciseTexts = new LazyRecords<ExerciseText>(TEXT_LOADERS, (id) => {
	const exercise = exerciseById(id);
	return exercise && textGroup(exercise);
});
