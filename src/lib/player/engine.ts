/**
 * The player's position as a pure function of a timeline and the wall clock.
 *
 * Nothing here counts ticks: a `PlayClock` records when play started, the pauses (as
 * intervals of wall time) and the net effect of jumps (next, previous, done). The routine
 * position at any instant is `now − startedAt − paused + offset`, clamped to the timeline, so
 * a throttled timer, a hidden tab or a sleeping machine cannot make it drift, and the whole
 * state is plain JSON that can be saved and restored.
 *
 * Clocks are immutable: every operation returns a new clock. Timelines are treated as
 * immutable too; derived data (segment start offsets, exercise groups) is cached per timeline
 * array, so build a new array rather than mutating one that has been played.
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import type { Segment } from '$lib/routine/types';

/** a pause in wall-clock ms; `to` is null while it lasts */
export interface PauseInterval {
	from: number;
	to: number | null;
}

/** a range of routine time (ms) jumped over with `next`: it does not count as done */
export interface SkipRange {
	fromMs: number;
	toMs: number;
}

/** the serialisable state of a routine being played */
export interface PlayClock {
	/** wall ms when play started (or when the clock was rebuilt by `resumeFrom`) */
	startedAt: number;
	pauses: PauseInterval[];
	/** routine ms added by jumps (positive forwards, negative backwards) */
	offsetMs: number;
	/** wall ms when the user ended the routine; time stands still after it */
	endedAt: number | null;
	/** routine time skipped forwards; sorted, disjoint and never beyond the position */
	skipped: SkipRange[];
}

/** where a routine is at a given routine time */
export interface Position {
	/** index of the current segment; −1 only for an empty timeline */
	index: number;
	/** the current segment; null only for an empty timeline */
	segment: Segment | null;
	segmentStartMs: number;
	segmentEndMs: number;
	elapsedInSegmentMs: number;
	/** ms left in the current segment */
	remainingMs: number;
	totalMs: number;
	overallElapsedMs: number;
	/** ms left in the whole routine */
	overallRemainingMs: number;
	/** 0..1 over the whole routine */
	progress: number;
	/** the routine time has reached the end (the last segment is then the current one) */
	done: boolean;
}

/**
 * One exercise as the player's buttons see it: a run of consecutive segments of the same item,
 * including the prepare or transition that leads into it and the rests and switches inside it.
 */
export interface ExerciseGroup {
	exerciseId: string | undefined;
	itemIndex: number | undefined;
	/** first and last (inclusive) segment indices */
	first: number;
	last: number;
	startMs: number;
	endMs: number;
	/** start of its first work segment, or null when it has none */
	firstWorkMs: number | null;
}

/** how far into an exercise `previous` restarts it instead of going back one */
export const PREVIOUS_RESTART_MS = 3000;

interface Compiled {
	/** length n + 1: starts[i] is where segment i begins, starts[n] is the total */
	starts: number[];
	groups: ExerciseGroup[];
	/** segment index → group index */
	groupOf: Int32Array;
}

const cache = new WeakMap<readonly Segment[], Compiled>();

function compile(timeline: readonly Segment[]): Compiled {
	const hit = cache.get(timeline);
	if (hit) return hit;
	const n = timeline.length;
	const starts = new Array<number>(n + 1);
	// integer ms all the way: whole-second durations times 1000 add up exactly
	let acc = 0;
	for (let i = 0; i < n; i++) {
		starts[i] = acc;
		acc += Math.round((timeline[i] as Segment).durationSec * 1000);
	}
	starts[n] = acc;
	const { groups, groupOf } = groupExercises(timeline, starts);
	const compiled: Compiled = { starts, groups, groupOf };
	cache.set(timeline, compiled);
	return compiled;
}

/**
 * Segments join the current group while their identity agrees with it: `itemIndex` decides
 * when both sides have one (the same exercise can appear twice in a routine), otherwise
 * `exerciseId`; a segment with neither (a bare rest) joins whatever is current, and leading
 * bare segments join the first exercise.
 */
