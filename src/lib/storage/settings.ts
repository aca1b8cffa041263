/** The user's settings: one record, read back over the defaults. */
import type { Settings } from '$lib/progress/types';
import { getLimberDB } from './connection';
import { announce } from './changes';
import { StorageError } from './errors';
import { describeProblem, mergeSettings } from './records';
import { SETTINGS_KEY } from './schema';
import { inTransaction, snapshot } from './tx';

/**
 * The user's settings over the defaults. Never rejects: a missing, corrupt or partly
 * corrupt record gives the defaults for whatever is wrong, and without storage (reported
 * to the listeners) the defaults.
 */
export async function getSettings(): Promise<Settings> {
	let raw: unknown;
	try {
		const db = await getLimberDB();
		raw = await inTransaction(db, ['settings'], 'readonly', (tx) =>
			tx.objectStore('settings').get(SETTINGS_KEY)
		);
	} catch {
		// already reported to the listeners; the app runs on the defaults
		raw = undefined;
	}
	return mergeSettings(raw).settings;
}

/** stores the settings; a field the settings schema refuses rejects with a StorageError */
/**
 * Writes the settings. `keepAvoid`: the Settings form, which never edits "Exercises I don't
 * want": the list as stored is kept, in the same transaction, so an exercise another tab has
 * just added or restored is not overwritten by the form's older copy.
 */
export async function saveSettings(
	settings: Settings,
	{ keepAvoid = false }: { keepAvoid?: boolean } = {}
): Promise<void> {
	const value = snapshot(settings);
	const checked = mergeSettings(value);
	const problem = checked.problems[0];
	if (checked.repaired) {
		throw new StorageError('error', {
			cause: new TypeError(problem ? describeProblem(problem) : 'a settings field is missing')
		});
	}
	const db = await getLimberDB();
	await inTransaction(db, ['settings'], 'readwrite', async (tx) => {
		const store = tx.objectStore('settings');
		const next = { ...checked.settings };
		if (keepAvoid) next.avoid = mergeSettings(await store.get(SETTINGS_KEY)).settings.avoid;
		await store.put(next, SETTINGS_KEY);
	});
	announce({ store: 'settings' });
}
