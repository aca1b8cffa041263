import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Segment } from '$lib/routine/types';
import {
	BREATHE_TEXT,
	cuesBetween,
	cuesToPlay,
	DONE_TEXT,
	GET_UP_TEXT,
	HOLD_TEXT,
	RELAX_TEXT,
	repLine,
	REST_TEXT,
	SWITCH_TEXT,
	type Cue
} from './cues';

const S = 1000;
const names: Record<string, string> = { a: 'Cat-cow', b: 'Dead bug', c: 'Child pose' };
const nameOf = (id: string) => names[id] ?? id;

const timeline: Segment[] = [
	{ type: 'prepare', durationSec: 5, exerciseId: 'a', itemIndex: 0 },
	{ type: 'work', durationSec: 30, exerciseId: 'a', itemIndex: 0, side: 'left' },
	{ type: 'switch', durationSec: 5, exerciseId: 'a', itemIndex: 0 },
	{ type: 'work', durationSec: 30, exerciseId: 'a', itemIndex: 0, side: 'right' },
	{ type: 'transition', durationSec: 10, exerciseId: 'b', itemIndex: 1 },
	{ type: 'work', durationSec: 20, exerciseId: 'b', itemIndex: 1, set: 1, sets: 2, reps: 10 },
	{ type: 'rest', durationSec: 15, exerciseId: 'b', itemIndex: 1 },
	{ type: 'work', durationSec: 20, exerciseId: 'b', itemIndex: 1, set: 2, sets: 2, reps: 10 },
	{ type: 'transition', durationSec: 10, exerciseId: 'c', itemIndex: 2 },
	{ type: 'work', durationSec: 40, exerciseId: 'c', itemIndex: 2 }
];
const startOf = (i: number) => timeline.slice(0, i).reduce((sum, s) => sum + s.durationSec * S, 0);
const TOTAL = startOf(timeline.length);

const all = cuesBetween(timeline, -1, TOTAL, nameOf);
const brief = (cues: Cue[]) => cues.map((c) => [c.atMs, c.text]);
const countdown = (i: number) =>
	[3, 2, 1].map((n) => [startOf(i + 1) - n * S, String(n)] as [number, string]);

describe('cuesBetween', () => {
	it('places every cue of the routine', () => {
		expect(brief(all)).toEqual([
			...countdown(0),
			[startOf(1), 'Cat-cow'],
			...countdown(1),
			[startOf(2), SWITCH_TEXT],
			// no name right after the switch: "Switch sides" already said it
			...countdown(3),
			// transitions are not counted down: the work start names the exercise
			[startOf(5), 'Dead bug'],
			...countdown(5),
			[startOf(6), REST_TEXT],
			...countdown(6),
			[startOf(7), 'Dead bug, set 2 of 2'],
			...countdown(7),
			[startOf(9), 'Child pose'],
			...countdown(9),
			[TOTAL, DONE_TEXT]
		]);
	});

	it('gives kinds, counts and the segment each cue belongs to', () => {
		for (const cue of all) {
			const seg = timeline[cue.segmentIndex] as Segment;
			expect(cue.atMs).toBeGreaterThanOrEqual(startOf(cue.segmentIndex));
			expect(cue.atMs).toBeLessThanOrEqual(startOf(cue.segmentIndex + 1));
			if (cue.kind === 'countdown') {
				expect(['work', 'rest', 'prepare']).toContain(seg.type);
				expect(startOf(cue.segmentIndex + 1) - cue.atMs).toBe((cue.count ?? 0) * S);
			}
			if (cue.kind === 'exercise-start') expect(seg.type).toBe('work');
			if (cue.kind === 'rest') expect(seg.type).toBe('rest');
			if (cue.kind === 'switch') expect(seg.type).toBe('switch');
		}
		expect(all.filter((c) => c.kind === 'done')).toHaveLength(1);
	});

	it('takes the half-open range (from, to]', () => {
		const b = startOf(5);
		expect(brief(cuesBetween(timeline, b - 1, b, nameOf))).toEqual([[b, 'Dead bug']]);
		expect(cuesBetween(timeline, b, b + 1, nameOf)).toEqual([]);
		expect(cuesBetween(timeline, b, b, nameOf)).toEqual([]);
		expect(cuesBetween(timeline, b, b - 500, nameOf)).toEqual([]);
		expect(brief(cuesBetween(timeline, TOTAL - 1, TOTAL + 5 * S, nameOf))).toEqual([
			[TOTAL, DONE_TEXT]
		]);
	});

	it('names a first work at 0 only when asked from before the start', () => {
		const short: Segment[] = [{ type: 'work', durationSec: 2, exerciseId: 'c' }];
		expect(brief(cuesBetween(short, -1, 2 * S, nameOf))).toEqual([
			[0, 'Child pose'],
			[1 * S, '1'],
			[2 * S, DONE_TEXT]
		]);
		expect(brief(cuesBetween(short, 0, 2 * S, nameOf))).toEqual([
			[1 * S, '1'],
			[2 * S, DONE_TEXT]
		]);
	});

	it('drops counts that would fall on or before a short segment start', () => {
		const short: Segment[] = [
			{ type: 'work', durationSec: 10, exerciseId: 'a' },
			{ type: 'rest', durationSec: 1, exerciseId: 'a' },
			{ type: 'work', durationSec: 10, exerciseId: 'a' },
			{ type: 'rest', durationSec: 3, exerciseId: 'a' },
			{ type: 'work', durationSec: 5, exerciseId: 'a' }
		];
		const cues = cuesBetween(short, -1, 29 * S, nameOf);
		expect(brief(cues.filter((c) => c.segmentIndex === 1))).toEqual([[10 * S, REST_TEXT]]);
		expect(brief(cues.filter((c) => c.segmentIndex === 3))).toEqual([
			[21 * S, REST_TEXT],
			[22 * S, '2'],
			[23 * S, '1']
		]);
	});

	it('says "Switch sides" when work changes side without a switch segment', () => {
		const sides: Segment[] = [
			{ type: 'work', durationSec: 10, exerciseId: 'a', itemIndex: 0, side: 'left' },
			{ type: 'work', durationSec: 10, exerciseId: 'a', itemIndex: 0, side: 'right' }
		];
		const starts = cuesBetween(sides, -1, 20 * S, nameOf).filter((c) => c.kind !== 'countdown');
		expect(starts.map((c) => c.kind)).toEqual(['exercise-start', 'switch', 'done']);
	});

	it('is empty for an empty timeline', () => {
		expect(cuesBetween([], -1, 1000, nameOf)).toEqual([]);
	});
});

