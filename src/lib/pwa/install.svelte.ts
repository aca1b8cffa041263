/** the non-standard event Chromium fires when the app can be installed */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Install to home screen: Chromium's deferred prompt, or a hint on iOS Safari, which has no
 * prompt; neither when the app already runs installed.
 */
class InstallPrompt {
	#deferred = $state.raw<BeforeInstallPromptEvent | null>(null);
	#standalone = $state(false);
	#ios = $state(false);

	get canInstall() {
		return this.#deferred !== null && !this.#standalone;
	}

	get showIosHint() {
		return this.#ios && !this.#standalone;
	}

	listen() {
		const standalone = window.matchMedia('(display-mode: standalone)');
		const nav = navigator as Navigator & { standalone?: boolean };
		this.#standalone = standalone.matches || nav.standalone === true;
		standalone.addEventListener('change', (e) => (this.#standalone = e.matches));
		// iPadOS reports itself as a Mac; touch points tell them apart
		const ua = navigator.userAgent;
		const appleTouch =
			/iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
		this.#ios = appleTouch && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);

		window.addEventListener('beforeinstallprompt', (e) => {
			e.preventDefault();
			this.#deferred = e as BeforeInstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => {
			this.#deferred = null;
		});
	}

	async install() {
		const deferred = this.#deferred;
		if (!deferred) return;
		// the event can be used only once
		this.#deferred = null;
		await deferred.prompt();
		await deferred.userChoice;
	}
}

export const installPrompt = new InstallPrompt();
