/**
 * Which cue belongs to which instant of a timeline, and which of them to actually voice.
 *
 * Cues are a pure function of the timeline: each one sits at a fixed routine time. The player
 * asks for the cues crossed between two positions it observed, so however irregular its ticks,
 * each cue is found exactly once; `cuesToPlay` then refuses to replay a burst of stale cues
 * after a long gap (hidden tab, sleeping machine).
 *
 * Pure TypeScript: no DOM, no Svelte.
 */
import type { Segment } from '$lib/routine/types';
import { segmentIndexAt, segmentStarts } from './engine';

export type CueKind =
	| 'exercise-start'
	| 'switch'
	| 'rest'
	| 'countdown'
	| 'done'
	/** a paced, held repetition starts ("Hold") or ends ("Relax") */
	| 'hold'
	| 'relax'
	/** a transition that changes between standing and the floor */
	| 'position';

export interface Cue {
	/** routine time (ms) the cue belongs to */
	atMs: number;
	kind: CueKind;
	/** the segment that starts (or counts down, or ends the routine) at `atMs` */
	segmentIndex: number;
	/** what to say or show */
	text: string;
	/** 3, 2, 1 for countdowns */
	count?: number;
}

/** display name of an exercise id */
export type NameOf = (exerciseId: string) => string;

export const SWITCH_TEXT = 'Switch sides';
export const REST_TEXT = 'Rest';
export const DONE_TEXT = 'Well done';
/** said at a work start whose exercise is unknown */
export const GO_TEXT = 'Go';
export const HOLD_TEXT = 'Hold';
export const RELAX_TEXT = 'Relax';
/** said with the first held repetition of a set */
export const BREATHE_TEXT = 'breathe normally while you hold';
/** getting up from the floor, the safe way (log-roll) */
export const GET_UP_TEXT = 'Roll onto your side and push up with your arms';
export const GET_DOWN_TEXT =
	'Get down to the floor: one knee, then both hands, then roll onto your side';

/** the player's line for a segment of paced repetitions: "Rep 3 of 6 — hold", or "Relax" */
export function repLine(segment: Segment): string | null {
	if (segment.rep === undefined || segment.repsInSet === undefined) return null;
	if (segment.type === 'work') return `Rep ${segment.rep} of ${segment.repsInSet} — hold`;
	if (segment.type === 'rest') return RELAX_TEXT;
	return null;
}

/** segments whose last seconds are counted down aloud */
const COUNTED: ReadonlySet<Segment['type']> = new Set(['work', 'rest', 'prepare']);
const COUNTDOWN_FROM = 3;

/**
 * The cue at the start of segment `i`, if any:
 * - work: the exercise name (with "set n of m" for later sets); "Switch sides" when it follows
 *   work on the other side without a switch segment; nothing right after a switch segment,
 *   which has already said "Switch sides";
 * - switch: "Switch sides"; rest: "Rest"; prepare and transition: nothing (the screen shows
 *   what comes next, and the work start names it), except the way to get down to the floor
 *   or back up when the position changes;
 * - paced, held repetitions (McGill's pyramid): the first of a set names the exercise and
 *   says "Hold, and breathe normally while you hold", the others "Hold"; the relax between
 *   them "Relax", and the end of a set's last hold says "Relax" before what follows.
 */
function startCue(
	timeline: readonly Segment[],
	i: number,
	atMs: number,
	nameOf: NameOf
): Cue | null {
	const seg = timeline[i] as Segment;
	const prev = timeline[i - 1];
	// the end of a held repetition
	const heldBefore = prev?.type === 'work' && prev.rep !== undefined;
	switch (seg.type) {
		case 'switch':
			return { atMs, kind: 'switch', segmentIndex: i, text: SWITCH_TEXT };
		case 'rest':
			if (seg.rep !== undefined) return { atMs, kind: 'relax', segmentIndex: i, text: RELAX_TEXT };
			return {
				atMs,
				kind: 'rest',
				segmentIndex: i,
				text: heldBefore ? `${RELAX_TEXT}. ${REST_TEXT}` : REST_TEXT
			};
		case 'transition':
		case 'prepare': {
			if (seg.change) {
				const how = seg.change === 'up' ? GET_UP_TEXT : GET_DOWN_TEXT;
				return {
					atMs,
					kind: 'position',
					segmentIndex: i,
					text: heldBefore ? `${RELAX_TEXT}. ${how}` : how
				};
			}
			return heldBefore ? { atMs, kind: 'relax', segmentIndex: i, text: RELAX_TEXT } : null;
		}
		case 'work': {
			// held repetitions after the first of a set: just "Hold"
			if (seg.rep !== undefined && seg.rep > 1) {
				return { atMs, kind: 'hold', segmentIndex: i, text: HOLD_TEXT };
			}
			if (seg.rep !== undefined && prev?.type === 'switch') {
				return { atMs, kind: 'hold', segmentIndex: i, text: `${HOLD_TEXT}, and ${BREATHE_TEXT}` };
			}
			if (prev?.type === 'switch') return null;
			const sameItem =
				prev?.type === 'work' &&
				prev.exerciseId === seg.exerciseId &&
				prev.itemIndex === seg.itemIndex;
			if (sameItem && prev.side !== undefined && seg.side !== undefined && prev.side !== seg.side) {
				return { atMs, kind: 'switch', segmentIndex: i, text: SWITCH_TEXT };
			}
			const name = seg.exerciseId !== undefined ? nameOf(seg.exerciseId) : GO_TEXT;
			const named =
				seg.set !== undefined && seg.sets !== undefined && seg.set > 1
					? `${name}, set ${seg.set} of ${seg.sets}`
					: name;
			// the first held repetition of a set: the breathing cue where it helps
			const text = seg.rep !== undefined ? `${named}. ${HOLD_TEXT}, and ${BREATHE_TEXT}` : named;
			return { atMs, kind: 'exercise-start', segmentIndex: i, text };
		}
		default:
			return null;
	}
}

