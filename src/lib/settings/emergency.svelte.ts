/** The emergency number field: read from and written to the `prefs` store. */
import { EMERGENCY_PREF, parseEmergencyNumber } from '$lib/care/emergency';
import { onChange } from '$lib/storage/changes';
import { clearPref, loadPref, savePref } from '$lib/storage/prefs';

export const NOT_A_NUMBER = 'Use digits only, for example 999, 112 or 911.';
export const NOT_SAVED = 'The number could not be saved on this device: nothing was changed.';

export class EmergencyNumberState {
	/** bound to the field */
	value = $state('');
	/** the stored number, or null for "your local emergency number" */
	stored = $state<string | null>(null);
	error = $state('');
	loaded = $state(false);

	async load() {
		try {
			this.stored = (await loadPref(EMERGENCY_PREF)) ?? null;
		} catch {
			// no storage: the guidance says "your local emergency number"
			this.stored = null;
		}
		this.value = this.stored ?? '';
		this.loaded = true;
	}

	/** reloads when another tab changes the number; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			if (change.store === 'prefs' && change.key === 'emergencyNumber') void this.load();
		});
	}

	/** saves what was typed; an empty field clears the number */
	async save() {
		const empty = this.value.trim() === '';
		const number = parseEmergencyNumber(this.value);
		if (!empty && number === null) {
			this.error = NOT_A_NUMBER;
			return;
		}
		try {
			if (number === null) await clearPref(EMERGENCY_PREF);
			else await savePref(EMERGENCY_PREF, number);
			this.stored = number;
			this.value = number ?? '';
			this.error = '';
		} catch {
			this.error = NOT_SAVED;
		}
	}
}
