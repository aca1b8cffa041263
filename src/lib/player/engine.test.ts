import { describe, expect, it } from 'vitest';
import type { Segment } from '$lib/routine/types';
import {
	PREVIOUS_RESTART_MS,
	completeSetEarly,
	completedExercises,
	completedItemIndices,
	completedSeconds,
	createClock,
	elapsedMs,
	end,
	exerciseGroups,
	isEnded,
	isPaused,
	next,
	pause,
	positionAt,
	previous,
	resume,
	resumeFrom,
	segmentIndexAt,
	segmentStarts,
	totalMs,
	type PlayClock
} from './engine';

const S = 1000;

/** three exercises: a (both sides), b (two reps sets with a rest), c (one hold) */
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

/** start of segment i, computed independently of the engine */
const startOf = (i: number) => timeline.slice(0, i).reduce((sum, s) => sum + s.durationSec * S, 0);
const TOTAL = startOf(timeline.length);
/** the first segment of each exercise (its lead-in), and its first work */
const groupStart = (id: string) => startOf(timeline.findIndex((s) => s.exerciseId === id));
const workStart = (id: string) =>
	startOf(timeline.findIndex((s) => s.exerciseId === id && s.type === 'work'));

const T0 = 1_700_000_000_000;

/** a running clock whose routine position is `ms` at wall time T0 + ms */
function clockAt(ms: number): { clock: PlayClock; now: number } {
	return { clock: createClock(T0), now: T0 + ms };
}

describe('segmentStarts and positionAt', () => {
	it('puts every segment start at the sum of the previous durations', () => {
		const starts = segmentStarts(timeline);
		expect(starts).toHaveLength(timeline.length + 1);
		timeline.forEach((_, i) => expect(starts[i]).toBe(startOf(i)));
		expect(starts[timeline.length]).toBe(TOTAL);
		expect(totalMs(timeline)).toBe(TOTAL);
	});

	it('assigns each exact boundary to the segment that starts there', () => {
		timeline.forEach((seg, i) => {
			const start = startOf(i);
			const endMs = startOf(i + 1);
			const atStart = positionAt(timeline, start);
			expect(atStart.index).toBe(i);
			expect(atStart.segment).toBe(seg);
			expect(atStart.elapsedInSegmentMs).toBe(0);
			expect(atStart.remainingMs).toBe(seg.durationSec * S);
			const lastMs = positionAt(timeline, endMs - 1);
			expect(lastMs.index).toBe(i);
			expect(lastMs.remainingMs).toBe(1);
			expect(lastMs.done).toBe(false);
		});
	});

	it('clamps before the start and past the end, where it is done on the last segment', () => {
		const before = positionAt(timeline, -500);
		expect(before).toMatchObject({ index: 0, overallElapsedMs: 0, progress: 0, done: false });
		for (const ms of [TOTAL, TOTAL + 1, TOTAL + 3_600_000]) {
			const p = positionAt(timeline, ms);
			expect(p).toMatchObject({
				index: timeline.length - 1,
				overallElapsedMs: TOTAL,
				remainingMs: 0,
				overallRemainingMs: 0,
				progress: 1,
				done: true
			});
		}
		expect(positionAt(timeline, TOTAL - 1).done).toBe(false);
	});

	it('handles an empty timeline', () => {
		expect(positionAt([], 1000)).toMatchObject({ index: -1, segment: null, done: true });
		expect(segmentIndexAt(segmentStarts([]), 0)).toBe(-1);
	});

	it('groups lead-ins, rests and switches with their exercise', () => {
		const groups = exerciseGroups(timeline);
		expect(groups.map((g) => g.exerciseId)).toEqual(['a', 'b', 'c']);
		expect(groups.map((g) => g.startMs)).toEqual(['a', 'b', 'c'].map(groupStart));
		expect(groups.map((g) => g.firstWorkMs)).toEqual(['a', 'b', 'c'].map(workStart));
	});

	it('keeps two occurrences of the same exercise apart by item index', () => {
		const twice: Segment[] = [
			{ type: 'work', durationSec: 10, exerciseId: 'x', itemIndex: 0 },
			{ type: 'rest', durationSec: 5 },
			{ type: 'work', durationSec: 10, exerciseId: 'x', itemIndex: 1 }
		];
		const groups = exerciseGroups(twice);
		expect(groups.map((g) => [g.itemIndex, g.first, g.last])).toEqual([
			[0, 0, 1],
			[1, 2, 2]
		]);
	});
});

