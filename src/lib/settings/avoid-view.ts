/** Settings' list of the exercises I don't want, loaded with its state once there is one */
export { default as AvoidedExercises } from '$lib/components/settings/AvoidedExercises.svelte';
