/**
 * A routine as the player plays it: segments in order whose durations add up to the routine's
 * total. Each item: for each set, the work (left, `switch`, right when one-sided), with a `rest`
 * between sets; a `transition` leads into every item but the first, which the `prepare`
 * countdown leads into.
 */
import { setWorkSec } from './fit';
import type { Routine, Segment, Side } from './types';

export function buildTimeline(routine: Routine): Segment[] {
	const segments: Segment[] = [];
	routine.items.forEach((item, itemIndex) => {
		const exerciseId = item.exerciseId;
		const lead = itemIndex === 0 ? routine.prepareSec : item.transitionSec;
		if (lead > 0) {
			segments.push({
				type: itemIndex === 0 ? 'prepare' : 'transition',
				durationSec: lead,
				exerciseId,
				itemIndex
			});
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
				const work: Segment = {
					type: 'work',
					durationSec: setWorkSec(item, s),
					exerciseId,
					itemIndex,
					set: s + 1,
					sets: item.sets
				};
				if (side) work.side = side;
				if (item.mode === 'reps') work.reps = item.reps[s] ?? 0;
				segments.push(work);
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
