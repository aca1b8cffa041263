import { error } from '@sveltejs/kit';
import { exerciseById, exercises } from '$lib/catalogue';
import { exerciseTexts } from '$lib/catalogue/texts.svelte';
import { exerciseFigures } from '$lib/figures/pictures.svelte';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => exercises.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const exercise = exerciseById(params.id);
	if (!exercise) error(404, 'No exercise by that name');
	// the steps and the picture are in the prerendered page; one that cannot load (offline
	// before the app was cached) shows a Try again rather than failing the page
	await Promise.all([exerciseTexts.load([exercise.id]), exerciseFigures.load([exercise.id])]);
	return { exercise };
};
