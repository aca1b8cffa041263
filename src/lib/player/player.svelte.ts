/**
 * The routine being played, as reactive state over the pure engine. The position is derived
 * from the wall clock on every tick; nothing here counts ticks. Side effects (speech, beeps,
 * wake lock, saving) happen at the edges: on a tick, on a control, on visibility changes.
 */
import type { Segment } from '$lib/routine/types';
import * as engine from './engine';
import { cuesToPlay, type Cue } from './cues';
import { speak, stopSpeaking } from './adapters/speech';
import { beep, unlockAudio, vibrate } from './adapters/sound';
import { WakeLock } from './adapters/wake-lock.svelte';

export interface CueSettings {
	voice: boolean;
	sound: boolean;
	vibration: boolean;
}

export interface PlayerSnapshot {
	/** routine ms reached */
	elapsedMs: number;
	paused: boolean;
	exercisesCompleted: string[];
	completedSec: number;
}

export interface PlayerOptions {
	timeline: Segment[];
	nameOf: (exerciseId: string) => string;
	cues: CueSettings;
	/** called at each segment change, on pause and when the page is hidden */
	onCheckpoint?: (snapshot: PlayerSnapshot) => void;
	/** called once, when the routine reaches its end */
	onFinish?: (snapshot: PlayerSnapshot) => void;
	now?: () => number;
}

const TICK_MS = 200;
/** a step longer than this means the page was not watching (the default of cuesToPlay) */
const GAP_MS = 1500;

export class Player {
	readonly timeline: Segment[];
	readonly wakeLock = new WakeLock();
	clock = $state.raw<engine.PlayClock | null>(null);
	now = $state(0);
	/** the last cue, shown as a caption and announced by the polite live region */
	caption = $state('');

	readonly position: engine.Position;
	readonly paused = $derived(this.clock !== null && engine.isPaused(this.clock));
	readonly started = $derived(this.clock !== null);

	#opts: PlayerOptions;
	#timer: ReturnType<typeof setInterval> | undefined;
	#lastMs = -1;
	#lastIndex = -1;
	#finished = false;

	constructor(opts: PlayerOptions) {
		this.timeline = opts.timeline;
		this.#opts = opts;
		this.position = $derived(
			engine.positionAt(
				this.timeline,
				this.clock ? engine.elapsedMs(this.clock, this.timeline, this.now) : 0
			)
		);
	}

	#wall() {
		return (this.#opts.now ?? Date.now)();
	}

	/** the Start tap: unlocks audio (browsers require a gesture) and starts the clock */
	start() {
		unlockAudio();
		this.#run(engine.createClock(this.#wall()));
		this.#lastMs = -1;
	}

	/** rebuilds a paused clock at a saved position, after a reload */
	restore(elapsedMs: number) {
		this.#run(engine.resumeFrom(elapsedMs, this.#wall(), { paused: true }));
		this.#lastMs = elapsedMs;
	}

	#run(clock: engine.PlayClock) {
		this.clock = clock;
		this.now = this.#wall();
		this.#lastIndex = this.position.index;
		this.#timer ??= setInterval(() => this.tick(), TICK_MS);
		document.addEventListener('visibilitychange', this.#onVisibility);
		if (!engine.isPaused(clock)) void this.wakeLock.acquire();
	}

	#onVisibility = () => {
		if (document.visibilityState === 'hidden') this.#checkpoint();
		// back in view: land in the right place at once, without a burst of missed cues
		else this.tick();
	};

	tick() {
		const clock = this.clock;
		if (!clock) return;
		this.now = this.#wall();
		const at = engine.elapsedMs(clock, this.timeline, this.now);
		if (at > this.#lastMs) {
			const cues = cuesToPlay(this.timeline, this.#lastMs, at, { nameOf: this.#opts.nameOf });
			// after a gap (hidden tab, sleep) an old caption would be stale: show only the present
			if (at - this.#lastMs > GAP_MS && !cues.some((c) => c.kind !== 'countdown'))
				this.caption = '';
			this.#voice(cues);
		}
		this.#lastMs = at;
		const { index, done } = this.position;
		if (index !== this.#lastIndex) {
			this.#lastIndex = index;
			this.#checkpoint();
		}
		if (done && !this.#finished) {
			this.#finished = true;
			this.#stop();
			this.#opts.onFinish?.(this.snapshot());
		}
	}

	#voice(cues: Cue[]) {
		const { voice, sound, vibration } = this.#opts.cues;
		for (const cue of cues) {
			if (cue.kind === 'countdown') {
				if (sound) beep(880, 120);
			} else {
				this.caption = cue.text;
				if (voice) speak(cue.text);
				if (sound) beep(cue.kind === 'done' ? 660 : 520, 220);
				if (vibration) vibrate(cue.kind === 'switch' ? [120, 80, 120] : 200);
			}
		}
	}

	snapshot(): PlayerSnapshot {
		const clock = this.clock;
		const at = clock ? engine.elapsedMs(clock, this.timeline, this.#wall()) : 0;
		const skipped = clock?.skipped ?? [];
		return {
			elapsedMs: at,
			paused: clock ? engine.isPaused(clock) : false,
			exercisesCompleted: engine.completedExercises(this.timeline, at, skipped),
			completedSec: engine.completedSeconds(this.timeline, at, skipped)
		};
	}

	#checkpoint() {
		if (this.clock && !this.#finished) this.#opts.onCheckpoint?.(this.snapshot());
	}

	#apply(change: (clock: engine.PlayClock, now: number) => engine.PlayClock, jump = false) {
		if (!this.clock) return;
		const now = this.#wall();
		this.clock = change(this.clock, now);
		if (jump) {
			// a jump is not a crossing: the cues jumped over stay silent, the landing names itself
			this.#lastMs = engine.elapsedMs(this.clock, this.timeline, now) - 1;
		}
		this.tick();
	}

	pause() {
		this.#apply(engine.pause);
		stopSpeaking();
		void this.wakeLock.release();
		this.#checkpoint();
	}

	resume() {
		unlockAudio();
		this.#apply(engine.resume);
		void this.wakeLock.acquire();
	}

	toggle() {
		if (this.paused) this.resume();
		else this.pause();
	}

	next() {
		this.#apply((c, now) => engine.next(c, this.timeline, now), true);
	}

	previous() {
		this.#apply((c, now) => engine.previous(c, this.timeline, now), true);
	}

	/** finish the current reps set early */
	done() {
		this.#apply((c, now) => engine.completeSetEarly(c, this.timeline, now), true);
	}

	/** ends play for good and returns what was done */
	end(): PlayerSnapshot {
		if (this.clock) this.clock = engine.end(this.clock, this.#wall());
		this.#finished = true;
		this.#stop();
		return this.snapshot();
	}

	#stop() {
		clearInterval(this.#timer);
		this.#timer = undefined;
		stopSpeaking();
		void this.wakeLock.release();
		document.removeEventListener('visibilitychange', this.#onVisibility);
	}

	destroy() {
		this.#stop();
	}
}
