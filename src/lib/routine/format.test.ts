import { describe, expect, it } from 'vitest';
import { describeDose, formatDuration } from '$lib/routine';
import type { RoutineItem } from '$lib/routine';

const base: RoutineItem = {
	exerciseId: 'x',
	section: 'stretch',
	mode: 'hold',
	perSide: false,
	sets: 1,
	holdSec: 30,
	reps: [],
	secPerRep: 0,
	paced: false,
	relaxSec: 0,
	workSec: 0,
	restSec: 0,
	switchSec: 0,
	transitionSec: 0,
	region: 'calves',
	focus: false,
	pyramid: false
};

describe('formatDuration', () => {
	it('writes m:ss', () => {
		expect(formatDuration(600)).toBe('10:00');
		expect(formatDuration(65)).toBe('1:05');
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(3600)).toBe('60:00');
		expect(formatDuration(-4)).toBe('0:00');
		expect(formatDuration(NaN)).toBe('0:00');
	});
});

describe('describeDose', () => {
	it('says holds, pyramids, reps and timed work briefly', () => {
		expect(describeDose({ ...base, perSide: true, sets: 2, holdSec: 30 })).toBe(
			'2 × 30 s each side'
		);
		expect(describeDose({ ...base, sets: 1, holdSec: 20 })).toBe('20 s');
		expect(
			describeDose({
				...base,
				mode: 'reps',
				sets: 3,
				reps: [6, 4, 2],
				holdSec: 5,
				secPerRep: 8,
				pyramid: true
			})
		).toBe('6-4-2 reps, 5 s holds');
		expect(
			describeDose({
				...base,
				mode: 'reps',
				perSide: true,
				sets: 3,
				reps: [8, 6, 4],
				holdSec: 10,
				secPerRep: 13
			})
		).toBe('8-6-4 reps each side, 10 s holds');
		expect(describeDose({ ...base, mode: 'reps', reps: [10], holdSec: 0, secPerRep: 2 })).toBe(
			'10 reps'
		);
		expect(describeDose({ ...base, mode: 'timed', holdSec: 0, workSec: 60 })).toBe('60 s');
	});
});
