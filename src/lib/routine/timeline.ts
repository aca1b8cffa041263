/**
 * A routine as the player plays it: segments in order whose durations add up to the routine's
 * total. Each item: for each set, the work (left, `switch`, right when one-sided), with a `rest`
 * between sets; a `transition` leads into every item but the first, which the `prepare`
 * countdown leads into. Paced repetitions (McGill's pyramid) are one `work` segment per held
 * repetition, with a relax `rest` between them.
 */
import { setWorkSec } from './fit';
import type { Routine, RoutineItem, Segment, Side } from './types';

function pushWork(
	segments: Segment[],
	item: RoutineItem,
	itemIndex: number,
	s: number,
	side: Side | undefined
): void {
	const exerciseId = item.exerciseId;
	const base = { exerciseId, itemIndex, set: s + 1, sets: item.sets };
	if (item.paced) {
		const n = item.reps[s] ?? 0;
		for (let rep = 1; rep <= n; rep++) {
			const work: Segment = {
				type: 'work',
				durationSec: item.holdSec,
				...base,
				reps: 1,
				rep,
				repsInSet: n
			};
			if (side) work.side = side;
			segments.push(work);
			if (rep < n && item.relaxSec > 0) {
				const relax: Segment = {
					type: 'rest',
					durationSec: item.relaxSec,
					...base,
					rep,
					repsInSet: n
				};
				if (side) relax.side = side;
				segments.push(relax);
			}
		}
		return;
	}
	const work: Segment = { type: 'work', durationSec: setWorkSec(item, s), ...base };
	if (side) work.side = side;
	if (item.mode === 'reps') work.reps = item.reps[s] ?? 0;
	segments.push(work);
}

export function buildTimeline(routine: Routine): Segment[] {
	const segments: Segment[] = [];
	routine.items.forEach((item, itemIndex) => {
		const exerciseId = item.exerciseId;
		const lead = itemIndex === 0 ? routine.prepareSec : item.transitionSec;
		if (lead > 0) {
			const seg: Segment = {
				type: itemIndex === 0 ? 'prepare' : 'transition',
				durationSec: lead,
				exerciseId,
				itemIndex
			};
			if (item.change) seg.change = item.change;
			segments.push(seg);
		}
		const sides: (Side | undefined)[] = item.perSide ? ['left', 'right'] : [undefined];
		for (let s = 0; s < item.sets; s++) {
			if (s > 0 && item.restSec > 0) {
				segments.push({
					type: 'rest',
					durationSec: item.restSec,
					exerciseId,
					itemIndex,
					set: s + 1,
					sets: item.sets
				});
			}
			sides.forEach((side, k) => {
				if (k > 0 && item.switchSec > 0) {
					// the switch names the side that comes next
					segments.push({
						type: 'switch',
						durationSec: item.switchSec,
						exerciseId,
						itemIndex,
						side
					});
				}
				pushWork(segments, item, itemIndex, s, side);
			});
		}
	});
	return segments;
}

/** the sum of the timeline's durations */
export function timelineSec(routine: Routine): number {
	return buildTimeline(routine).reduce((a, s) => a + s.durationSec, 0);
}

/**
 * Seconds per item, from the timeline: each item gets its own segments and the transition into
 * it (the first item the countdown). They add up to the routine's total.
 */
export function itemSeconds(routine: Routine): number[] {
	const sec = routine.items.map(() => 0);
	for (const seg of buildTimeline(routine)) {
		const i = seg.itemIndex ?? 0;
		sec[i] = (sec[i] ?? 0) + seg.durationSec;
	}
	return sec;
}
