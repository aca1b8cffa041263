/**
 * The service worker: registered once, and its update state. A waiting version is never
 * applied by itself (a workout may be running): `needRefresh` turns on and the user decides
 * when to reload.
 *
 * Plain `navigator.serviceWorker` rather than `virtual:pwa-register`: its workbox-window would
 * add about 2.5 KB of gzip to every first visit for the few lines below. The generated worker
 * (`registerType: 'prompt'`) waits until it is sent `SKIP_WAITING`.
 */
class AppUpdate {
	needRefresh = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#started = false;
	/** a newer worker took over after this page loaded: the page runs old code */
	#stale = false;
	/** this tab asked the waiting worker to take over */
	#applying = false;

	/** registers the service worker once, in the browser */
	start() {
		if (this.#started || !('serviceWorker' in navigator)) return;
		this.#started = true;
		navigator.serviceWorker
			.register('/sw.js', { scope: '/' })
			.then((registration) => this.#watch(registration))
			.catch(() => {
				// refused (private modes, an insecure origin): the app works, just not offline
			});
	}

	#watch(registration: ServiceWorkerRegistration) {
		this.#registration = registration;
		const controlled = !!navigator.serviceWorker.controller;
		// a version already waiting when this page loaded: the user chose Later last time
		if (registration.waiting && controlled) this.#follow(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				// installed while another worker controls the page: an update, not the first install
				if (worker.state === 'installed' && navigator.serviceWorker.controller) {
					this.#follow(worker);
				}
			});
		});
		// another tab applied the update: this page still runs the old code under the new
		// worker, and only a reload brings the new version in
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (!controlled || this.#applying) return;
			this.#stale = true;
			this.needRefresh = true;
		});
	}

	/** offers the waiting `worker` for as long as it is the one waiting */
	#follow(worker: ServiceWorker) {
		this.needRefresh = true;
		worker.addEventListener('statechange', () => {
			// taken over (by this tab or another) or replaced by a newer one: ask the registration
			if (worker.state !== 'installed')
				this.needRefresh = this.#stale || !!this.#registration?.waiting;
		});
	}

	/**
	 * Applies the update: tells the waiting worker to take over, then reloads once it controls
	 * the page; when another tab already did, just reloads into the new version.
	 */
	apply() {
		// asked at the time: a newer version may have replaced the one first offered
		const worker = this.#registration?.waiting;
		if (!worker) {
			if (this.#stale) location.reload();
			else this.needRefresh = false;
			return;
		}
		this.#applying = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		worker.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss() {
		this.needRefresh = false;
	}
}

export const appUpdate = new AppUpdate();
