/** Today's programme parts, loaded together with the programme (not on a first visit). */
export { default as MorningCheckin } from './MorningCheckin.svelte';
export { default as ProgrammeLine } from './ProgrammeLine.svelte';
