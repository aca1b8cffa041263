/** The programme's settings (issue 14): on or off, level and step by hand, pain bands. */
import { wallClock, type Clock } from '$lib/adapters/browser';
import { DEFAULT_PROGRAMME, PROGRAMME_PREF, type ProgrammePref } from '$lib/programme/pref';
import type { Level, PainBands, Step } from '$lib/programme/types';
import { onChange } from '$lib/storage/changes';
import { loadPref, savePref } from '$lib/storage/prefs';

export class ProgrammeSettingsState {
	pref = $state.raw<ProgrammePref>(DEFAULT_PROGRAMME);
	loaded = $state(false);
	error = $state('');
	#now: Clock;

	constructor(now: Clock = wallClock) {
		this.#now = now;
	}

	async load() {
		try {
			this.pref = (await loadPref(PROGRAMME_PREF)) ?? DEFAULT_PROGRAMME;
		} catch {
			this.error = 'The programme settings could not be read: the defaults are shown.';
		}
		this.loaded = true;
	}

	/** follows changes from another tab or an import; returns the unsubscribe function */
	follow(): () => void {
		return onChange((change) => {
			if (change.store === 'prefs' && change.key === 'programme') void this.load();
		});
	}

	async #save(next: ProgrammePref) {
		this.error = '';
		try {
			await savePref(PROGRAMME_PREF, next);
			this.pref = next;
		} catch {
			this.error = 'The programme settings could not be saved.';
		}
	}

	setEnabled(enabled: boolean) {
		return this.#save({ ...this.pref, enabled });
	}

	/** the level and step by hand: the count of easy sessions restarts from now */
	setRung(level: Level, step: Step) {
		return this.#save({ ...this.pref, manual: { level, step, at: this.#now() } });
	}

	setBands(bands: PainBands) {
		return this.#save({ ...this.pref, bands });
	}
}
