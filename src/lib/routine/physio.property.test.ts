/**
 * Property tests for the routine a physiotherapist would hand out (issue 11), over thousands
 * of valid requests with every option: each rule is checked on the finished routine and its
 * timeline, against the numbers of CONTENT.md, not the generator's constants.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { REQUIRED_STRETCH_REGIONS } from '$lib/catalogue';
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import type { Equipment, Exercise } from '$lib/catalogue/types';
import { buildTimeline, defaultCatalogue as cat, generateRoutine } from '$lib/routine';
import type { Routine, RoutineRequest, Without } from '$lib/routine';
import { ROUTINE_KINDS, WITHOUT } from './types';
import { isDown, isUp, levelHold, movement, violations } from './test-utils';

vi.setConfig({ testTimeout: 120_000 });

const RUNS = 600;

const seed = fc.oneof(
	fc
		.record({ y: fc.integer({ min: 2020, max: 2035 }), d: fc.integer({ min: 0, max: 365 }) })
		.map(({ y, d }) => new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10)),
	fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/)
);

/** none, any one, or the floor and any one other: never leaves a required region empty */
const safeWithout = fc.oneof(
	fc.constant<Without[]>([]),
	fc.constantFrom(...WITHOUT).map((w): Without[] => [w]),
	fc.constantFrom(...WITHOUT).map((w): Without[] => (w === 'floor' ? ['floor'] : ['floor', w]))
);

const options = {
	level: fc.constantFrom(...LEVELS),
	backFriendly: fc.boolean(),
	lowImpact: fc.boolean(),
	// any equipment, none included: people without a mat are real users
	equipment: fc.subarray([...EQUIPMENT]),
	focus: fc.subarray([...REGIONS], { maxLength: 3 }),
	avoid: fc.constant<string[]>([]),
	without: safeWithout,
	hold: fc.constantFrom('normal' as const, 'long' as const),
	// every dose step of the programme (issue 14) keeps the same rules
	step: fc.constantFrom(1 as const, 2 as const, 3 as const),
	seed
};

const requestOf = (kind: RoutineRequest['kind'], minutes: fc.Arbitrary<number>) =>
	fc.record({ ...options, kind: fc.constant(kind), minutes });

const gen = (r: RoutineRequest): Routine => {
	const res = generateRoutine(r);
	if (!res.ok) throw new Error(`${JSON.stringify(r)}: ${res.error.message}`);
	return res.routine;
};
const ex = (id: string) => cat.byId.get(id) as Exercise;

