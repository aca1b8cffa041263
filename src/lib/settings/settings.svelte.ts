/** the user's settings on the Settings page: loaded once, saved on every change */
import { DEFAULT_SETTINGS, type Settings } from '$lib/progress/types';
import { requestPersistence, storageEstimate } from '$lib/storage/device';
import { StorageError } from '$lib/storage/errors';
import { getSettings, saveSettings } from '$lib/storage/settings';
import { onChange } from '$lib/storage/changes';

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

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
	/**
	 * "Exercises I don't want" by name, with Restore: loaded (with the catalogue's names) once
	 * the list has something in it, so a first visit does not carry it
	 */
	avoidView = $state.raw<typeof import('./avoid-view') | null>(null);
	avoidViewFailed = $state(false);

	async load() {
		// getSettings never rejects: without storage it gives the defaults
		const settings = await getSettings();
		this.#stored = structuredClone(settings);
		this.value = settings;
		this.loaded = true;
		if (settings.avoid.length && !this.avoidView) await this.loadAvoidView();
		await this.refreshStorage();
	}

	async loadAvoidView() {
		this.avoidViewFailed = false;
		try {
			this.avoidView = await import('./avoid-view');
		} catch {
			// offline before the service worker had cached it
			this.avoidViewFailed = true;
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
			await saveSettings(snapshot, { keepAvoid: true });
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
