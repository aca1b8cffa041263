/** the user's settings on the Settings page: loaded once, saved on every change */
import { DEFAULT_SETTINGS, type Settings } from '$lib/progress/types';
import {
	getSettings,
	requestPersistence,
	saveSettings,
	StorageError,
	storageEstimate
} from '$lib/storage';
import { restoreExercise } from '$lib/storage/avoid';
import { onChange } from '$lib/storage/changes';

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

/** "bird-dog-leg-only" → "Bird dog leg only": a name for an id the catalogue does not know */
export const nameFromId = (id: string) => {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
};

/** the exercise names of the catalogue, loaded when there is a list to name */
export type NameOf = (id: string) => string | undefined;
const catalogueNames = async (): Promise<NameOf> => (await import('./exercise-names')).nameOf;

/** a whole number in [min, max], or the fallback for an emptied or unreadable field */
function whole(value: unknown, min: number, max: number, fallback: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
	return Math.min(max, Math.max(min, Math.round(value)));
}

export class SettingsState {
	/** bound to the form; written back whole, as a snapshot, on every change */
	value = $state<Settings>(structuredClone(DEFAULT_SETTINGS));
	loaded = $state(false);
	error = $state('');
	estimate = $state.raw<{ usage: number; quota: number } | null>(null);
	persistence = $state<Persistence>('unknown');
	/** what the browser answered to "Protect my data", when it said no */
	persistMessage = $state('');
	/** the last values stored: where an emptied number field goes back to */
	#stored: Settings = structuredClone(DEFAULT_SETTINGS);
	#saving = false;
	/** the catalogue's names, once loaded (a first visit with an empty list does not load it) */
	#names = $state.raw<NameOf | null>(null);
	#loadNames: () => Promise<NameOf>;
	#namesLoading: Promise<void> | null = null;
	/** what the last Restore did, in one sentence (a polite status) */
	avoidStatus = $state('');

	/**
	 * "Exercises I don't want", by name (made from the id while the catalogue loads, or for one
	 * it does not know: `known` false)
	 */
	readonly avoided = $derived(
		this.value.avoid.map((id) => {
			const name = this.#names?.(id);
			return { id, name: name ?? nameFromId(id), known: name !== undefined };
		})
	);

	constructor(deps: { names?: () => Promise<NameOf> } = {}) {
		this.#loadNames = deps.names ?? catalogueNames;
	}

	async load() {
		// getSettings never rejects: without storage it gives the defaults
		const settings = await getSettings();
		this.#stored = structuredClone(settings);
		this.value = settings;
		this.loaded = true;
		if (settings.avoid.length) await this.#nameList();
		await this.refreshStorage();
	}

	async #nameList() {
		this.#namesLoading ??= this.#loadNames().then(
			(names) => {
				this.#names = names;
			},
			() => {
				// offline before the catalogue was cached: names made from the ids, and Restore works;
				// the next load tries again
				this.#namesLoading = null;
			}
		);
		await this.#namesLoading;
	}

	/** Restore: takes an exercise off "Exercises I don't want" */
	async restore(id: string) {
		const name = this.avoided.find((a) => a.id === id)?.name ?? nameFromId(id);
		this.error = '';
		this.#saving = true;
		try {
			const stored = await restoreExercise(id);
			this.value.avoid = stored.avoid;
			this.#stored.avoid = [...stored.avoid];
			this.avoidStatus = `Back in your routines: ${name}.`;
		} catch (error) {
			this.avoidStatus = '';
			this.error =
				error instanceof StorageError
					? error.message
					: `Could not be restored: ${name}. Try again.`;
		} finally {
			this.#saving = false;
		}
	}

	/** shows settings saved in another tab (or by an import); returns the unsubscribe function */
	follow(): () => void {
		return onChange((change, elsewhere) => {
			if (change.store === 'settings' && (elsewhere || !this.#saving)) void this.load();
		});
	}

	async refreshStorage() {
		this.estimate = await storageEstimate();
		try {
			const persisted = await navigator.storage?.persisted?.();
			this.persistence =
				persisted === undefined ? 'unknown' : persisted ? 'persisted' : 'not-persisted';
		} catch {
			// refused in some private modes: same as not knowing
			this.persistence = 'unknown';
		}
	}

	async save() {
		if (!this.loaded) return;
		// number inputs give null when emptied and any number when typed: keep the stored value
		// for an empty field and clamp the rest, so what is saved is always readable back
		const v = this.value;
		const old = this.#stored;
		for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
			v.minutes[kind] = whole(v.minutes[kind], 1, 60, old.minutes[kind]);
		}
		v.weeklyGoal = whole(v.weeklyGoal, 1, 7, old.weeklyGoal);
		this.error = '';
		const snapshot = $state.snapshot(v);
		this.#saving = true;
		try {
			await saveSettings(snapshot);
			this.#stored = structuredClone(snapshot);
		} catch (error) {
			this.error =
				error instanceof StorageError ? error.message : 'Your settings could not be saved.';
		} finally {
			this.#saving = false;
		}
	}

	async protect() {
		const outcome = await requestPersistence();
		this.persistMessage =
			outcome === 'granted'
				? ''
				: outcome === 'denied'
					? 'The browser said no for now. Browsers often agree once Limber is installed or used more often.'
					: 'This browser cannot protect site data.';
		await this.refreshStorage();
	}
}
