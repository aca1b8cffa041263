/** when the current back spasm started (epoch ms), kept so the advice survives a reload */
import type { Pref } from '$lib/storage/prefs';

/** a start more than this far back is an old episode, not the current one */
const MAX_AGE_MS = 90 * 86_400_000;

export function parseEpisodeStart(value: unknown, now: number): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	// a start well in the future or months ago is not a spasm being looked after now
	if (value > now + 86_400_000 || value < now - MAX_AGE_MS) return null;
	return value;
}

/**
 * The stored start, in the `prefs` store: any instant a clock can show (how recent it must be
 * to count is `parseEpisodeStart`'s rule, applied when the page reads it).
 */
export const EPISODE_PREF: Pref<number> = {
	key: 'careEpisode',
	read: (raw) =>
		typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) <= 8.64e15 ? raw : undefined
};
