/**
 * The ice and heat timers as reactive state over the pure `timers.ts`: the time left is
 * derived from the wall clock on every tick, every change is saved, and the state is read
 * back on mount so a running timer continues across a reload. Cues (beep, voice, vibration)
 * at the end come from the player's adapters.
 */
import { wallClock, type Clock } from '$lib/adapters/browser';
import { beep, unlockAudio, vibrate } from '$lib/player/adapters/sound';
import { speak } from '$lib/player/adapters/speech';
import { loadPref, savePref } from '$lib/storage/prefs';
import {
	cueDue,
	defaultTimers,
	pauseTimer,
	plainTimers,
	resetTimer,
	resumeTimer,
	setMinutes,
	startTimer,
	TIMER_KINDS,
	TIMERS_PREF,
	viewTimer,
	type TimerKind,
	type TimerState,
	type TimersState,
	type TimerView
} from './timers';

const TICK_MS = 250;

export const TIMER_LABELS: Record<TimerKind, string> = { ice: 'Ice', heat: 'Heat' };

/** what the timers do in the browser: sound (unlocked from a tap), speech and vibration */
export interface TimerCues {
	unlock(): void;
	cue(text: string): void;
}

export const browserTimerCues: TimerCues = {
	unlock: unlockAudio,
	cue(text) {
		beep(660, 300);
		speak(text);
		vibrate([300, 150, 300]);
	}
};

export const NOT_SAVED =
	'The timers could not be saved on this device: a reload starts them afresh.';

export class CareTimers {
	state = $state.raw<TimersState>(defaultTimers());
	now = $state(0);
	/** the last end cue, for a polite live region */
	message = $state('');
	/** restored from storage: the controls work from then on */
	ready = $state(false);
	/** why the timers are not kept across a reload */
	saveError = $state('');

	readonly views: Record<TimerKind, TimerView> = $derived({
		ice: viewTimer(this.state.ice, this.now),
		heat: viewTimer(this.state.heat, this.now)
	});

	#interval: ReturnType<typeof setInterval> | undefined;
	#wall: Clock;
	#cues: TimerCues;

	constructor(wall: Clock = wallClock, cues: TimerCues = browserTimerCues) {
		this.#wall = wall;
		this.#cues = cues;
		this.now = wall();
	}

	/** read the saved timers (on mount); a finished timer that already rang starts afresh */
	async restore() {
		let loaded = defaultTimers();
		try {
			loaded = (await loadPref(TIMERS_PREF)) ?? loaded;
		} catch {
			// no storage: the timers start idle
		}
		const now = this.#wall();
		const tidy = (t: TimerState) =>
			t.cued && viewTimer(t, now).status === 'done' ? resetTimer(t) : t;
		this.state = { ice: tidy(loaded.ice), heat: tidy(loaded.heat) };
		this.ready = true;
		this.#tick();
		this.#sync();
	}

	start(kind: TimerKind) {
		// browsers let audio start only from a tap
		this.#cues.unlock();
		this.message = '';
		this.#update(kind, (t, now) => startTimer(t, now));
	}

	pause(kind: TimerKind) {
		this.#update(kind, (t, now) => pauseTimer(t, now));
	}

	resume(kind: TimerKind) {
		this.#cues.unlock();
		this.#update(kind, (t, now) => resumeTimer(t, now));
	}

	reset(kind: TimerKind) {
		this.#update(kind, (t) => resetTimer(t));
	}

	setMinutes(kind: TimerKind, minutes: number) {
		this.#update(kind, (t, now) => setMinutes(t, kind, minutes, now));
	}

	destroy() {
		clearInterval(this.#interval);
		this.#interval = undefined;
	}

	#update(kind: TimerKind, change: (t: TimerState, now: number) => TimerState) {
		const now = this.#wall();
		this.now = now;
		this.state = { ...this.state, [kind]: change(this.state[kind], now) };
		void this.#save();
		// a timer that ended since the last tick (a sleeping phone) still rings
		this.#tick();
	}

	/** ticks only while a timer runs */
	#sync() {
		const running = TIMER_KINDS.some(
			(k) => viewTimer(this.state[k], this.now).status === 'running'
		);
		if (running && this.#interval === undefined) {
			this.#interval = setInterval(() => this.#tick(), TICK_MS);
		} else if (!running && this.#interval !== undefined) {
			this.destroy();
		}
	}

	#tick() {
		const now = this.#wall();
		this.now = now;
		for (const kind of TIMER_KINDS) {
			if (cueDue(this.state[kind], now)) {
				this.state = { ...this.state, [kind]: { ...this.state[kind], cued: true } };
				void this.#save();
				this.#cue(kind);
			}
		}
		this.#sync();
	}

	#cue(kind: TimerKind) {
		const text = `${TIMER_LABELS[kind]} time is up. Take the pack off.`;
		this.message = text;
		this.#cues.cue(text);
	}

	/** the latest state is what is stored: writes go in order, each a whole snapshot */
	#saving: Promise<void> = Promise.resolve();
	#save(): Promise<void> {
		const value = plainTimers(this.state);
		this.#saving = this.#saving.then(async () => {
			try {
				await savePref(TIMERS_PREF, value);
				this.saveError = '';
			} catch {
				this.saveError = NOT_SAVED;
			}
		});
		return this.#saving;
	}

	/** resolves once every change so far is stored (tests, leaving the page) */
	saved(): Promise<void> {
		return this.#saving;
	}
}
