/**
 * The exercises' texts (steps, cue, caution), one module per kind and one for the left-out
 * moves, loaded by the pages that show them: an exercise's page, and the player, which loads
 * its routine's texts when it opens so that "How to do it" is ready before it is shown.
 */
import { LazyRecords } from '$lib/lazy-records.svelte';
import { contentGroupOf, type ContentGroup } from './index';
import type { ExerciseText } from './types';

export const TEXT_LOADERS = {
	warmup: async () => (await import('./texts/warmup')).texts,
	core: async () => (await import('./texts/core')).texts,
	stretch: async () => (await import('./texts/stretch')).texts,
	excluded: async () => (await import('./texts/excluded')).texts
} satisfies Record<ContentGroup, () => Promise<Readonly<Record<string, ExerciseText>>>>;

/** the texts loaded so far, shared by every page (they never change) */
export const exerciseTexts = new LazyRecords<ExerciseText>(TEXT_LOADERS, contentGroupOf);
