/**
 * Property tests over thousands of random requests against the real catalogue: every valid
 * request gives a routine that keeps every rule, exactly on time, reproducibly, and survives
 * a round trip through its URL and a swap.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { exercises, REQUIRED_STRETCH_REGIONS } from '$lib/catalogue';
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import {
	buildTimeline,
	defaultCatalogue as cat,
	generateRoutine,
	minutesRange,
	parseRoutineQuery,
	routineQuery,
	swapExercise
} from '$lib/routine';
import type { RoutineRequest, Without } from '$lib/routine';
import { ROUTINE_KINDS, STEPS, WITHOUT } from './types';
import { violations } from './test-utils';

const RUNS = 1500;

// thousands of routines, each checked rule by rule: slow on a busy machine
vi.setConfig({ testTimeout: 120_000 });

const ids = exercises.map((e) => e.id);

const seed = fc.oneof(
	fc
		.record({ y: fc.integer({ min: 2020, max: 2035 }), d: fc.integer({ min: 0, max: 365 }) })
		.map(({ y, d }) => new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10)),
	fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/)
);

const fields = fc.record({
	kind: fc.constantFrom(...ROUTINE_KINDS),
	level: fc.constantFrom(...LEVELS),
	step: fc.constantFrom(...STEPS),
	backFriendly: fc.boolean(),
	lowImpact: fc.boolean(),
	equipment: fc.subarray([...EQUIPMENT]),
	focus: fc.subarray([...REGIONS], { maxLength: 4 }),
	avoid: fc.subarray(ids, { maxLength: 4 }),
	without: fc.subarray([...WITHOUT], { maxLength: 2 }),
	hold: fc.constantFrom('normal' as const, 'long' as const),
	seed,
	at: fc.double({ min: 0, max: 1, noNaN: true })
});

/** minutes anywhere in the range the kind and options allow */
const withMinutes = ({
	at,
	...r
}: Omit<RoutineRequest, 'minutes'> & { at: number }): RoutineRequest => {
	const range = minutesRange(r);
	return { ...r, minutes: Math.round(range.min + at * (range.max - range.min)) };
};

const request = fields.map(withMinutes);

/**
 * movements ruled out that must never leave a required region empty: none, any one, or the
 * floor and any one other
 */
const safeWithout = fc.oneof(
	fc.constant<Without[]>([]),
	fc.constantFrom(...WITHOUT).map((w): Without[] => [w]),
	fc.constantFrom(...WITHOUT).map((w): Without[] => (w === 'floor' ? ['floor'] : ['floor', w]))
);

/** the same, with a mat, nothing avoided and safe movement limits: these must always succeed */
const plainRequest = fc.tuple(fields, safeWithout).map(([r, without]) =>
	withMinutes({
		...r,
		equipment: r.equipment.includes('mat') ? r.equipment : [...r.equipment, 'mat' as const],
		avoid: [],
		without
	})
);

/** the errors a valid request may still meet: the filters leave too little to build on */
const FILTER_ERRORS = ['region-unavailable', 'no-exercises', 'too-long', 'too-short'];

describe('every valid request', () => {
	it('keeps every rule, to the second', () => {
		let ok = 0;
		fc.assert(
			fc.property(request, (r) => {
				const res = generateRoutine(r);
				if (!res.ok) {
					expect(FILTER_ERRORS).toContain(res.error.code);
					expect(res.error.message).toMatch(/^[A-Z].*\.$/);
					return;
				}
				ok++;
				expect(violations(res.routine, cat), JSON.stringify(r)).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
		// the filters rarely leave too little: most random requests succeed
		expect(ok).toBeGreaterThan(RUNS * 0.6);
	});

	it('succeeds with a mat and nothing avoided, and keeps every rule', () => {
		fc.assert(
			fc.property(plainRequest, (r) => {
				const res = generateRoutine(r);
				expect(res.ok, `${JSON.stringify(r)} ${res.ok ? '' : res.error.message}`).toBe(true);
				if (res.ok) expect(violations(res.routine, cat)).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});

	it('covers the nine required regions in a 10-minute stretch (15 with long holds)', () => {
		fc.assert(
			fc.property(plainRequest, (r) => {
				const res = generateRoutine({
					...r,
					kind: 'stretch',
					minutes: r.hold === 'long' ? 15 : 10
				});
				expect(res.ok).toBe(true);
				if (!res.ok) return;
				const regions = new Set(
					res.routine.items.flatMap((it) => cat.byId.get(it.exerciseId)?.regions ?? [])
				);
				for (const region of REQUIRED_STRETCH_REGIONS) expect(regions).toContain(region);
			}),
			{ numRuns: 300 }
		);
	});

	it('is deterministic: the same request gives the same routine', () => {
		fc.assert(
			fc.property(request, (r) => {
				expect(generateRoutine({ ...r })).toEqual(generateRoutine(structuredClone(r)));
			}),
			{ numRuns: 500 }
		);
	});

	it('round-trips through its URL with no warnings', () => {
		fc.assert(
			fc.property(request, (r) => {
				const res = generateRoutine(r);
				if (!res.ok) return;
				const { request: parsed, warnings } = parseRoutineQuery(routineQuery(res.routine.request));
				expect(warnings).toEqual([]);
				expect(parsed).toEqual(res.routine.request);
				expect(generateRoutine(parsed)).toEqual(res);
			}),
			{ numRuns: 700 }
		);
	});

	it('swaps keep the total, the kind, a shared region and every rule', () => {
		fc.assert(
			fc.property(plainRequest, fc.nat(), (r, n) => {
				const res = generateRoutine(r);
				if (!res.ok) return;
				const index = n % res.routine.items.length;
				const before = res.routine.items[index];
				const swapped = swapExercise(res.routine, index);
				if (!swapped.ok) {
					expect(swapped.error.code).toBe('no-alternative');
					return;
				}
				const after = swapped.routine.items[index];
				expect(after?.section).toBe(before?.section);
				expect(after?.exerciseId).not.toBe(before?.exerciseId);
				const region = before?.region;
				expect(cat.byId.get(after?.exerciseId ?? '')?.regions).toContain(region);
				expect(buildTimeline(swapped.routine).reduce((a, s) => a + s.durationSec, 0)).toBe(
					res.routine.totalSec
				);
				expect(violations(swapped.routine, cat)).toEqual([]);
			}),
			{ numRuns: 700 }
		);
	});
});