describe('clock and pauses', () => {
	it('counts real time from the start', () => {
		const clock = createClock(T0);
		expect(elapsedMs(clock, timeline, T0)).toBe(0);
		expect(elapsedMs(clock, timeline, T0 + 12_345)).toBe(12_345);
		expect(elapsedMs(clock, timeline, T0 - 5000)).toBe(0);
		expect(elapsedMs(clock, timeline, T0 + TOTAL + 99_999)).toBe(TOTAL);
	});

	it('holds the position while paused, however long', () => {
		let clock = createClock(T0);
		clock = pause(clock, T0 + 10 * S);
		expect(isPaused(clock)).toBe(true);
		for (const later of [10 * S, 11 * S, 60 * S, 3_600 * S]) {
			expect(elapsedMs(clock, timeline, T0 + later)).toBe(10 * S);
		}
		clock = resume(clock, T0 + 70 * S);
		expect(isPaused(clock)).toBe(false);
		expect(elapsedMs(clock, timeline, T0 + 75 * S)).toBe(15 * S);
	});

	it('subtracts every pause when there are several', () => {
		let clock = createClock(T0);
		const pauses: [number, number][] = [
			[3_000, 7_500],
			[20_000, 20_001],
			[40_000, 100_000]
		];
		for (const [from, to] of pauses) clock = resume(pause(clock, T0 + from), T0 + to);
		const paused = pauses.reduce((sum, [from, to]) => sum + (to - from), 0);
		expect(elapsedMs(clock, timeline, T0 + 120_000)).toBe(120_000 - paused);
		// inside the second pause: only the first one and a part of the second count
		expect(elapsedMs(clock, timeline, T0 + 20_000)).toBe(20_000 - 4_500);
		expect(elapsedMs(clock, timeline, T0 + 50_000)).toBe(40_000 - 4_501);
	});

	it('ignores a second pause or a resume while running', () => {
		const clock = pause(createClock(T0), T0 + 1000);
		expect(pause(clock, T0 + 5000)).toBe(clock);
		const running = createClock(T0);
		expect(resume(running, T0 + 5000)).toBe(running);
	});

	it('stands still once ended, and ignores jumps and pauses after', () => {
		let clock = end(createClock(T0), T0 + 42 * S);
		expect(isEnded(clock)).toBe(true);
		expect(elapsedMs(clock, timeline, T0 + 100 * S)).toBe(42 * S);
		expect(next(clock, timeline, T0 + 100 * S)).toBe(clock);
		expect(previous(clock, timeline, T0 + 100 * S)).toBe(clock);
		expect(pause(clock, T0 + 100 * S)).toBe(clock);
		// ending while paused closes the pause at the same instant
		clock = end(pause(createClock(T0), T0 + 10 * S), T0 + 30 * S);
		expect(isPaused(clock)).toBe(false);
		expect(elapsedMs(clock, timeline, T0 + 99 * S)).toBe(10 * S);
	});

	it('is plain JSON that survives a round trip', () => {
		let clock = createClock(T0);
		clock = next(resume(pause(clock, T0 + 2 * S), T0 + 9 * S), timeline, T0 + 12 * S);
		const copy = JSON.parse(JSON.stringify(clock)) as PlayClock;
		for (const t of [12 * S, 30 * S, 95 * S]) {
			expect(elapsedMs(copy, timeline, T0 + t)).toBe(elapsedMs(clock, timeline, T0 + t));
		}
	});
});

describe('next', () => {
	it('goes to the lead-in of the next exercise from anywhere in the current one', () => {
		for (const ms of [0, 3 * S, workStart('a') + 1, groupStart('b') - 1]) {
			const { clock, now } = clockAt(ms);
			expect(elapsedMs(next(clock, timeline, now), timeline, now)).toBe(groupStart('b'));
		}
		// inside b's own lead-in, b is the current exercise
		const { clock, now } = clockAt(groupStart('b') + 2 * S);
		expect(elapsedMs(next(clock, timeline, now), timeline, now)).toBe(groupStart('c'));
	});

	it('goes to the end from the last exercise, and then does nothing', () => {
		const { clock, now } = clockAt(workStart('c') + 5 * S);
		const atEnd = next(clock, timeline, now);
		expect(positionAt(timeline, elapsedMs(atEnd, timeline, now)).done).toBe(true);
		expect(next(atEnd, timeline, now + 1000)).toBe(atEnd);
	});

	it('keeps time running from the new position, and keeps a pause', () => {
		const { clock, now } = clockAt(10 * S);
		const jumped = next(clock, timeline, now);
		expect(elapsedMs(jumped, timeline, now + 4 * S)).toBe(groupStart('b') + 4 * S);
		const paused = next(pause(clock, now), timeline, now + 20 * S);
		expect(isPaused(paused)).toBe(true);
		expect(elapsedMs(paused, timeline, now + 60 * S)).toBe(groupStart('b'));
	});
});

