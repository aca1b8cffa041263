/** Test support (not used by the app): fake browser adapters for the state classes. */
import type { Notifications } from '$lib/care/reminder.svelte';
import type { TimerCues } from '$lib/care/care-timers.svelte';

/** a clock that moves only when told */
export function fakeClock(start: number) {
	let now = start;
	const clock = () => now;
	clock.set = (t: number) => void (now = t);
	clock.advance = (ms: number) => void (now += ms);
	return clock;
}

/** records every file "downloaded" */
export function fakeDownload() {
	const files: { filename: string; text: string; type?: string }[] = [];
	const download = (filename: string, text: string, type?: string) =>
		void files.push({ filename, text, type });
	return Object.assign(download, { files });
}

/** notifications with a chosen answer to the permission question; records what was armed */
export function fakeNotifications(answer: NotificationPermission | 'unsupported' = 'granted') {
	const armed: unknown[] = [];
	let disarmed = 0;
	const notifications: Notifications & { armed: unknown[]; disarmed: () => number } = {
		supported: () => answer !== 'unsupported',
		ask: async () => answer,
		arm: (prefs) => {
			armed.push(prefs);
			return prefs.notify && answer === 'granted' && prefs.weekdays.length > 0
				? Date.UTC(2026, 5, 16, 7, 30)
				: null;
		},
		disarm: () => void (disarmed += 1),
		armed,
		disarmed: () => disarmed
	};
	return notifications;
}

/** cues that only record what they were asked to say */
export function fakeCues(): TimerCues & { said: string[]; unlocked: number } {
	const cues = {
		said: [] as string[],
		unlocked: 0,
		unlock: () => void (cues.unlocked += 1),
		cue: (text: string) => void cues.said.push(text)
	};
	return cues;
}
