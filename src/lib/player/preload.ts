/**
 * What the player shows of its exercises besides their names: the texts ("How to do it") and
 * the pictures. `PlayPage` loads this module on Start or Resume (and on the intent to press
 * them) in parallel with the player's code, and asks for the routine's texts and pictures at
 * once. The figure's components are here too, so that the pictures' loader and their renderer
 * stay one file, as for the pages that draw them (the loader alone would be a chunk of its own,
 * one file more on every such page's first visit).
 */
export { exerciseTexts } from '$lib/catalogue/texts.svelte';
export { exerciseFigures } from '$lib/figures/pictures.svelte';
export { default as ExerciseFigure } from '$lib/components/ExerciseFigure.svelte';
export { default as LoadStatus } from '$lib/components/LoadStatus.svelte';