describe('every request in the ranges of issue 11 generates, keeping every rule', () => {
	it('core, 8–15 minutes, any level, back-friendly or not, any equipment and limits', () => {
		fc.assert(
			fc.property(requestOf('core', fc.integer({ min: 8, max: 15 })), (r) => {
				expect(violations(gen(r), cat), JSON.stringify(r)).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});

	it('daily, 20–40 minutes, any level, any equipment and limits', () => {
		fc.assert(
			fc.property(requestOf('daily', fc.integer({ min: 20, max: 40 })), (r) => {
				expect(violations(gen(r), cat), JSON.stringify(r)).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});

	it('warm-up and stretch, any length of their ranges', () => {
		const kind = fc.constantFrom('warmup' as const, 'stretch' as const);
		fc.assert(
			fc.property(
				fc.record({ ...options, kind, minutes: fc.integer({ min: 5, max: 15 }) }),
				(r) => {
					expect(violations(gen(r), cat), JSON.stringify(r)).toEqual([]);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('every kind, at every level, with no equipment and any one limit or the floor and one', () => {
		fc.assert(
			fc.property(
				fc.record({
					...options,
					equipment: fc.constant<Equipment[]>([]),
					kind: fc.constantFrom(...ROUTINE_KINDS),
					minutes: fc.constant(0)
				}),
				(partial) => {
					const minutes = { warmup: 5, core: 10, stretch: 10, daily: 25 }[partial.kind];
					const r = { ...partial, minutes };
					expect(violations(gen(r), cat), JSON.stringify(r)).toEqual([]);
				}
			),
			{ numRuns: RUNS }
		);
	});
});

describe('the daily routine', () => {
	it('warms up for at least 5 minutes, has a core part and stretches all nine regions', () => {
		fc.assert(
			fc.property(requestOf('daily', fc.integer({ min: 20, max: 40 })), (r) => {
				const routine = gen({ ...r, hold: 'normal' });
				const [warmup, core, stretch] = routine.parts;
				expect(warmup?.section).toBe('warmup');
				expect(warmup?.seconds).toBeGreaterThanOrEqual(300);
				expect(core?.section).toBe('core');
				expect((core?.end ?? 0) - (core?.start ?? 0)).toBeGreaterThan(0);
				expect(stretch?.section).toBe('stretch');
				const regions = new Set(
					routine.items
						.slice(stretch?.start, stretch?.end)
						.flatMap((it) => ex(it.exerciseId).regions)
				);
				for (const region of REQUIRED_STRETCH_REGIONS) expect(regions).toContain(region);
				expect(routine.leftOut).toBeUndefined();
			}),
			{ numRuns: 500 }
		);
	});
});

describe('movement limits', () => {
	const flagOf = { flexion: 'flex', extension: 'ext', rotation: 'rot' } as const;

	it('leaves out every exercise with a ruled-out back flag, and the floor', () => {
		fc.assert(
			fc.property(
				fc.record({
					...options,
					kind: fc.constantFrom(...ROUTINE_KINDS),
					minutes: fc.constant(0)
				}),
				(partial) => {
					const minutes = { warmup: 6, core: 12, stretch: 12, daily: 30 }[partial.kind];
					const routine = gen({ ...partial, minutes });
					for (const it of routine.items) {
						const e = ex(it.exerciseId);
						for (const w of partial.without) {
							if (w === 'floor') expect(isDown(e), e.id).toBe(false);
							else expect(e.back, e.id).not.toBe(flagOf[w]);
						}
					}
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('keeps a routine without the floor standing or on a chair', () => {
		fc.assert(
			fc.property(requestOf('daily', fc.integer({ min: 20, max: 40 })), (r) => {
				const routine = gen({ ...r, without: ['floor'] });
				for (const it of routine.items) {
					const e = ex(it.exerciseId);
					expect(isUp(e) || e.position === 'seated', e.id).toBe(true);
					expect(e.equipment, e.id).not.toContain('mat');
				}
				expect(buildTimeline(routine).some((s) => s.change !== undefined)).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('time between exercises', () => {
	it('gives a position change at least 10 s, 15 s back-friendly, with the log-roll mark', () => {
		fc.assert(
			fc.property(requestOf('daily', fc.integer({ min: 20, max: 45 })), (r) => {
				const routine = gen(r);
				const need = r.backFriendly ? 15 : 10;
				const tl = buildTimeline(routine);
				let where: 'up' | 'down' = 'up';
				routine.items.forEach((it, i) => {
					const e = ex(it.exerciseId);
					const now = isDown(e) ? 'down' : isUp(e) ? 'up' : where;
					const lead = tl.find(
						(s) => s.itemIndex === i && (s.type === 'prepare' || s.type === 'transition')
					);
					if (now !== where) {
						expect(lead?.change, e.id).toBe(now);
						expect(lead?.durationSec ?? 0, e.id).toBeGreaterThanOrEqual(i === 0 ? 10 : need);
					} else {
						expect(lead?.change, e.id).toBeUndefined();
					}
					where = now;
				});
			}),
			{ numRuns: RUNS }
		);
	});

	it('rests 4–8 s between held reps, 15–30 s between pyramid steps, 30–60 s between core moves', () => {
		fc.assert(
			fc.property(requestOf('core', fc.integer({ min: 8, max: 20 })), (r) => {
				const routine = gen(r);
				const tl = buildTimeline(routine);
				for (const s of tl) {
					const it = routine.items[s.itemIndex ?? 0];
					if (!it?.pyramid) continue;
					if (s.type === 'work') {
						expect(s.reps).toBe(1);
						expect(s.durationSec).toBe(levelHold(r));
						expect(s.rep).toBeGreaterThanOrEqual(1);
						expect(s.rep).toBeLessThanOrEqual(s.repsInSet ?? 0);
					}
					if (s.type === 'rest' && s.rep !== undefined) {
						expect(s.durationSec).toBeGreaterThanOrEqual(4);
						expect(s.durationSec).toBeLessThanOrEqual(8);
					}
					if (s.type === 'rest' && s.rep === undefined) {
						expect(s.durationSec).toBeGreaterThanOrEqual(15);
						expect(s.durationSec).toBeLessThanOrEqual(30);
					}
				}
				for (const s of tl.filter((x) => x.type === 'transition')) {
					expect(s.durationSec).toBeGreaterThanOrEqual(30);
					expect(s.durationSec).toBeLessThanOrEqual(60);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('doses', () => {
	it('one movement once, holds and timed work in steps of 5 s, to the second', () => {
		fc.assert(
			fc.property(
				fc.record({
					...options,
					kind: fc.constantFrom(...ROUTINE_KINDS),
					minutes: fc.integer({ min: 5, max: 40 })
				}),
				(r) => {
					const res = generateRoutine(r);
					if (!res.ok) return;
					const routine = res.routine;
					const movements = routine.items.map((it) => movement(ex(it.exerciseId)));
					expect(new Set(movements).size).toBe(movements.length);
					for (const it of routine.items) {
						if (it.mode === 'hold') expect(it.holdSec % 5).toBe(0);
						if (it.mode === 'timed') expect(it.workSec % 5).toBe(0);
					}
					const total = buildTimeline(routine).reduce((a, s) => a + s.durationSec, 0);
					expect(total).toBe(r.minutes * 60);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('gives a focus region at least the hold time of any region not asked for, ≤ 90 s a side', () => {
		fc.assert(
			fc.property(
				requestOf('stretch', fc.integer({ min: 5, max: 30 })),
				fc.constantFrom(...REQUIRED_STRETCH_REGIONS),
				(r, region) => {
					const routine = gen({ ...r, focus: [region] });
					const holds = routine.items.filter((it) => it.mode === 'hold');
					const sec = (it: (typeof holds)[number]) => it.sets * it.holdSec;
					const asked = holds.filter((it) => it.region === region);
					const others = holds.filter((it) => it.region !== region);
					for (const it of asked) {
						for (const o of others)
							expect(sec(it), `${it.exerciseId} vs ${o.exerciseId}`).toBeGreaterThanOrEqual(sec(o));
					}
					for (const it of holds) expect(sec(it)).toBeLessThanOrEqual(90);
				}
			),
			{ numRuns: RUNS }
		);
	});
});
