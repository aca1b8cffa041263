/** whether Today's list of exercises was left open, in the `prefs` store */
import type { Pref } from '$lib/storage/prefs';

export const TODAY_OPEN_PREF: Pref<boolean> = {
	key: 'todayExercises',
	read: (raw) => (typeof raw === 'boolean' ? raw : undefined)
};
