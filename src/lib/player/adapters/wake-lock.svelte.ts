/**
 * Screen Wake Lock while a routine plays: taken on start and again when the page becomes
 * visible (browsers drop it when a tab is hidden), released on pause and end.
 */
import type { ScreenWakeLock, Visibility } from './types';

export class WakeLock implements ScreenWakeLock {
	readonly supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
	held = $state(false);
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;
	#visibility: Visibility;
	#stopWatching: (() => void) | null = null;

	constructor(visibility: Visibility) {
		this.#visibility = visibility;
	}

	#onChange = () => {
		if (!this.#visibility.hidden() && this.#wanted) void this.#acquire();
	};

	async acquire() {
		this.#wanted = true;
		this.#stopWatching ??= this.#visibility.onChange(this.#onChange);
		await this.#acquire();
	}

	async #acquire() {
		if (!this.supported || this.#sentinel) return;
		try {
			const sentinel = await navigator.wakeLock.request('screen');
			this.#sentinel = sentinel;
			this.held = true;
			sentinel.addEventListener('release', () => {
				this.#sentinel = null;
				this.held = false;
			});
		} catch {
			// refused (battery saver, hidden page): the notice stays, the routine goes on
			this.held = false;
		}
	}

	async release() {
		this.#wanted = false;
		this.#stopWatching?.();
		this.#stopWatching = null;
		const sentinel = this.#sentinel;
		this.#sentinel = null;
		this.held = false;
		await sentinel?.release();
	}
}
