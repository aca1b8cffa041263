/** when the current back spasm started (epoch ms), kept so the advice survives a reload */
import { readJson, removeKey, writeJson, type KeyValueStore } from './storage';

export const EPISODE_KEY = 'limber.careEpisode';

/** a start more than this far back is an old episode, not the current one */
const MAX_AGE_MS = 90 * 86_400_000;

export function parseEpisodeStart(value: unknown, now: number): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	// a start well in the future or months ago is not a spasm being looked after now
	if (value > now + 86_400_000 || value < now - MAX_AGE_MS) return null;
	return value;
}

export function loadEpisodeStart(now: number, store?: KeyValueStore | null): number | null {
	return parseEpisodeStart(readJson(EPISODE_KEY, store), now);
}

export function saveEpisodeStart(start: number | null, store?: KeyValueStore | null) {
	if (start === null) removeKey(EPISODE_KEY, store);
	else writeJson(EPISODE_KEY, start, store);
}
