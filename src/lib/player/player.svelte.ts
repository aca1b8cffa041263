/**
 * The routine being played, as reactive state over the pure engine. The position is derived
 * from the monotonic clock on every tick (nothing here counts ticks), so a throttled timer or
 * a hidden tab cannot make it drift, and the device clock jumping either way cannot move it.
 * Side effects (speech, beeps, wake lock, saving) go through the injected adapters, at the
 * edges: on a tick, on a control, on visibility changes.
 */
import type { Segment } from '$lib/routine/types';
import * as engine from './engine';
import { cuesToPlay, type Cue } from './cues';
import type { PlayerAdapters } from './adapters/types';

export interface CueSettings {
	voice: boolean;
	sound: boolean;
	vibration: boolean;
}

export interface PlayerSnapshot {
	/** routine ms reached */
	elapsedMs: number;
	paused: boolean;
	/** routine time jumped over with Next */
	skipped: engine.SkipRange[];
	exercisesCompleted: string[];
	completedSec: number;
	/** every exercise's work was played (or finished early with Done), none skipped */
	allWorkDone: boolean;
}

export type PlayerDeps = Pick<
	PlayerAdapters,
	'speech' | 'sound' | 'vibrate' | 'wakeLock' | 'visibility' | 'clocks' | 'every'
>;

export interface PlayerOptions {
	timeline: Segment[];
	nameOf: (exerciseId: string) => string;
	cues: CueSettings;
	adapters: PlayerDeps;
	/** called at each segment change, every few seconds of play, on pause and when hidden */
	onCheckpoint?: (snapshot: PlayerSnapshot) => void;
	/** called once, when the routine reaches its end */
	onFinish?: (snapshot: PlayerSnapshot) => void;
}

const TICK_MS = 200;
/** a step longer than this means the page was not watching (the default of cuesToPlay) */
const GAP_MS = 1500;
/** routine time between checkpoints while playing: what a reload can lose at most */
export const CHECKPOINT_MS = 5000;

export class Player {
	/** replaced only by `retime`, with one of the same length and item times */
	timeline = $state.raw<Segment[]>([]);
	readonly wakeLock: PlayerDeps['wakeLock'];
	clock = $state.raw<engine.PlayClock | null>(null);
	now = $state(0);
	/** the last cue, shown as a caption and announced by the polite live region */
	caption = $state('');

	readonly position: engine.Position;
	readonly paused = $derived(this.clock !== null && engine.isPaused(this.clock));
	readonly started = $derived(this.clock !== null);

	#opts: PlayerOptions;
	#io: PlayerDeps;
	#stopTimer: (() => void) | null = null;
	#stopWatching: (() => void) | null = null;
	#lastMs = -1;
	#lastIndex = -1;
	#savedMs = 0;
	#finished = false;

	constructor(opts: PlayerOptions) {
		this.timeline = opts.timeline;
		this.#opts = opts;
		this.#io = opts.adapters;
		this.wakeLock = opts.adapters.wakeLock;
		this.position = $derived(
			engine.positionAt(
				this.timeline,
				this.clock ? engine.elapsedMs(this.clock, this.timeline, this.now) : 0
			)
		);
	}

	#mono() {
		return this.#io.clocks.monotonic();
	}

	/**
	 * Plays `timeline` from here on: a routine with one exercise swapped for another in the same
	 * time (Easier, Harder), so the position and the total stay where they are.
	 */
	retime(timeline: Segment[]) {
		const total = (t: readonly Segment[]) => t.reduce((n, s) => n + s.durationSec, 0);
		if (total(timeline) !== total(this.timeline)) return false;
		this.timeline = timeline;
		return true;
	}

	/** the Start tap: unlocks audio (browsers require a gesture) and starts the clock */
	start() {
		this.#io.sound.unlock();
		this.#run(engine.createClock(this.#mono()));
		this.#lastMs = -1;
	}

	/** rebuilds a paused clock at a saved position (and its skips), after a reload */
	restore(elapsedMs: number, skipped: readonly engine.SkipRange[] = []) {
		this.#run(engine.resumeFrom(elapsedMs, this.#mono(), { paused: true, skipped }));
		this.#lastMs = this.#at();
		this.#savedMs = this.#lastMs;
	}

	#run(clock: engine.PlayClock) {
		this.clock = clock;
		this.now = this.#mono();
		this.#lastIndex = this.position.index;
		this.#stopTimer ??= this.#io.every(TICK_MS, () => this.tick());
		this.#stopWatching ??= this.#io.visibility.onChange(this.#onVisibility);
		if (!engine.isPaused(clock)) void this.wakeLock.acquire();
	}

	#onVisibility = () => {
		if (this.#io.visibility.hidden()) this.#checkpoint();
		// back in view: land in the right place at once, without a burst of missed cues
		else this.tick();
	};

	#at() {
		return this.clock ? engine.elapsedMs(this.clock, this.timeline, this.#mono()) : 0;
	}

	tick() {
		const clock = this.clock;
		if (!clock) return;
		this.now = this.#mono();
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
		if (index !== this.#lastIndex || Math.abs(at - this.#savedMs) >= CHECKPOINT_MS) {
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
		const io = this.#io;
		for (const cue of cues) {
			if (cue.kind === 'countdown') {
				if (sound) io.sound.beep(880, 120);
			} else {
				this.caption = cue.text;
				if (voice) io.speech.speak(cue.text);
				if (sound) io.sound.beep(cue.kind === 'done' ? 660 : 520, 220);
				if (vibration) io.vibrate(cue.kind === 'switch' ? [120, 80, 120] : 200);
			}
		}
	}

	snapshot(): PlayerSnapshot {
		const clock = this.clock;
		const at = this.#at();
		const skipped = clock?.skipped ?? [];
		const exercisesCompleted = engine.completedExercises(this.timeline, at, skipped);
		const withWork = engine.exerciseGroups(this.timeline).filter((g) => g.firstWorkMs !== null);
		return {
			elapsedMs: at,
			paused: clock ? engine.isPaused(clock) : false,
			skipped: skipped.map((r) => ({ ...r })),
			exercisesCompleted,
			completedSec: engine.completedSeconds(this.timeline, at, skipped),
			allWorkDone: engine.completedGroups(this.timeline, at, skipped).length === withWork.length
		};
	}

	#checkpoint() {
		if (!this.clock || this.#finished) return;
		const snapshot = this.snapshot();
		this.#savedMs = snapshot.elapsedMs;
		this.#opts.onCheckpoint?.(snapshot);
	}

	#apply(change: (clock: engine.PlayClock, now: number) => engine.PlayClock, jump = false) {
		if (!this.clock) return;
		const now = this.#mono();
		this.clock = change(this.clock, now);
		if (jump) {
			// a jump is not a crossing: the cues jumped over stay silent, the landing names itself
			this.#lastMs = engine.elapsedMs(this.clock, this.timeline, now) - 1;
		}
		this.tick();
	}

	pause() {
		this.#apply(engine.pause);
		this.#io.speech.stop();
		void this.wakeLock.release();
		this.#checkpoint();
	}

	resume() {
		this.#io.sound.unlock();
		this.#apply(engine.resume);
		void this.wakeLock.acquire();
		this.#checkpoint();
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
		if (this.clock) this.clock = engine.end(this.clock, this.#mono());
		this.#finished = true;
		this.#stop();
		return this.snapshot();
	}

	#stop() {
		this.#stopTimer?.();
		this.#stopTimer = null;
		this.#stopWatching?.();
		this.#stopWatching = null;
		this.#io.speech.stop();
		void this.wakeLock.release();
	}

	destroy() {
		this.#stop();
	}
}
