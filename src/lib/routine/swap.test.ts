import { describe, expect, it } from 'vitest';
import { defaultCatalogue as cat, generateRoutine, swapExercise, timelineSec } from '$lib/routine';
import type { Routine } from '$lib/routine';
import { violations } from './test-utils';

function gen(): Routine {
	const res = generateRoutine({
		kind: 'daily',
		minutes: 30,
		seed: 'swap',
		equipment: ['mat', 'wall', 'chair']
	});
	if (!res.ok) throw new Error(res.error.message);
	return res.routine;
}

describe('swapExercise', () => {
	it('swaps in another exercise of the same kind and region, keeping the total', () => {
		const routine = gen();
		routine.items.forEach((item, index) => {
			const res = swapExercise(routine, index);
			if (!res.ok) {
				expect(res.error.code).toBe('no-alternative');
				return;
			}
			const next = res.routine.items[index];
			expect(next?.exerciseId).not.toBe(item.exerciseId);
			expect(next?.section).toBe(item.section);
			expect(cat.byId.get(next?.exerciseId ?? '')?.regions).toContain(item.region);
			expect(timelineSec(res.routine)).toBe(routine.totalSec);
			expect(violations(res.routine, cat)).toEqual([]);
		});
	});

	it('cycles through the alternatives and back, deterministically', () => {
		const routine = gen();
		const index = routine.parts[2]?.start ?? 0;
		const seen = [routine.items[index]?.exerciseId];
		let current = routine;
		for (let n = 0; n < 12; n++) {
			const res = swapExercise(current, index);
			if (!res.ok) break;
			expect(swapExercise(current, index)).toEqual(res);
			current = res.routine;
			const id = current.items[index]?.exerciseId;
			if (id === seen[0]) break;
			expect(seen).not.toContain(id);
			seen.push(id);
		}
		expect(seen.length).toBeGreaterThan(1);
		expect(current.items[index]?.exerciseId).toBe(seen[0]);
	});

	it('reports a bad index', () => {
		const routine = gen();
		for (const index of [-1, 999, 1.5]) {
			const res = swapExercise(routine, index);
			expect(res.ok).toBe(false);
			if (!res.ok) expect(res.error.code).toBe('invalid-index');
		}
	});
});

describe('a warm-up swap', () => {
	it('never leaves a vigorous move without a medium one before it', () => {
		// found by the property test: the only medium move swapped for an easy or a vigorous one
		const res = generateRoutine({
			kind: 'daily',
			level: 'advanced',
			backFriendly: false,
			lowImpact: false,
			equipment: ['mat'],
			focus: [],
			avoid: [],
			without: ['floor', 'flexion'],
			hold: 'normal',
			seed: 'ab',
			minutes: 15
		});
		if (!res.ok) throw new Error(res.error.message);
		const warmup = res.routine.parts.find((p) => p.section === 'warmup');
		expect(warmup).toBeDefined();
		for (let i = warmup?.start ?? 0; i < (warmup?.end ?? 0); i++) {
			const swapped = swapExercise(res.routine, i);
			if (swapped.ok) expect(violations(swapped.routine, cat)).toEqual([]);
		}
	});
});
