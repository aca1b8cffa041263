import { exercises } from '$lib/catalogue';
import { exerciseFigures } from '$lib/figures/pictures.svelte';
import type { PageLoad } from './$types';

// the list shows every exercise's picture: all their poses, loaded before it renders (so the
// pictures are prerendered); one that cannot load leaves a Try again
export const load: PageLoad = async () => {
	await exerciseFigures.load(exercises.map((e) => e.id));
};
