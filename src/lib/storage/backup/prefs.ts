/** Every pref's reader, by key: what a backup holds of the `prefs` store, and checks on import. */
import { EMERGENCY_PREF } from '$lib/care/emergency';
import { EPISODE_PREF } from '$lib/care/episode';
import { READINESS_PREF } from '$lib/care/readiness';
import { REMINDER_PREF } from '$lib/care/reminder';
import { TIMERS_PREF } from '$lib/care/timers';
import { PROGRAMME_PREF } from '$lib/programme/pref';
import { TODAY_OPEN_PREF } from '$lib/today/prefs';
import type { Pref } from '../prefs';
import type { PrefKey } from '../schema';

/** one entry per key: a new pref without a reader here fails the type check */
export const PREFS: { [K in PrefKey]: Pref<unknown> } = {
	readiness: READINESS_PREF,
	emergencyNumber: EMERGENCY_PREF,
	reminder: REMINDER_PREF,
	careEpisode: EPISODE_PREF,
	careTimers: TIMERS_PREF,
	todayExercises: TODAY_OPEN_PREF,
	programme: PROGRAMME_PREF
};

export type Prefs = Partial<Record<PrefKey, unknown>>;