/** play the routine with the given step sizes (ms), collecting what is voiced */
function play(steps: Iterable<number>, startMs = 0): Cue[] {
	const voiced: Cue[] = [];
	let prev = startMs - 1;
	for (const step of steps) {
		const now = Math.min(prev + step, TOTAL);
		voiced.push(...cuesToPlay(timeline, prev, now, { nameOf }));
		prev = now;
		if (now >= TOTAL) break;
	}
	return voiced;
}

/** a first step, then `ms` forever */
function* every(ms: number, first = 1): Generator<number> {
	yield first;
	for (;;) yield ms;
}

describe('cuesToPlay', () => {
	it('voices each cue exactly once when ticking every 100 ms', () => {
		expect(play(every(100))).toEqual(all);
	});

	it('voices each cue exactly once when ticking every second, aligned or not', () => {
		expect(play(every(1000))).toEqual(all);
		// ticks 37 ms after each whole second
		expect(play(every(1000, 38))).toEqual(all);
	});

	it('voices each cue exactly once for any irregular ticking within the gap limit', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 200 }), (steps) => {
				const padded = [...steps, ...Array<number>(Math.ceil(TOTAL / 1500)).fill(1500)];
				expect(play(padded)).toEqual(all);
			}),
			{ numRuns: 50 }
		);
	});

	it('does not replay a burst after a 30 s gap', () => {
		const within = startOf(1) + 20 * S;
		const gap = cuesToPlay(timeline, within, within + 30 * S, { nameOf });
		expect(cuesBetween(timeline, within, within + 30 * S, nameOf).length).toBeGreaterThan(3);
		expect(gap).toEqual([]);
	});

	it('after a gap, names the exercise just entered and nothing else', () => {
		const b = startOf(5);
		const gap = cuesToPlay(timeline, b - 30 * S + 500, b + 500, { nameOf });
		expect(brief(gap)).toEqual([[b, 'Dead bug']]);
		// entered too long ago to be news
		expect(cuesToPlay(timeline, b - 25 * S, b + 5 * S, { nameOf })).toEqual([]);
		// a switch just entered is said; the one before the current segment is not
		const sw = startOf(2);
		expect(brief(cuesToPlay(timeline, sw - 20 * S, sw + 1 * S, { nameOf }))).toEqual([
			[sw, SWITCH_TEXT]
		]);
		expect(cuesToPlay(timeline, sw - 20 * S, startOf(3) + 1 * S, { nameOf })).toEqual([]);
	});

	it('never voices a stale countdown after a gap', () => {
		const endOfRest = startOf(7);
		for (const now of [endOfRest - 2500, endOfRest - 1500, endOfRest - 1]) {
			const cues = cuesToPlay(timeline, now - 5 * S, now, { nameOf });
			expect(cues.filter((c) => c.kind === 'countdown')).toEqual([]);
		}
	});

	it('says "Well done" after a gap that crosses the end', () => {
		expect(brief(cuesToPlay(timeline, TOTAL - 30 * S, TOTAL, { nameOf }))).toEqual([
			[TOTAL, DONE_TEXT]
		]);
	});

	it('voices nothing for a backward or empty step', () => {
		expect(cuesToPlay(timeline, 90 * S, 10 * S, { nameOf })).toEqual([]);
		expect(cuesToPlay(timeline, 90 * S, 90 * S, { nameOf })).toEqual([]);
	});

	it('honours a custom gap limit', () => {
		const b = startOf(5);
		// a 1 s step crossing the countdown is a gap when the limit is 500 ms
		const cues = cuesToPlay(timeline, b - 1500, b - 500, { nameOf, maxGapMs: 500 });
		expect(cues).toEqual([]);
	});
});

