/**
 * Ice and heat timers as plain, saveable state over the player's wall-clock engine: each
 * running timer is a `PlayClock` over a one-segment timeline, so the time left after a reload
 * (or a sleeping phone) is worked out from the wall clock, never from counted ticks.
 *
 * Pure: stored through `TIMERS_PREF` (its reader checks what is read back and written).
 */
import * as engine from '$lib/player/engine';
import { formatDuration } from '$lib/routine/format';
import type { Segment } from '$lib/routine/types';
import { isRecord } from '$lib/is-record';
import type { Pref } from '$lib/storage/prefs';

export type TimerKind = 'ice' | 'heat';
export const TIMER_KINDS: readonly TimerKind[] = ['ice', 'heat'];

/** ice 10–15 min, heat up to 20 min (CONTENT.md §1) */
export const DURATION_CHOICES: Record<TimerKind, readonly number[]> = {
	ice: [10, 12, 15],
	heat: [5, 10, 15, 20]
};
export const DEFAULT_MINUTES: Record<TimerKind, number> = { ice: 15, heat: 20 };

export interface TimerState {
	minutes: number;
	/** null while the timer is idle */
	clock: engine.PlayClock | null;
	/** the end cue has been given (so a reload does not repeat it) */
	cued: boolean;
}

export type TimersState = Record<TimerKind, TimerState>;

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

export interface TimerView {
	status: TimerStatus;
	totalMs: number;
	elapsedMs: number;
	remainingMs: number;
}

const timelines = new Map<number, readonly Segment[]>();

/** the one-segment timeline of a timer; one array per length, so the engine's cache holds */
export function timelineFor(minutes: number): readonly Segment[] {
	let timeline = timelines.get(minutes);
	if (!timeline) {
		timeline = [{ type: 'work', durationSec: minutes * 60 }];
		timelines.set(minutes, timeline);
	}
	return timeline;
}

export function idleTimer(kind: TimerKind, minutes = DEFAULT_MINUTES[kind]): TimerState {
	return { minutes, clock: null, cued: false };
}

export function defaultTimers(): TimersState {
	return { ice: idleTimer('ice'), heat: idleTimer('heat') };
}

export function viewTimer(state: TimerState, now: number): TimerView {
	const timeline = timelineFor(state.minutes);
	const totalMs = engine.totalMs(timeline);
	if (!state.clock) return { status: 'idle', totalMs, elapsedMs: 0, remainingMs: totalMs };
	const elapsedMs = engine.elapsedMs(state.clock, timeline, now);
	const status: TimerStatus =
		elapsedMs >= totalMs ? 'done' : engine.isPaused(state.clock) ? 'paused' : 'running';
	return { status, totalMs, elapsedMs, remainingMs: totalMs - elapsedMs };
}

export function startTimer(state: TimerState, now: number): TimerState {
	return { ...state, clock: engine.createClock(now), cued: false };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
	if (!state.clock || viewTimer(state, now).status !== 'running') return state;
	return { ...state, clock: engine.pause(state.clock, now) };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
	if (!state.clock || viewTimer(state, now).status !== 'paused') return state;
	return { ...state, clock: engine.resume(state.clock, now) };
}

export function resetTimer(state: TimerState): TimerState {
	return { ...state, clock: null, cued: false };
}

/** a new length, allowed only while the timer is idle or done (it then goes back to idle) */
export function setMinutes(
	state: TimerState,
	kind: TimerKind,
	minutes: number,
	now: number
): TimerState {
	if (!DURATION_CHOICES[kind].includes(minutes)) return state;
	const status = viewTimer(state, now).status;
	if (status === 'running' || status === 'paused') return state;
	return { minutes, clock: null, cued: false };
}

/** the end cue is due: the timer is done and has not rung yet */
export function cueDue(state: TimerState, now: number): boolean {
	return !state.cued && viewTimer(state, now).status === 'done';
}

/** `m:ss`, counting whole seconds up (14:59.2 left shows 15:00 → 14:59 a moment later) */
export function formatRemaining(ms: number): string {
	return formatDuration(Math.ceil(ms / 1000));
}

// ---------------------------------------------------------------------------------------
// Reading back

function isFiniteNumber(x: unknown): x is number {
	return typeof x === 'number' && Number.isFinite(x);
}

function parseClock(value: unknown): engine.PlayClock | null {
	if (!isRecord(value)) return null;
	const { startedAt, pauses, offsetMs, endedAt } = value;
	if (!isFiniteNumber(startedAt) || !isFiniteNumber(offsetMs) || !Array.isArray(pauses)) {
		return null;
	}
	if (endedAt !== null && !isFiniteNumber(endedAt)) return null;
	const parsed: engine.PauseInterval[] = [];
	for (const [i, p] of pauses.entries()) {
		if (!isRecord(p) || !isFiniteNumber(p.from)) return null;
		// only the last pause may still be open
		if (p.to === null && i === pauses.length - 1) parsed.push({ from: p.from, to: null });
		else if (isFiniteNumber(p.to) && p.to >= p.from) parsed.push({ from: p.from, to: p.to });
		else return null;
	}
	return { startedAt, pauses: parsed, offsetMs, endedAt, skipped: [] };
}

function parseTimer(kind: TimerKind, value: unknown): TimerState {
	if (!isRecord(value)) return idleTimer(kind);
	const minutes = DURATION_CHOICES[kind].includes(value.minutes as number)
		? (value.minutes as number)
		: DEFAULT_MINUTES[kind];
	const clock = parseClock(value.clock);
	return { minutes, clock, cued: clock !== null && value.cued === true };
}

/** timers read back from storage; anything malformed falls back to an idle timer */
export function parseTimers(value: unknown): TimersState {
	const record = isRecord(value) ? value : {};
	return { ice: parseTimer('ice', record.ice), heat: parseTimer('heat', record.heat) };
}

/** plain data of the timers, as stored */
export function plainTimers(state: TimersState): TimersState {
	const plain = (t: TimerState): TimerState => ({
		minutes: t.minutes,
		cued: t.cued,
		clock: t.clock && {
			startedAt: t.clock.startedAt,
			pauses: t.clock.pauses.map((p) => ({ from: p.from, to: p.to })),
			offsetMs: t.clock.offsetMs,
			endedAt: t.clock.endedAt,
			skipped: []
		}
	});
	return { ice: plain(state.ice), heat: plain(state.heat) };
}

/** the timers, in the `prefs` store; a damaged one reads back as an idle timer */
export const TIMERS_PREF: Pref<TimersState> = {
	key: 'careTimers',
	read: (raw) => (isRecord(raw) ? plainTimers(parseTimers(raw)) : undefined)
};