function groupExercises(
	timeline: readonly Segment[],
	starts: readonly number[]
): { groups: ExerciseGroup[]; groupOf: Int32Array } {
	const groups: ExerciseGroup[] = [];
	const groupOf = new Int32Array(timeline.length);
	let current: ExerciseGroup | null = null;
	for (let i = 0; i < timeline.length; i++) {
		const seg = timeline[i] as Segment;
		const start = starts[i] as number;
		if (current === null || !sameExercise(current, seg)) {
			current = {
				exerciseId: seg.exerciseId,
				itemIndex: seg.itemIndex,
				first: i,
				last: i,
				startMs: start,
				endMs: start,
				firstWorkMs: null
			};
			groups.push(current);
		}
		current.exerciseId ??= seg.exerciseId;
		current.itemIndex ??= seg.itemIndex;
		current.last = i;
		current.endMs = starts[i + 1] as number;
		if (seg.type === 'work' && current.firstWorkMs === null) current.firstWorkMs = start;
		groupOf[i] = groups.length - 1;
	}
	return { groups, groupOf };
}

function sameExercise(group: ExerciseGroup, seg: Segment): boolean {
	if (group.itemIndex !== undefined && seg.itemIndex !== undefined) {
		return group.itemIndex === seg.itemIndex;
	}
	if (group.exerciseId !== undefined && seg.exerciseId !== undefined) {
		return group.exerciseId === seg.exerciseId;
	}
	return true;
}

/** start offset (ms) of every segment, plus the total as a last element (length n + 1) */
export function segmentStarts(timeline: readonly Segment[]): readonly number[] {
	return compile(timeline).starts;
}

/** total length of a timeline in ms */
export function totalMs(timeline: readonly Segment[]): number {
	const { starts } = compile(timeline);
	return starts[starts.length - 1] as number;
}

/** the exercises of a timeline in playing order (see `ExerciseGroup`) */
export function exerciseGroups(timeline: readonly Segment[]): readonly ExerciseGroup[] {
	return compile(timeline).groups;
}

/**
 * Index of the segment playing at routine time `ms`: segments are half-open
 * [start, end), so a boundary belongs to the segment that starts there; at or past the end
 * it is the last segment. −1 for an empty timeline. Allocation-free.
 */
