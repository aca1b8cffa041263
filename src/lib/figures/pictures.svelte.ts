/**
 * The exercises' poses, one module per kind and one for the left-out moves, loaded for the
 * exercises a page shows: `ExerciseFigure` asks for its own (`want`), the exercise pages load
 * theirs before they render (so they are prerendered), and the player loads its routine's when
 * it opens. The service worker precaches every module, so pictures draw offline after the first
 * visit.
 */
import { contentGroupOf, type ContentGroup } from '$lib/catalogue';
import { LazyRecords } from '$lib/lazy-records.svelte';
import type { Figure } from './layout';

export const POSE_LOADERS = {
	warmup: async () => (await import('./poses/warmup')).figures,
	core: async () => (await import('./poses/core')).figures,
	stretch: async () => (await import('./poses/stretch')).figures,
	excluded: async () => (await import('./poses/excluded')).figures
} satisfies Record<ContentGroup, () => Promise<Readonly<Record<string, Figure>>>>;

/** the poses loaded so far, shared by every page (they never change) */
export const exerciseFigures = new LazyRecords<Figure>(POSE_LOADERS, contentGroupOf);
