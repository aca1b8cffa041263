import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's update state. A waiting version is never applied by itself (a workout
 * may be running): `needRefresh` turns on and the user decides when to reload.
 */
class AppUpdate {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;

	/** registers the service worker once, in the browser */
	start() {
		if (this.#updateSW || !('serviceWorker' in navigator)) return;
		this.#updateSW = registerSW({
			immediate: true,
			onNeedRefresh: () => {
				this.needRefresh = true;
			},
			onOfflineReady: () => {
				this.offlineReady = true;
			}
		});
	}

	/** tells the waiting worker to take over, then reloads once it controls the page */
	async apply() {
		await this.#updateSW?.(true);
	}

	dismiss() {
		this.needRefresh = false;
	}
}

export const appUpdate = new AppUpdate();
