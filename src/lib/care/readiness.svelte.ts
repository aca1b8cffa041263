/**
 * The readiness answer as shared reactive state: the first-run dialog writes it, the banner
 * and the About page read it. Loaded on mount (never during prerendering).
 */
import { loadReadiness, saveReadiness, type Readiness } from './readiness';

class ReadinessState {
	value = $state<Readiness | null>(null);
	/** read from storage yet (false during prerendering and before mount) */
	loaded = $state(false);
	/** the person asked to answer again */
	reviewing = $state(false);
	/** closed with Escape: asked again on the next visit */
	#dismissed = $state(false);

	readonly needsCheck = $derived(
		this.loaded && !this.#dismissed && (this.value === null || this.reviewing)
	);
	readonly showBanner = $derived(this.value?.anyYes === true);

	load() {
		if (this.loaded) return;
		this.value = loadReadiness();
		this.loaded = true;
	}

	answer(anyYes: boolean, now = new Date()) {
		const value: Readiness = { answeredAt: now.toISOString(), anyYes };
		saveReadiness(value);
		this.value = value;
		this.reviewing = false;
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
