/**
 * Where a saved routine picks up after a reload. The page that played it is gone, and with
 * it the monotonic clock, so this is the one place the device's clock counts: a save made
 * while playing, read back a few seconds later, resumes where the routine had got to by the
 * reload. Outside sane bounds (the clock went back, or the save is old: the routine was left,
 * not reloaded) it resumes exactly where it was saved. It is always offered paused, and never
 * at the end: only play finishes a routine.
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import type { ActiveSession } from '$lib/progress/types';

/** the longest gap between a save and its reload that still counts as "playing on" */
export const RESUME_CATCH_UP_MS = 60_000;

/** routine ms to resume `active` at, as of the wall time `wallNow`, in a routine of `totalMs` */
export function resumeAt(
	active: Pick<ActiveSession, 'elapsedMs' | 'savedAt' | 'paused'>,
	wallNow: number,
	totalMs: number
): number {
	const saved = Number.isFinite(active.elapsedMs) ? Math.max(0, active.elapsedMs) : 0;
	const gap = wallNow - active.savedAt;
	const playedOn = !active.paused && gap >= 0 && gap <= RESUME_CATCH_UP_MS ? gap : 0;
	// one ms short of the end at the most: the last second is the user's to play
	const last = Math.max(0, totalMs - 1);
	return Math.min(saved + playedOn, Math.max(saved, last));
}
