/**
 * The readiness answer as shared reactive state: the first-run dialog writes it, the banner
 * and the About page read it. Loaded on mount (never during prerendering) from the `prefs`
 * store, and again when another tab answers.
 */
import { wallClock, type Clock } from '$lib/adapters/clock';
import { isoAt } from '$lib/dates';
import { onChange } from '$lib/storage/changes';
import { loadPref, savePref } from '$lib/storage/prefs';
import { READINESS_PREF, type Readiness } from './readiness';

export const NOT_SAVED =
	'Your answer could not be saved on this device, so Limber will ask again on your next visit.';

export class ReadinessState {
	value = $state<Readiness | null>(null);
	/** read from storage yet (false during prerendering and before mount) */
	loaded = $state(false);
	/** the person asked to answer again */
	reviewing = $state(false);
	/** why the answer is not kept: shown, so the question coming back is no surprise */
	saveError = $state('');
	/** closed with Escape: asked again on the next visit */
	#dismissed = $state(false);
	#loading: Promise<void> | undefined;
	#now: Clock;

	readonly needsCheck = $derived(
		this.loaded && !this.#dismissed && (this.value === null || this.reviewing)
	);
	readonly showBanner = $derived(this.value?.anyYes === true);

	constructor(now: Clock = wallClock) {
		this.#now = now;
	}

	/** reads the stored answer once; later calls wait for the same read */
	load(): Promise<void> {
		this.#loading ??= this.#read().then(() => {
			onChange((change) => {
				if (change.store === 'prefs' && change.key === 'readiness') void this.#read();
			});
		});
		return this.#loading;
	}

	async #read() {
		try {
			this.value = (await loadPref(READINESS_PREF)) ?? null;
		} catch {
			// no storage here: the question is asked, and its answer says it cannot be kept
			this.value = null;
		}
		this.loaded = true;
	}

	async answer(anyYes: boolean) {
		const value: Readiness = { answeredAt: isoAt(this.#now()), anyYes };
		this.value = value;
		this.reviewing = false;
		try {
			await savePref(READINESS_PREF, value);
			this.saveError = '';
		} catch {
			this.saveError = NOT_SAVED;
		}
	}

	review() {
		this.#dismissed = false;
		this.reviewing = true;
	}

	dismiss() {
		this.#dismissed = true;
		this.reviewing = false;
	}
}

export const readiness = new ReadinessState();