describe('paced, held repetitions', () => {
	const name = () => 'Side bridge';
	// a side bridge set of 3 held reps on the left, a switch, 3 on the right, then a transition
	const tl: Segment[] = [
		{ type: 'prepare', durationSec: 10, exerciseId: 'sb', itemIndex: 0 },
		...(['left', 'right'] as const).flatMap((side): Segment[] => [
			...(side === 'right'
				? [{ type: 'switch', durationSec: 5, exerciseId: 'sb', itemIndex: 0, side } as Segment]
				: []),
			...[1, 2, 3].flatMap((rep): Segment[] => [
				{
					type: 'work',
					durationSec: 10,
					exerciseId: 'sb',
					itemIndex: 0,
					side,
					set: 1,
					sets: 1,
					reps: 1,
					rep,
					repsInSet: 3
				},
				...(rep < 3
					? [
							{
								type: 'rest',
								durationSec: 5,
								exerciseId: 'sb',
								itemIndex: 0,
								side,
								set: 1,
								sets: 1,
								rep,
								repsInSet: 3
							} as Segment
						]
					: [])
			])
		]),
		{ type: 'transition', durationSec: 15, exerciseId: 'x', itemIndex: 1, change: 'up' },
		{ type: 'work', durationSec: 30, exerciseId: 'x', itemIndex: 1 }
	];
	const starts = cuesBetween(tl, -1, 1e9, name).filter((c) => c.kind !== 'countdown');

	it('says Hold at the start of each hold and Relax at its end, breathing on the first', () => {
		expect(starts.map((c) => c.text)).toEqual([
			`Side bridge. ${HOLD_TEXT}, and ${BREATHE_TEXT}`,
			RELAX_TEXT,
			HOLD_TEXT,
			RELAX_TEXT,
			HOLD_TEXT,
			SWITCH_TEXT,
			`${HOLD_TEXT}, and ${BREATHE_TEXT}`,
			RELAX_TEXT,
			HOLD_TEXT,
			RELAX_TEXT,
			HOLD_TEXT,
			`${RELAX_TEXT}. ${GET_UP_TEXT}`,
			'Side bridge',
			DONE_TEXT
		]);
		expect(starts.filter((c) => c.kind === 'hold')).toHaveLength(5);
		expect(starts.filter((c) => c.kind === 'relax')).toHaveLength(4);
		expect(starts.find((c) => c.kind === 'position')?.text).toMatch(/roll onto your side/i);
	});

	it('shows "Rep n of m — hold" and "Relax" on the screen', () => {
		const lines = tl.map(repLine);
		expect(lines.filter((l) => l !== null)).toEqual([
			'Rep 1 of 3 — hold',
			'Relax',
			'Rep 2 of 3 — hold',
			'Relax',
			'Rep 3 of 3 — hold',
			'Rep 1 of 3 — hold',
			'Relax',
			'Rep 2 of 3 — hold',
			'Relax',
			'Rep 3 of 3 — hold'
		]);
	});
});