/** all cues of segment `i` in time order, pushed onto `out` when inside (fromMs, toMs] */
function segmentCues(
	timeline: readonly Segment[],
	starts: readonly number[],
	i: number,
	fromMs: number,
	toMs: number,
	nameOf: NameOf,
	out: Cue[]
): void {
	const start = starts[i] as number;
	const end = starts[i + 1] as number;
	const inRange = (t: number) => t > fromMs && t <= toMs;
	if (inRange(start)) {
		const cue = startCue(timeline, i, start, nameOf);
		if (cue) out.push(cue);
	}
	if (COUNTED.has((timeline[i] as Segment).type)) {
		for (let count = COUNTDOWN_FROM; count >= 1; count--) {
			const at = end - count * 1000;
			// a count that would fall on the segment's own start is dropped: the start cue speaks
			if (at > start && inRange(at)) {
				out.push({ atMs: at, kind: 'countdown', segmentIndex: i, text: String(count), count });
			}
		}
	}
	if (i === timeline.length - 1 && inRange(end)) {
		out.push({ atMs: end, kind: 'done', segmentIndex: i, text: DONE_TEXT });
	}
}

/**
 * The cues at routine times in (fromMs, toMs], in order. Pass a negative `fromMs` (e.g. −1)
 * at the very start to include a cue at 0.
 */
export function cuesBetween(
	timeline: readonly Segment[],
	fromMs: number,
	toMs: number,
	nameOf: NameOf
): Cue[] {
	const out: Cue[] = [];
	if (!(toMs > fromMs) || timeline.length === 0) return out;
	const starts = segmentStarts(timeline);
	// the segment holding fromMs can still have countdowns or its end ahead
	const first = segmentIndexAt(starts, Math.max(fromMs, 0));
	const last = segmentIndexAt(starts, toMs);
	for (let i = first; i <= last; i++) segmentCues(timeline, starts, i, fromMs, toMs, nameOf, out);
	return out;
}

export interface CuesToPlayOptions {
	nameOf: NameOf;
	/** a step longer than this (ms) is a gap: the player was not watching. Default 1500 */
	maxGapMs?: number;
	/** after a gap, a cue of the current segment this recent (ms) is still worth saying. Default 3000 */
	freshMs?: number;
}

/**
 * What to voice for the step from `prevMs` to `nowMs` (routine times observed on two ticks).
 * A normal step voices every cue crossed. After a gap it voices at most one cue, the one that
 * belongs to the present: the start of the segment we are now in if that was recent (e.g. the
 * name of the exercise just entered), or "Well done" if the routine finished meanwhile; never
 * countdowns or cues of segments already left. A backward or empty step voices nothing.
 */
export function cuesToPlay(
	timeline: readonly Segment[],
	prevMs: number,
	nowMs: number,
	opts: CuesToPlayOptions
): Cue[] {
	const crossed = cuesBetween(timeline, prevMs, nowMs, opts.nameOf);
	if (nowMs - prevMs <= (opts.maxGapMs ?? 1500)) return crossed;
	const freshMs = opts.freshMs ?? 3000;
	const current = segmentIndexAt(segmentStarts(timeline), nowMs);
	for (let k = crossed.length - 1; k >= 0; k--) {
		const cue = crossed[k] as Cue;
		if (cue.kind === 'done') return [cue];
		if (cue.kind === 'countdown') continue;
		if (cue.segmentIndex === current && nowMs - cue.atMs <= freshMs) return [cue];
		// older cues belong to segments already left, or are too old to be news
		break;
	}
	return [];
}
