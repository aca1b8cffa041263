/** The player's adapters over the real browser APIs (see `types.ts`). */
import { beep, unlockAudio, vibrate } from './sound';
import { speak, stopSpeaking } from './speech';
import { webLockSlots } from './slots';
import type { PlayerAdapters, Visibility } from './types';
import { WakeLock } from './wake-lock.svelte';

export const documentVisibility: Visibility = {
	hidden: () => document.visibilityState === 'hidden',
	onChange(listener) {
		document.addEventListener('visibilitychange', listener);
		return () => document.removeEventListener('visibilitychange', listener);
	}
};

export function browserAdapters(): PlayerAdapters {
	return {
		speech: { speak, stop: stopSpeaking },
		sound: { unlock: unlockAudio, beep },
		vibrate,
		wakeLock: new WakeLock(documentVisibility),
		visibility: documentVisibility,
		clocks: { monotonic: () => performance.now(), wall: () => Date.now() },
		every(ms, run) {
			const timer = setInterval(run, ms);
			return () => clearInterval(timer);
		},
		slots: webLockSlots()
	};
}
