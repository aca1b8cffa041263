/**
 * Today's programme, loaded once there is a history to learn from (a first visit has none and
 * does not load this): the sessions, the morning check-ins and the care episodes in, the next
 * rung, its reason and whether to ask the morning question out.
 */
import { EPISODE_PREF, parseEpisodeStart } from '$lib/care/episode';
import { checkinDue } from '$lib/programme/checkin';
import { evaluateProgramme } from '$lib/programme/evaluate';
import {
	DEFAULT_PROGRAMME,
	PROGRAMME_PREF,
	programmeSettings,
	withEpisode
} from '$lib/programme/pref';
import type { ProgrammePref } from '$lib/programme/pref';
import type { ProgrammeResult } from '$lib/programme/types';
import type { Level } from '$lib/catalogue/types';
import { allCheckins } from '$lib/storage/checkins';
import { loadPref, savePref } from '$lib/storage/prefs';
import { allSessions } from '$lib/storage/sessions';

// its parts of Today's page come with it, in one request
export { Programme } from '$lib/components/programme/today';

export interface TodayProgramme {
	result: ProgrammeResult;
	pref: ProgrammePref;
	/** ask "How is your back this morning, compared with usual?" */
	checkinDue: boolean;
	/** where Start goes instead of today's routine: the care page's gentle moves in a flare-up */
	start?: string;
}

/** "bird-dog-leg-only" → "Bird dog leg only": names without loading the catalogue */
const nameOf = (id: string) => {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
};

export async function loadTodayProgramme(level: Level, now: number): Promise<TodayProgramme> {
	const [{ sessions }, checkins, stored, episode] = await Promise.all([
		allSessions(),
		allCheckins(),
		loadPref(PROGRAMME_PREF),
		loadPref(EPISODE_PREF)
	]);
	let pref = stored ?? DEFAULT_PROGRAMME;
	// the care page keeps only the current episode: remember each one for the replay
	const start = episode === undefined ? null : parseEpisodeStart(episode, now);
	if (start !== null && !pref.episodes.includes(start)) {
		pref = withEpisode(pref, start);
		try {
			await savePref(PROGRAMME_PREF, pref);
		} catch {
			// not remembered: still counted now, while the care page holds it
		}
	}
	const tzOffsetMin = new Date(now).getTimezoneOffset();
	const result = evaluateProgramme(
		{
			sessions,
			checkins,
			episodes: pref.episodes,
			settings: programmeSettings(pref, level),
			now,
			tzOffsetMin
		},
		nameOf
	);
	const due = pref.enabled && checkinDue(sessions, checkins, now, tzOffsetMin);
	return {
		result,
		pref,
		checkinDue: due,
		...(result.mode === 'flare-up' ? { start: '/care#moving-title' } : {})
	};
}