describe('previous', () => {
	it('restarts the current exercise when more than 3 s into its work', () => {
		for (const id of ['a', 'b', 'c']) {
			for (const into of [PREVIOUS_RESTART_MS + 1, 10 * S]) {
				const { clock, now } = clockAt(workStart(id) + into);
				expect(elapsedMs(previous(clock, timeline, now), timeline, now)).toBe(groupStart(id));
			}
		}
	});

	it('goes to the previous exercise within the first 3 s of the work or in the lead-in', () => {
		const cases: [string, number][] = [
			['b', 0],
			['b', 1],
			['b', PREVIOUS_RESTART_MS],
			['c', 2 * S],
			['c', -1], // last ms of c's lead-in
			['c', -(workStart('c') - groupStart('c'))] // first ms of c's lead-in
		];
		for (const [id, into] of cases) {
			const before = id === 'b' ? 'a' : 'b';
			const { clock, now } = clockAt(workStart(id) + into);
			expect(elapsedMs(previous(clock, timeline, now), timeline, now)).toBe(groupStart(before));
		}
	});

	it('goes to the start of the routine from early in the first exercise', () => {
		for (const ms of [0, 2 * S, workStart('a') + PREVIOUS_RESTART_MS]) {
			const { clock, now } = clockAt(ms);
			expect(elapsedMs(previous(clock, timeline, now), timeline, now)).toBe(0);
		}
	});

	it('restarts the last exercise after the end', () => {
		const { clock, now } = clockAt(TOTAL + 30 * S);
		expect(elapsedMs(previous(clock, timeline, now), timeline, now)).toBe(groupStart('c'));
	});

	it('undoes a next pressed by mistake', () => {
		const { clock, now } = clockAt(workStart('b') + 8 * S);
		const skipped = next(clock, timeline, now);
		const back = previous(skipped, timeline, now + 500);
		expect(elapsedMs(back, timeline, now + 500)).toBe(groupStart('b'));
		expect(back.skipped).toEqual([]);
	});
});

describe('completeSetEarly', () => {
	it('jumps to the end of the current segment', () => {
		const { clock, now } = clockAt(workStart('b') + 7 * S);
		const done = completeSetEarly(clock, timeline, now);
		const p = positionAt(timeline, elapsedMs(done, timeline, now));
		expect(p.index).toBe(timeline.findIndex((s) => s.type === 'rest'));
		expect(p.elapsedInSegmentMs).toBe(0);
	});

	it('counts the jumped time as done, unlike next', () => {
		const { clock, now } = clockAt(workStart('c') + 1 * S);
		const early = completeSetEarly(clock, timeline, now);
		expect(completedExercises(timeline, elapsedMs(early, timeline, now), early.skipped)).toEqual([
			'a',
			'b',
			'c'
		]);
		expect(completedSeconds(timeline, elapsedMs(early, timeline, now), early.skipped)).toBe(
			TOTAL / S
		);
		expect(completeSetEarly(early, timeline, now)).toBe(early);
	});
});

describe('resumeFrom', () => {
	it('rebuilds a paused clock at the saved position', () => {
		const saved = workStart('b') + 4_321;
		const now = T0 + 86_400_000;
		const clock = resumeFrom(saved, now);
		expect(isPaused(clock)).toBe(true);
		expect(elapsedMs(clock, timeline, now + 60 * S)).toBe(saved);
		const running = resume(clock, now + 60 * S);
		expect(elapsedMs(running, timeline, now + 65 * S)).toBe(saved + 5 * S);
		expect(
			positionAt(timeline, elapsedMs(running, timeline, now + 65 * S)).segment?.exerciseId
		).toBe('b');
	});

	it('can resume running, and keeps skipped ranges behind the position', () => {
		const clock = resumeFrom(50 * S, T0, {
			paused: false,
			skipped: [
				{ fromMs: 10 * S, toMs: 20 * S },
				{ fromMs: 45 * S, toMs: 70 * S }
			]
		});
		expect(isPaused(clock)).toBe(false);
		expect(elapsedMs(clock, timeline, T0 + S)).toBe(51 * S);
		expect(clock.skipped).toEqual([
			{ fromMs: 10 * S, toMs: 20 * S },
			{ fromMs: 45 * S, toMs: 50 * S }
		]);
	});
});

