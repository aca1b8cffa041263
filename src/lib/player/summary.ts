/**
 * The "Well done" screen, loaded when play starts rather than with the page: a first visit of
 * `/play` does not carry it, and it is there long before the routine ends.
 */
export { default as SessionSummary } from '$lib/components/SessionSummary.svelte';
