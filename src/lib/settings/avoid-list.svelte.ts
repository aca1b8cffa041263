/**
 * Settings' "Exercises I don't want": the avoid list by name, and Restore. Loaded with its
 * component only when the list has something in it (an empty list is one sentence on the
 * page), so it brings the catalogue's names along without costing Settings' first visit.
 */
import { exerciseById } from '$lib/catalogue';
import { restoreExercise } from '$lib/storage/avoid';
import { StorageError } from '$lib/storage/errors';
import type { SettingsState } from './settings.svelte';

/** "wall-angel" → "Wall angel": a name for an id this version's catalogue does not know */
export const nameFromId = (id: string) => {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
};

export class AvoidListState {
	/** what the last Restore did, in one sentence (a polite status) */
	status = $state('');
	error = $state('');
	#settings: SettingsState;

	/** by name (made from the id for one the catalogue lacks: `known` false), as stored */
	readonly items = $derived.by(() =>
		this.#settings.value.avoid.map((id) => {
			const name = exerciseById(id)?.name;
			return { id, name: name ?? nameFromId(id), known: name !== undefined };
		})
	);

	/** follows the settings: a list changed in another tab shows here as the settings reload */
	constructor(settings: SettingsState) {
		this.#settings = settings;
	}

	/** Restore: takes an exercise off "Exercises I don't want" */
	async restore(id: string) {
		const name = this.items.find((a) => a.id === id)?.name ?? nameFromId(id);
		this.error = '';
		try {
			this.#settings.value.avoid = (await restoreExercise(id)).avoid;
			this.status = `Back in your routines: ${name}.`;
		} catch (error) {
			this.status = '';
			this.error =
				error instanceof StorageError
					? error.message
					: `Could not be restored: ${name}. Try again.`;
		}
	}
}
