/**
 * What the user set for the programme, one value in the `prefs` store (key `programme`): on or
 * off, the level and step set by hand and when, the pain bands, and the care episodes it has
 * seen (the care page keeps only the current one; the programme replays all of them).
 */
import { isRecord } from '$lib/is-record';
import type { Pref } from '$lib/storage/prefs';
import { checkBands, DEFAULT_BANDS, isLevel, isStep } from './ladder';
import type { Level, PainBands, ProgrammeSettings, Step } from './types';

export interface ProgrammePref {
	enabled: boolean;
	/** the rung set by hand, and when (epoch ms): the count of easy sessions restarts there */
	manual: { level: Level; step: Step; at: number } | null;
	bands: PainBands;
	/** start times (epoch ms) of the care episodes seen, oldest first */
	episodes: number[];
}

export const DEFAULT_PROGRAMME: ProgrammePref = {
	enabled: true,
	manual: null,
	bands: DEFAULT_BANDS,
	episodes: []
};

const isInstant = (x: unknown): x is number =>
	typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 8.64e15;

export const PROGRAMME_PREF: Pref<ProgrammePref> = {
	key: 'programme',
	read(raw) {
		if (!isRecord(raw) || typeof raw.enabled !== 'boolean') return undefined;
		const { manual, bands, episodes } = raw;
		if (manual !== null) {
			if (!isRecord(manual) || !isLevel(manual.level) || !isStep(manual.step)) return undefined;
			if (!isInstant(manual.at)) return undefined;
		}
		if (
			!isRecord(bands) ||
			typeof bands.greenMax !== 'number' ||
			typeof bands.amberMax !== 'number'
		)
			return undefined;
		const b = { greenMax: bands.greenMax, amberMax: bands.amberMax };
		if (checkBands(b) !== null) return undefined;
		if (!Array.isArray(episodes) || episodes.length > 1000 || !episodes.every(isInstant))
			return undefined;
		return {
			enabled: raw.enabled,
			manual: manual === null ? null : { level: manual.level, step: manual.step, at: manual.at },
			bands: b,
			episodes: [...episodes]
		} as ProgrammePref;
	}
};

/** the programme's settings from the pref and the level in Routine defaults */
export function programmeSettings(pref: ProgrammePref, settingsLevel: Level): ProgrammeSettings {
	return {
		enabled: pref.enabled,
		level: pref.manual?.level ?? settingsLevel,
		step: pref.manual?.step ?? 2,
		since: pref.manual?.at ?? null,
		bands: pref.bands
	};
}

/**
 * The pref with a care episode's start added. A start within 72 hours of one already seen
 * replaces it (the same spasm, its start corrected on the care page).
 */
export function withEpisode(pref: ProgrammePref, start: number): ProgrammePref {
	const near = 72 * 3_600_000;
	if (pref.episodes.includes(start)) return pref;
	const episodes = [...pref.episodes.filter((t) => Math.abs(t - start) >= near), start].sort(
		(a, b) => a - b
	);
	return { ...pref, episodes };
}
