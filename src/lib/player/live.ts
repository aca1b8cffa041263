/**
 * The player itself (the session, its clock and cues, the player screen with its pictures),
 * loaded when the user starts or resumes a routine, not with the page: the ready screen does
 * not need it. `PlayPage` begins the load on intent (the pointer over Start, its focus, the
 * pain question answered) and waits for it on Start and Resume.
 */
export { PlaySession } from './session.svelte';
export { default as PlayerScreen } from '$lib/components/PlayerScreen.svelte';
