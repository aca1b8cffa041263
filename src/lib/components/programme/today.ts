/** Today's programme part, loaded together with the programme (not on a first visit). */
export { default as Programme } from './TodayProgramme.svelte';
