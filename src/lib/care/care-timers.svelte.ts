/**
 * The ice and heat timers as reactive state over the pure `timers.ts`: the time left is
 * derived from the wall clock on every tick, every change is saved, and the state is read
 * back on mount so a running timer continues across a reload. Cues (beep, voice, vibration)
 * at the end come from the player's adapters.
 */
import { beep, unlockAudio, vibrate } from '$lib/player/adapters/sound';
import { speak } from '$lib/player/adapters/speech';
import {
	cueDue,
	defaultTimers,
	loadTimers,
	pauseTimer,
	resetTimer,
	resumeTimer,
	saveTimers,
	setMinutes,
	startTimer,
	TIMER_KINDS,
	viewTimer,
	type TimerKind,
	type TimerState,
	type TimersState,
	type TimerView
} from './timers';

const TICK_MS = 250;

export const TIMER_LABELS: Record<TimerKind, string> = { ice: 'Ice', heat: 'Heat' };

export class CareTimers {
	state = $state.raw<TimersState>(defaultTimers());
	now = $state(0);
	/** the last end cue, for a polite live region */
	message = $state('');
	/** restored from storage: the controls work from then on */
	ready = $state(false);

	readonly views: Record<TimerKind, TimerView> = $derived({
		ice: viewTimer(this.state.ice, this.now),
		heat: viewTimer(this.state.heat, this.now)
	});

	#interval: ReturnType<typeof setInterval> | undefined;
	#wall: () => number;

	constructor(wall: () => number = () => Date.now()) {
		this.#wall = wall;
		this.now = wall();
	}

	/** read the saved timers (on mount); a finished timer that already rang starts afresh */
	restore() {
		const loaded = loadTimers();
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
		unlockAudio();
		this.message = '';
		this.#update(kind, (t, now) => startTimer(t, now));
	}

	pause(kind: TimerKind) {
		this.#update(kind, (t, now) => pauseTimer(t, now));
	}

	resume(kind: TimerKind) {
		unlockAudio();
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
		saveTimers(this.state);
		this.#sync();
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
				saveTimers(this.state);
				this.#cue(kind);
			}
		}
		this.#sync();
	}

	#cue(kind: TimerKind) {
		const text = `${TIMER_LABELS[kind]} time is up. Take the pack off.`;
		this.message = text;
		beep(660, 300);
		speak(text);
		vibrate([300, 150, 300]);
	}
}
