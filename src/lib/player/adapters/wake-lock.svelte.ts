/**
 * Screen Wake Lock while a routine plays: taken on start and again when the page becomes
 * visible (browsers drop it when a tab is hidden), released on pause and end.
 */
export class WakeLock {
	readonly supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
	held = $state(false);
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;

	#onVisible = () => {
		if (document.visibilityState === 'visible' && this.#wanted) void this.#acquire();
	};

	async acquire() {
		this.#wanted = true;
		document.addEventListener('visibilitychange', this.#onVisible);
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
		document.removeEventListener('visibilitychange', this.#onVisible);
		const sentinel = this.#sentinel;
		this.#sentinel = null;
		this.held = false;
		await sentinel?.release();
	}
}
