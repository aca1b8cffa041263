/** The dose step within a level (issue 14): request, URL and defaults. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
	defaultCatalogue,
	generateRoutine,
	minutesRange,
	normaliseRequest,
	parseRoutineQuery,
	routineQuery,
	timelineSec
} from '$lib/routine';
import type { Routine } from '$lib/routine';
import { STEPS } from './types';

const today = () => '2026-11-02';
const parse = (q: string) => parseRoutineQuery(q, undefined, today);

// property tests generate hundreds of routines: slow on a loaded machine, never a speed limit
vi.setConfig({ testTimeout: 120_000 });
describe('step in a routine URL', () => {
	it('defaults to step 2, so links from before steps keep their meaning', () => {
		const { request, warnings } = parse('kind=core&min=10&level=beginner&back=1&eq=mat&seed=x');
		expect(request.step).toBe(2);
		expect(warnings).toEqual([]);
		expect(routineQuery(request)).toBe('kind=core&min=10&level=beginner&back=1&eq=mat&seed=x');
	});

	it('reads and writes steps 1 and 3', () => {
		for (const step of [1, 3] as const) {
			const { request, warnings } = parse(`kind=core&level=intermediate&step=${step}&seed=x`);
			expect(request.step).toBe(step);
			expect(warnings).toEqual([]);
			const query = routineQuery(request);
			expect(query).toContain(`level=intermediate&step=${step}&`);
			expect(parse(query).request).toEqual(request);
		}
	});

	it('falls back to step 2 with a warning on anything else', () => {
		for (const bad of ['0', '4', 'two', '2.5', '']) {
			const { request, warnings } = parse(`kind=core&step=${bad}`);
			expect(request.step).toBe(2);
			expect(warnings).toEqual([`Unknown step "${bad}": using step 2.`]);
		}
	});
});

describe('step in a request', () => {
	it('is 2 when omitted, and checked when given', () => {
		const ok = normaliseRequest({ kind: 'core', seed: 'x' }, defaultCatalogue, today);
		expect(ok.ok && ok.request.step).toBe(2);
		const three = normaliseRequest({ kind: 'core', step: 3, seed: 'x' }, defaultCatalogue, today);
		expect(three.ok && three.request.step).toBe(3);
		const bad = normaliseRequest(
			{ kind: 'core', step: 4 as unknown as 1 },
			defaultCatalogue,
			today
		);
		expect(bad).toEqual({
			ok: false,
			error: { code: 'invalid-level', message: 'Step must be 1, 2 or 3.' }
		});
	});
});

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
const requestArb = fc.record({
	kind: fc.constantFrom('core', 'daily', 'warmup', 'stretch' as const),
	level: fc.constantFrom(...LEVELS),
	backFriendly: fc.boolean(),
	lowImpact: fc.boolean(),
	equipment: fc.subarray(['mat', 'wall', 'chair'] as const),
	seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
	at: fc.double({ min: 0, max: 1, noNaN: true })
});

/** big-three work: every rep's hold, in seconds */
const pyramidWork = (r: Routine) =>
	r.items
		.filter((it) => it.pyramid)
		.reduce(
			(n, it) => n + it.reps.reduce((a, b) => a + b, 0) * it.holdSec * (it.perSide ? 2 : 1),
			0
		);

describe('step in the generator', () => {
	it('step 2 is the routine of the same request from before steps', () => {
		fc.assert(
			fc.property(requestArb, ({ at, ...r }) => {
				const range = minutesRange({ ...r, step: 2 });
				const minutes = Math.round(range.min + at * (range.max - range.min));
				const old = generateRoutine({ ...r, minutes });
				const two = generateRoutine({ ...r, minutes, step: 2 });
				expect(two).toEqual(old);
				// and an old link (without step) plays it
				if (old.ok) {
					const link = routineQuery(old.routine.request);
					expect(link).not.toContain('step=');
					expect(parseRoutineQuery(link).request).toEqual(old.routine.request);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('every step gives the exact total', () => {
		fc.assert(
			fc.property(requestArb, fc.constantFrom(...STEPS), ({ at, ...r }, step) => {
				const req = { ...r, step, equipment: [...r.equipment, 'mat' as const] };
				const range = minutesRange(req);
				const minutes = Math.round(range.min + at * (range.max - range.min));
				const res = generateRoutine({ ...req, minutes });
				expect(res.ok).toBe(true);
				if (!res.ok) return;
				expect(res.routine.request.step).toBe(step);
				expect(res.routine.totalSec).toBe(minutes * 60);
				expect(timelineSec(res.routine)).toBe(minutes * 60);
			}),
			{ numRuns: 300 }
		);
	});

	it('step 1 is gentler and step 3 harder: fewer or more reps, shorter holds at step 1', () => {
		for (const level of LEVELS) {
			const at = (step: 1 | 2 | 3, minutes: number) => {
				const res = generateRoutine({ kind: 'core', level, step, minutes, seed: 's' });
				if (!res.ok) throw new Error(res.error.message);
				return res.routine;
			};
			// the shortest core routine with every step's own pyramid, not shortened for time
			// nor (advanced) lengthened to the next pyramid of long plans
			let minutes = minutesRange({ kind: 'core', level, step: 3 }).min;
			const unshortened = (m: number) => ([1, 2, 3] as const).every((s) => !at(s, m).shortened);
			while (!unshortened(minutes) && minutes < 30) minutes++;
			const [one, two, three] = [at(1, minutes), at(2, minutes), at(3, minutes)];
			expect(pyramidWork(one)).toBeLessThan(pyramidWork(two));
			expect(pyramidWork(two)).toBeLessThan(pyramidWork(three));
			const holds = (r: Routine) => r.items.filter((it) => it.pyramid).map((it) => it.holdSec);
			expect(Math.max(...holds(one))).toBeLessThan(Math.max(...holds(two)));
			// the same exercises: the step changes the dose, not the choice
			const ids = (r: Routine) => r.items.filter((it) => it.pyramid).map((it) => it.exerciseId);
			expect(ids(one)).toEqual(ids(two));
			expect(ids(three)).toEqual(ids(two));
		}
	});

	it('a harder step needs at least as many minutes for a core routine', () => {
		for (const level of LEVELS) {
			const min = (step: 1 | 2 | 3) => minutesRange({ kind: 'core', level, step }).min;
			expect(min(1)).toBeLessThanOrEqual(min(2));
			expect(min(2)).toBeLessThanOrEqual(min(3));
		}
	});
});