describe('completed exercises and seconds', () => {
	it('lists an exercise once all its work has finished', () => {
		const aEnd = groupStart('b');
		const lastAWork = startOf(4);
		expect(completedExercises(timeline, lastAWork - 1)).toEqual([]);
		expect(completedExercises(timeline, lastAWork)).toEqual(['a']);
		expect(completedExercises(timeline, aEnd + 1)).toEqual(['a']);
		// b's first set alone is not enough
		expect(completedExercises(timeline, startOf(7))).toEqual(['a']);
		expect(completedExercises(timeline, startOf(8))).toEqual(['a', 'b']);
		expect(completedItemIndices(timeline, TOTAL)).toEqual([0, 1, 2]);
	});

	it('leaves out exercises skipped with next, and their time', () => {
		let clock = createClock(T0);
		clock = next(clock, timeline, T0 + 10 * S); // skip the rest of a
		const now = T0 + 10 * S + (TOTAL - groupStart('b'));
		const at = elapsedMs(clock, timeline, now);
		expect(at).toBe(TOTAL);
		expect(completedExercises(timeline, at, clock.skipped)).toEqual(['b', 'c']);
		expect(completedSeconds(timeline, at, clock.skipped)).toBe(
			(TOTAL - (groupStart('b') - 10 * S)) / S
		);
	});

	it('counts whole seconds played', () => {
		expect(completedSeconds(timeline, 0)).toBe(0);
		expect(completedSeconds(timeline, 1999)).toBe(1);
		expect(completedSeconds(timeline, TOTAL + 5000)).toBe(TOTAL / S);
	});
});

describe('a 60-minute routine at 1 ms steps', () => {
	it('never drifts: routine time is real time minus paused time, boundaries on the sums', () => {
		// a synthetic hour of mixed segments
		const pattern: [Segment['type'], number][] = [
			['prepare', 5],
			['work', 30],
			['switch', 5],
			['work', 30],
			['rest', 15],
			['work', 45],
			['transition', 10],
			['work', 1],
			['rest', 7]
		];
		const hour: Segment[] = [];
		let sum = 0;
		for (let k = 0; sum < 3600; k++) {
			const [type, sec] = pattern[k % pattern.length] as [Segment['type'], number];
			const durationSec = Math.min(sec, 3600 - sum);
			hour.push({ type, durationSec, exerciseId: `ex-${Math.floor(k / 4)}`, itemIndex: k >> 2 });
			sum += durationSec;
		}
		const boundaries: number[] = [0];
		for (const s of hour)
			boundaries.push((boundaries[boundaries.length - 1] as number) + s.durationSec * S);
		expect(boundaries[hour.length]).toBe(3_600_000);
		const starts = segmentStarts(hour);
		expect([...starts]).toEqual(boundaries);

		// pauses at awkward instants, including one on a boundary and one of a single ms
		const start = 1_712_345_678_901;
		const pauses: [number, number][] = [
			[1_234, 5_678],
			[boundaries[10] as number, (boundaries[10] as number) + 60_000],
			[1_800_000, 1_800_001],
			[3_599_999, 3_610_000]
		];
		let clock = createClock(start);
		let pausedSoFar = 0;
		for (const [from, to] of pauses) {
			// pause offsets are in routine time: convert to wall time
			clock = pause(clock, start + from + pausedSoFar);
			clock = resume(clock, start + to + pausedSoFar);
			pausedSoFar += to - from;
		}
		const wallEnd = start + 3_600_000 + pausedSoFar;

		let paused = 0;
		let seg = 0;
		let mismatches = 0;
		let wrongSegment = 0;
		let p = 0; // index of the next pause to watch for
		for (let now = start; now <= wallEnd; now++) {
			const pz = clock.pauses[p];
			if (pz && pz.to !== null && now > pz.from) {
				paused++;
				if (now >= pz.to) p++;
			}
			const expected = now - start - paused;
			const got = elapsedMs(clock, hour, now);
			if (got !== expected) mismatches++;
			while (seg < hour.length - 1 && expected >= (boundaries[seg + 1] as number)) seg++;
			const pos = positionAt(hour, got);
			if (pos.index !== seg || pos.elapsedInSegmentMs !== expected - (boundaries[seg] as number)) {
				wrongSegment++;
			}
		}
		expect(mismatches).toBe(0);
		expect(wrongSegment).toBe(0);
		expect(paused).toBe(pausedSoFar);
		expect(elapsedMs(clock, hour, wallEnd)).toBe(3_600_000);
		expect(positionAt(hour, elapsedMs(clock, hour, wallEnd)).done).toBe(true);

		// the full position object around every boundary, to the ms
		for (let i = 1; i < hour.length; i++) {
			const b = boundaries[i] as number;
			for (let d = -5; d <= 5; d++) {
				const pos = positionAt(hour, b + d);
				expect(pos.index).toBe(d < 0 ? i - 1 : i);
				expect(pos.segmentStartMs).toBe(d < 0 ? boundaries[i - 1] : b);
			}
		}
	});
});

describe('robustness', () => {
	it('treats a corrupt (NaN) position as the start', () => {
		expect(positionAt(timeline, NaN)).toMatchObject({ index: 0, overallElapsedMs: 0 });
		const clock = resume(resumeFrom(NaN, T0), T0);
		expect(clock.offsetMs).toBe(0);
		expect(elapsedMs(next(clock, timeline, T0 + 1000), timeline, T0 + 1000)).toBe(groupStart('b'));
	});
});
