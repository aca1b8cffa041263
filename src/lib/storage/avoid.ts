/**
 * The user's "Exercises I don't want" (`Settings.avoid`): adding one (the plan page's and the
 * player's "Don't show this again") and restoring one (Settings), each a read and a write of
 * the settings record in one transaction, so two tabs changing the list at once both count.
 * A module of its own: Today only reads the list, with the settings.
 */
import { canonicalAvoid } from '$lib/routine/request';
import type { Settings } from '$lib/progress/types';
import { announce } from './changes';
import { getLimberDB } from './connection';
import { StorageError } from './errors';
import { describeProblem, ID_PATTERN, mergeSettings } from './records';
import { SETTINGS_KEY } from './schema';
import { inTransaction } from './tx';

/** the settings as stored after a change, and whether the list changed (it may have already) */
export interface AvoidChange {
	settings: Settings;
	changed: boolean;
}

async function changeAvoid(change: (avoid: string[]) => string[]): Promise<AvoidChange> {
	const db = await getLimberDB();
	const settings = await inTransaction(db, ['settings'], 'readwrite', async (tx) => {
		const store = tx.objectStore('settings');
		// a damaged field falls back to its default here, as on every read
		const next = mergeSettings(await store.get(SETTINGS_KEY)).settings;
		const before = next.avoid.join();
		next.avoid = canonicalAvoid(change(next.avoid));
		const changed = next.avoid.join() !== before;
		const checked = mergeSettings(next);
		if (checked.problems[0]) {
			throw new StorageError('error', {
				cause: new TypeError(describeProblem(checked.problems[0]))
			});
		}
		await store.put(checked.settings, SETTINGS_KEY);
		return { settings: checked.settings, changed };
	});
	announce({ store: 'settings' });
	return settings;
}

/** adds an exercise to the avoid list (`changed` false: it was on it already) */
export function avoidExerciseChange(id: string): Promise<AvoidChange> {
	if (!ID_PATTERN.test(id)) return Promise.reject(new StorageError('error'));
	return changeAvoid((avoid) => [...avoid, id]);
}

/** adds an exercise to the avoid list; resolves to the settings as stored */
export async function avoidExercise(id: string): Promise<Settings> {
	return (await avoidExerciseChange(id)).settings;
}

/** takes an exercise off the avoid list; resolves to the settings as stored */
export async function restoreExercise(id: string): Promise<Settings> {
	return (await changeAvoid((avoid) => avoid.filter((a) => a !== id))).settings;
}
