/**
 * What History shows only with a history, loaded in one request once there is one (a first
 * visit has none, and does not carry it): the pain trend, with what it reads besides the
 * sessions (the morning check-ins and the programme's pain bands), and the programme's steps.
 */
import { DEFAULT_BANDS } from '$lib/programme/ladder';
import { PROGRAMME_PREF } from '$lib/programme/pref';
import { localTimeZone } from '$lib/progress/days';
import type { Checkin, SessionRecord } from '$lib/progress/types';
import { allCheckins } from '$lib/storage/checkins';
import { loadPref } from '$lib/storage/prefs';
import { painTrend, type PainTrend } from './trend';

// their parts of the page come with them, in one request
export { default as PainTrendChart } from '$lib/components/history/PainTrend.svelte';
export { default as ProgrammeHistory } from '$lib/components/programme/ProgrammeHistory.svelte';

export async function loadPainTrend(
	sessions: readonly SessionRecord[],
	now: number
): Promise<PainTrend> {
	const [checkins, programme] = await Promise.all([
		// either unreadable: the trend of what can be read, on the default bands
		allCheckins().catch((): Checkin[] => []),
		loadPref(PROGRAMME_PREF).catch(() => undefined)
	]);
	const bands = programme?.bands ?? DEFAULT_BANDS;
	return painTrend({ sessions, checkins, bands, now, timeZone: localTimeZone() });
}
