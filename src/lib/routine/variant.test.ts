/** Easier and Harder: the next version swapped in, in the same time, nothing else changed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '$lib/catalogue/types';
import { buildTimeline, defaultCatalogue as cat, generateRoutine, timelineSec } from '$lib/routine';
import type { Routine, RoutineItem, RoutineRequest } from '$lib/routine';
import { swapVariant, variantOf } from './variant';

function gen(r: Partial<RoutineRequest>): Routine {
	const res = generateRoutine(r);
	if (!res.ok) throw new Error(res.error.message);
	return res.routine;
}

/** seconds from the start of the routine to the start of each item's lead-in */
const starts = (routine: Routine) => {
	const out: number[] = [];
	let t = 0;
	for (const s of buildTimeline(routine)) {
		if (s.itemIndex !== undefined && out[s.itemIndex] === undefined) out[s.itemIndex] = t;
		t += s.durationSec;
	}
	return out;
};

describe('Easier and Harder', () => {
	it("swap in the catalogue's next version, keeping the total and every other item", () => {
		let done = 0;
		fc.assert(
			fc.property(
				fc.constantFrom('core', 'daily', 'warmup', 'stretch' as const),
				fc.constantFrom(...LEVELS),
				fc.boolean(),
				fc.stringMatching(/^[a-z0-9]{1,8}$/),
				fc.constantFrom<'easier' | 'harder'>('easier', 'harder'),
				(kind, level, backFriendly, seed, which) => {
					const res = generateRoutine({
						kind,
						level,
						backFriendly,
						seed,
						minutes: kind === 'daily' ? 35 : 15,
						equipment: ['mat', 'wall', 'chair']
					});
					expect(res.ok).toBe(true);
					if (!res.ok) return;
					const routine = res.routine;
					routine.items.forEach((item, index) => {
						const next = variantOf(routine, index, which);
						const swapped = swapVariant(routine, index, which);
						if (!swapped.ok) return;
						done++;
						const ex = cat.byId.get(item.exerciseId);
						expect(next?.id).toBe(ex?.[which]);
						const after = swapped.routine;
						expect(after.items[index]?.exerciseId).toBe(next?.id);
						expect(after.totalSec).toBe(routine.totalSec);
						expect(timelineSec(after)).toBe(routine.totalSec);
						// the same exercises and doses elsewhere (a change of posture next to the new
						// one may move a transition), and the swapped one starting when it did
						const dose = (it: RoutineItem) => [
							it.exerciseId,
							it.sets,
							it.reps,
							it.holdSec,
							it.workSec
						];
						after.items.forEach((it, i) => {
							if (i !== index) expect(dose(it)).toEqual(dose(routine.items[i]!));
						});
						expect(starts(after)[index]).toBe(starts(routine)[index]);
					});
				}
			),
			{ numRuns: 60 }
		);
		// guards the property from holding because nothing was ever swapped
		expect(done).toBeGreaterThan(30);
	});

	it('are offered where the catalogue has a version the request allows', () => {
		const routine = gen({ kind: 'core', level: 'intermediate', seed: 'v', minutes: 15 });
		const ids = routine.items.map((it) => it.exerciseId);
		const i = ids.indexOf('side-bridge-feet');
		if (i >= 0) {
			expect(variantOf(routine, i, 'easier')?.id).toBe('side-bridge-knees');
			const r = swapVariant(routine, i, 'easier');
			expect(r.ok && r.routine.items[i]?.exerciseId).toBe('side-bridge-knees');
		}
		// something is on offer in a core routine
		expect(routine.items.some((_, k) => variantOf(routine, k, 'easier') !== undefined)).toBe(true);
	});

	it('are not offered for a version the request rules out, or one already in the routine', () => {
		const routine = gen({ kind: 'warmup', seed: 'w', backFriendly: true });
		const m = routine.items.findIndex((it) => it.exerciseId === 'march-on-the-spot');
		// jogging is impact, left out of back-friendly routines
		if (m >= 0) expect(variantOf(routine, m, 'harder')).toBeUndefined();
		const bad = swapVariant(routine, 99, 'easier');
		expect(bad.ok).toBe(false);
	});
});