export function segmentIndexAt(starts: readonly number[], ms: number): number {
	const n = starts.length - 1;
	if (n <= 0) return -1;
	let lo = 0;
	let hi = n - 1;
	// largest i with starts[i] <= ms
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if ((starts[mid] as number) <= ms) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** where the routine is at routine time `elapsed` (clamped to 0..total) */
export function positionAt(timeline: readonly Segment[], elapsed: number): Position {
	const { starts } = compile(timeline);
	const total = starts[starts.length - 1] as number;
	const ms = clamp(elapsed, 0, total);
	const index = segmentIndexAt(starts, ms);
	if (index < 0) {
		return {
			index: -1,
			segment: null,
			segmentStartMs: 0,
			segmentEndMs: 0,
			elapsedInSegmentMs: 0,
			remainingMs: 0,
			totalMs: 0,
			overallElapsedMs: 0,
			overallRemainingMs: 0,
			progress: 1,
			done: true
		};
	}
	const start = starts[index] as number;
	const end = starts[index + 1] as number;
	return {
		index,
		segment: timeline[index] as Segment,
		segmentStartMs: start,
		segmentEndMs: end,
		elapsedInSegmentMs: ms - start,
		remainingMs: end - ms,
		totalMs: total,
		overallElapsedMs: ms,
		overallRemainingMs: total - ms,
		progress: total > 0 ? ms / total : 1,
		done: ms >= total
	};
}

// ---------------------------------------------------------------------------------------
// The clock

/** a clock that starts playing at `now` from the beginning */
export function createClock(now: number): PlayClock {
	return { startedAt: now, pauses: [], offsetMs: 0, endedAt: null, skipped: [] };
}

/**
 * A clock positioned at routine time `elapsed` as of `now`, for resuming after a reload.
 * Paused by default: the user confirms with Resume.
 */
export function resumeFrom(
	elapsed: number,
	now: number,
	opts: { paused?: boolean; skipped?: readonly SkipRange[] } = {}
): PlayClock {
	const position = Number.isFinite(elapsed) && elapsed > 0 ? elapsed : 0;
	return {
		startedAt: now,
		pauses: (opts.paused ?? true) ? [{ from: now, to: null }] : [],
		offsetMs: position,
		endedAt: null,
		skipped: trimSkipped(opts.skipped ?? [], position)
	};
}

/** the wall instant time stands still at for this clock: the end, if it has ended */
function effectiveNow(clock: PlayClock, now: number): number {
	return clock.endedAt !== null && clock.endedAt < now ? clock.endedAt : now;
}

/** wall ms spent paused up to `t` */
function pausedUntil(clock: PlayClock, t: number): number {
	let sum = 0;
	const pauses = clock.pauses;
	for (let i = 0; i < pauses.length; i++) {
		const p = pauses[i] as PauseInterval;
		const to = p.to === null || p.to > t ? t : p.to;
		if (to > p.from) sum += to - p.from;
	}
	return sum;
}

/** routine time before clamping; jumps are computed against it so they land exactly */
function rawElapsed(clock: PlayClock, now: number): number {
	const t = effectiveNow(clock, now);
	return t - clock.startedAt - pausedUntil(clock, t) + clock.offsetMs;
}

/** routine time (ms) reached at wall time `now`, clamped to 0..total */
export function elapsedMs(clock: PlayClock, timeline: readonly Segment[], now: number): number {
	return clamp(rawElapsed(clock, now), 0, totalMs(timeline));
}

export function isPaused(clock: PlayClock): boolean {
	const last = clock.pauses[clock.pauses.length - 1];
	return last !== undefined && last.to === null;
}

export function isEnded(clock: PlayClock): boolean {
	return clock.endedAt !== null;
}

export function pause(clock: PlayClock, now: number): PlayClock {
	if (isPaused(clock) || isEnded(clock)) return clock;
	return { ...clock, pauses: [...clock.pauses, { from: now, to: null }] };
}

export function resume(clock: PlayClock, now: number): PlayClock {
	if (!isPaused(clock) || isEnded(clock)) return clock;
	const pauses = clock.pauses.slice();
	const last = pauses[pauses.length - 1] as PauseInterval;
	pauses[pauses.length - 1] = { from: last.from, to: Math.max(now, last.from) };
	return { ...clock, pauses };
}

/** stop the clock for good; a pause still open is closed at the same instant */
export function end(clock: PlayClock, now: number): PlayClock {
	if (isEnded(clock)) return clock;
	const ended = isPaused(clock) ? resume(clock, now) : clock;
	return { ...ended, endedAt: now };
}

/** move the routine position to `target` as of `now`, keeping the paused state */
function jumpTo(clock: PlayClock, now: number, target: number, skipped: SkipRange[]): PlayClock {
	return { ...clock, offsetMs: clock.offsetMs + (target - rawElapsed(clock, now)), skipped };
}

/**
 * Jump to the start of the next exercise, including the prepare or transition that leads into
 * it (so the user gets the "get into position" time rather than being dropped into the work).
 * From the last exercise it goes to the end. The jumped-over time is recorded as skipped.
 */
export function next(clock: PlayClock, timeline: readonly Segment[], now: number): PlayClock {
	if (isEnded(clock)) return clock;
	const { starts, groups, groupOf } = compile(timeline);
	const total = starts[starts.length - 1] as number;
	const at = elapsedMs(clock, timeline, now);
	const index = segmentIndexAt(starts, at);
	if (index < 0 || at >= total) return clock;
	const following = groups[(groupOf[index] as number) + 1];
	const target = following ? following.startMs : total;
	return jumpTo(clock, now, target, [...clock.skipped, { fromMs: at, toMs: target }]);
}

/**
 * Restart the current exercise when more than `PREVIOUS_RESTART_MS` into its work; otherwise
 * (within the first 3 s of its work, or still in its lead-in) go to the start of the previous
 * exercise, or of the routine. After the end it restarts the last exercise.
 */
export function previous(clock: PlayClock, timeline: readonly Segment[], now: number): PlayClock {
	if (isEnded(clock)) return clock;
	const { starts, groups, groupOf } = compile(timeline);
	const at = elapsedMs(clock, timeline, now);
	const index = segmentIndexAt(starts, at);
	if (index < 0) return clock;
	const g = groupOf[index] as number;
	const group = groups[g] as ExerciseGroup;
	const into = at - (group.firstWorkMs ?? group.startMs);
	const target = into > PREVIOUS_RESTART_MS ? group.startMs : (groups[g - 1]?.startMs ?? 0);
	return jumpTo(clock, now, target, trimSkipped(clock.skipped, target));
}

/**
 * Finish the current segment now (a reps set done early): jump to its end. The jumped time
 * counts as done, unlike `next`. The player offers it for reps work; it is harmless elsewhere.
 */
export function completeSetEarly(
	clock: PlayClock,
	timeline: readonly Segment[],
	now: number
): PlayClock {
	if (isEnded(clock)) return clock;
	const { starts } = compile(timeline);
	const total = starts[starts.length - 1] as number;
	const at = elapsedMs(clock, timeline, now);
	const index = segmentIndexAt(starts, at);
	if (index < 0 || at >= total) return clock;
	return jumpTo(clock, now, starts[index + 1] as number, clock.skipped);
}

/** skipped ranges that are still behind a position moved back to `target` */
function trimSkipped(skipped: readonly SkipRange[], target: number): SkipRange[] {
	const out: SkipRange[] = [];
	for (const r of skipped) {
		if (r.fromMs >= target) continue;
		out.push(r.toMs > target ? { fromMs: r.fromMs, toMs: target } : r);
	}
	return out;
}

// ---------------------------------------------------------------------------------------
// What has been done

function skippedWithin(skipped: readonly SkipRange[], from: number, to: number): number {
	let sum = 0;
	for (const r of skipped) {
		const a = Math.max(r.fromMs, from);
		const b = Math.min(r.toMs, to);
		if (b > a) sum += b - a;
	}
	return sum;
}

/** whole seconds of the routine played (or completed early) up to `elapsed`, skips excluded */
export function completedSeconds(
	timeline: readonly Segment[],
	elapsed: number,
	skipped: readonly SkipRange[] = []
): number {
	const at = clamp(elapsed, 0, totalMs(timeline));
	return Math.floor((at - skippedWithin(skipped, 0, at)) / 1000);
}

/**
 * Exercises whose work segments have all finished by `elapsed` with none of their work
 * skipped, in playing order (one entry per occurrence).
 */
export function completedGroups(
	timeline: readonly Segment[],
	elapsed: number,
	skipped: readonly SkipRange[] = []
): ExerciseGroup[] {
	const { starts, groups } = compile(timeline);
	const out: ExerciseGroup[] = [];
	for (const group of groups) {
		if (group.firstWorkMs === null) continue;
		if (group.firstWorkMs >= elapsed) break;
		let done = true;
		for (let i = group.first; i <= group.last && done; i++) {
			if ((timeline[i] as Segment).type !== 'work') continue;
			const a = starts[i] as number;
			const b = starts[i + 1] as number;
			done = b <= elapsed && skippedWithin(skipped, a, b) === 0;
		}
		if (done) out.push(group);
	}
	return out;
}

/** ids of the exercises completed by `elapsed` (see `completedGroups`), for session records */
export function completedExercises(
	timeline: readonly Segment[],
	elapsed: number,
	skipped: readonly SkipRange[] = []
): string[] {
	const ids: string[] = [];
	for (const g of completedGroups(timeline, elapsed, skipped)) {
		if (g.exerciseId !== undefined) ids.push(g.exerciseId);
	}
	return ids;
}

/** `routine.items` indices of the exercises completed by `elapsed` */
export function completedItemIndices(
	timeline: readonly Segment[],
	elapsed: number,
	skipped: readonly SkipRange[] = []
): number[] {
	const indices: number[] = [];
	for (const g of completedGroups(timeline, elapsed, skipped)) {
		if (g.itemIndex !== undefined) indices.push(g.itemIndex);
	}
	return indices;
}

/** NaN (a corrupt saved position) clamps to the start rather than spreading */
function clamp(x: number, lo: number, hi: number): number {
	return !(x > lo) ? lo : x > hi ? hi : x;
}
