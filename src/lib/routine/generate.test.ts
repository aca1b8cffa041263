import { describe, expect, it } from 'vitest';
import { exerciseById, exercises, REQUIRED_STRETCH_REGIONS } from '$lib/catalogue';
import type { Equipment, Exercise } from '$lib/catalogue/types';
import {
	buildTimeline,
	defaultCatalogue as cat,
	generateRoutine,
	itemSeconds,
	makeCatalogue,
	minutesRange,
	splitDaily,
	todaySeed
} from '$lib/routine';
import type { Routine, RoutineRequest, Without } from '$lib/routine';
import { violations } from './test-utils';

function gen(r: Partial<RoutineRequest>): Routine {
	const res = generateRoutine({ seed: '2025-06-02', ...r });
	if (!res.ok) throw new Error(res.error.message);
	expect(violations(res.routine, cat)).toEqual([]);
	return res.routine;
}

const ex = (id: string) => exerciseById(id) as Exercise;
const exOf = (routine: Routine) => routine.items.map((it) => ex(it.exerciseId));
const total = (routine: Routine) => buildTimeline(routine).reduce((a, s) => a + s.durationSec, 0);

describe('defaults', () => {
	it('fills every omitted field', () => {
		const routine = gen({});
		expect(routine.request).toEqual({
			kind: 'daily',
			minutes: 25,
			level: 'beginner',
			step: 2,
			backFriendly: true,
			equipment: ['mat'],
			focus: [],
			avoid: [],
			lowImpact: false,
			without: [],
			hold: 'normal',
			seed: '2025-06-02'
		});
		expect(total(routine)).toBe(25 * 60);
	});

	it('takes minutes by kind', () => {
		expect(gen({ kind: 'warmup' }).totalSec).toBe(5 * 60);
		expect(gen({ kind: 'core' }).totalSec).toBe(10 * 60);
		expect(gen({ kind: 'stretch' }).totalSec).toBe(10 * 60);
	});

	it("seeds with today's local date", () => {
		expect(todaySeed(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
		const res = generateRoutine({ kind: 'stretch' });
		expect(res.ok && res.routine.request.seed).toBe(todaySeed());
	});

	it('splits a daily routine 5 + 10 + 10 for 25 minutes, scaling for others', () => {
		expect(splitDaily(25, 10)).toEqual({ warmup: 5, core: 10, stretch: 10 });
		const routine = gen({ kind: 'daily', minutes: 25 });
		expect(routine.parts.map((p) => [p.section, p.seconds])).toEqual([
			['warmup', 300],
			['core', 600],
			['stretch', 600]
		]);
		for (let m = 22; m <= 60; m++) {
			const s = splitDaily(m, 10, 7);
			expect(s && s.warmup + s.core + s.stretch).toBe(m);
			expect(s && s.core).toBeGreaterThanOrEqual(10);
			expect(s && s.core).toBeLessThanOrEqual(15);
			expect(s && s.warmup).toBeGreaterThanOrEqual(5);
			expect(s && s.warmup).toBeLessThanOrEqual(10);
			expect(s && s.stretch).toBeGreaterThanOrEqual(7);
		}
		// no room for a 5-minute warm-up, the core and a stretch of every region
		expect(splitDaily(21, 10, 7)).toBeNull();
	});
});

describe('errors, never exceptions', () => {
	const err = (r: unknown) => {
		const res = generateRoutine(r as Partial<RoutineRequest>);
		expect(res.ok).toBe(false);
		return res.ok ? null : res.error;
	};

	it('explains minutes that cannot work', () => {
		expect(err({ kind: 'core', minutes: 2 })).toEqual({
			code: 'too-short',
			message: 'A core routine needs at least 6 minutes.'
		});
		expect(err({ kind: 'daily', minutes: 14 })?.message).toBe(
			'A daily routine needs at least 15 minutes.'
		);
		expect(err({ kind: 'warmup', minutes: 40 })?.code).toBe('too-long');
		for (const minutes of [0, 61, 2.5, -3, NaN, '10']) {
			expect(err({ minutes })?.code).toBe('invalid-minutes');
		}
	});

	it('ignores an id to avoid that the catalogue has not got (kept from another version)', () => {
		const res = gen({ avoid: ['no-such-move', 'bird-dog'] });
		expect(res.request.avoid).toEqual(['bird-dog']);
		expect(res.items.some((it) => it.exerciseId === 'bird-dog')).toBe(false);
	});

	it('rejects unknown values with a sentence', () => {
		expect(err({ kind: 'yoga' })?.code).toBe('invalid-kind');
		expect(err({ level: 'expert' })?.code).toBe('invalid-level');
		expect(err({ equipment: ['rope'] })?.code).toBe('invalid-equipment');
		expect(err({ focus: ['toes'] })?.code).toBe('invalid-region');
		expect(err({ avoid: ['has spaces'] })?.code).toBe('unknown-exercise');
		expect(err({ seed: 'has spaces' })?.code).toBe('invalid-seed');
		expect(err({ seed: 'x'.repeat(33) })?.code).toBe('invalid-seed');
		expect(err({ backFriendly: 'yes' })?.code).toBe('invalid-option');
		for (const bad of [null, 42, 'daily', [], { kind: null }]) {
			expect(() => generateRoutine(bad as never)).not.toThrow();
		}
	});

	it('reports an avoid list that empties a required stretch region', () => {
		const calves = exercises.filter((e) => e.kind === 'stretch' && e.regions.includes('calves'));
		const e = err({ kind: 'stretch', avoid: calves.map((x) => x.id) });
		expect(e?.code).toBe('region-unavailable');
		expect(e?.message).toContain('calves');
	});

	it('plans core without a mat from standing moves', () => {
		const r = gen({ kind: 'core', equipment: [] });
		for (const it of r.items) expect(exerciseById(it.exerciseId)?.position).toBe('standing');
	});

	it('publishes its ranges: core 8–15 and daily 20–40 minutes at every level, any equipment', () => {
		expect(minutesRange({ kind: 'warmup' })).toEqual({ min: 3, max: 15 });
		expect(minutesRange({ kind: 'stretch' })).toEqual({ min: 3, max: 40 });
		// long holds: at least two stretches
		expect(minutesRange({ kind: 'stretch', hold: 'long' }).min).toBe(5);
		for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
			for (const backFriendly of [true, false]) {
				for (const equipment of [['mat'], [], ['wall'], ['chair'], ['mat', 'wall', 'chair']]) {
					for (const without of [[], ['floor'], ['flexion'], ['floor', 'rotation']]) {
						const r = {
							level,
							backFriendly,
							equipment: equipment as Equipment[],
							without: without as Without[]
						};
						const core = minutesRange({ ...r, kind: 'core' });
						expect(core.min, JSON.stringify(r)).toBeLessThanOrEqual(8);
						expect(core.max, JSON.stringify(r)).toBeGreaterThanOrEqual(15);
						const daily = minutesRange({ ...r, kind: 'daily' });
						expect(daily.min, JSON.stringify(r)).toBeLessThanOrEqual(20);
						expect(daily.max, JSON.stringify(r)).toBeGreaterThanOrEqual(40);
					}
				}
			}
		}
	});
});

describe('time', () => {
	it('adds up exactly, to the second, for every kind and length', () => {
		for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
			const { min, max } = minutesRange({ kind });
			for (let minutes = min; minutes <= max; minutes++) {
				expect(total(gen({ kind, minutes }))).toBe(minutes * 60);
			}
		}
	});

	it('plays prepare first, then each held rep, relaxes, switches, rests and transitions', () => {
		const routine = gen({ kind: 'core', minutes: 15 });
		const tl = buildTimeline(routine);
		expect(tl[0]).toMatchObject({ type: 'prepare', itemIndex: 0 });
		const sideBridge = routine.items.findIndex((it) => it.exerciseId === 'side-bridge-knees');
		const item = routine.items[sideBridge];
		expect(item?.reps).toEqual([6, 4, 2]);
		const segs = tl
			.filter((s) => s.itemIndex === sideBridge)
			.map((s) => [s.type, s.side, s.set, s.rep, s.repsInSet, s.reps]);
		const expected: unknown[][] = [
			['transition', undefined, undefined, undefined, undefined, undefined]
		];
		[6, 4, 2].forEach((n, k) => {
			if (k > 0) expected.push(['rest', undefined, k + 1, undefined, undefined, undefined]);
			for (const side of ['left', 'right'] as const) {
				if (side === 'right')
					expected.push(['switch', 'right', undefined, undefined, undefined, undefined]);
				for (let rep = 1; rep <= n; rep++) {
					expected.push(['work', side, k + 1, rep, n, 1]);
					if (rep < n) expected.push(['rest', side, k + 1, rep, n, undefined]);
				}
			}
		});
		expect(segs).toEqual(expected);
		// every held rep is the beginner's 5 s; relax about two breaths; 15–30 s between steps
		for (const s of tl.filter((x) => x.itemIndex === sideBridge)) {
			if (s.type === 'work') expect(s.durationSec).toBe(5);
			if (s.type === 'rest' && s.rep !== undefined) {
				expect(s.durationSec).toBeGreaterThanOrEqual(4);
				expect(s.durationSec).toBeLessThanOrEqual(8);
			}
			if (s.type === 'rest' && s.rep === undefined) {
				expect(s.durationSec).toBeGreaterThanOrEqual(15);
				expect(s.durationSec).toBeLessThanOrEqual(30);
			}
		}
		const secs = itemSeconds(routine);
		expect(secs.reduce((a, b) => a + b, 0)).toBe(900);
	});
});

describe('stretch', () => {
	it('covers the nine required regions in 10 minutes, standing to lying, calm at the end', () => {
		const routine = gen({ kind: 'stretch', minutes: 10 });
		const list = exOf(routine);
		for (const r of REQUIRED_STRETCH_REGIONS)
			expect(list.some((e) => e.regions.includes(r))).toBe(true);
		const last = list[list.length - 1];
		expect(last?.position).toBe('lying');
		expect(last?.back).toBe('ok');
	});

	it('holds 20–30 s for beginners, left and right equal', () => {
		for (const seed of ['a', 'b', 'c', '2025-01-01']) {
			for (const it of gen({ kind: 'stretch', minutes: 14, seed }).items) {
				if (it.mode !== 'hold') continue;
				expect(it.holdSec).toBeGreaterThanOrEqual(20);
				expect(it.holdSec).toBeLessThanOrEqual(30);
			}
		}
	});

	it('gives spare time to focus regions first, about 60 s per side', () => {
		const plain = gen({ kind: 'stretch', minutes: 12 });
		const focused = gen({ kind: 'stretch', minutes: 12, focus: ['hamstrings'] });
		const ham = focused.items.find((it) => ex(it.exerciseId).regions[0] === 'hamstrings');
		expect(ham?.focus).toBe(true);
		expect(ham?.sets).toBe(2);
		expect((ham?.sets ?? 0) * (ham?.holdSec ?? 0)).toBeGreaterThanOrEqual(50);
		expect(plain.items.filter((it) => it.sets > 1).length).toBeLessThan(
			focused.items.filter((it) => it.sets > 1).length + 1
		);
	});

	it('covers by priority in short plans', () => {
		const list = exOf(gen({ kind: 'stretch', minutes: 3 }));
		expect(list.some((e) => e.regions.includes('calves'))).toBe(true);
		expect(list.some((e) => e.regions.includes('hamstrings'))).toBe(true);
	});
});

describe('warm-up', () => {
	it('raises, then activates and mobilises, gently and without impact for beginners', () => {
		const routine = gen({ kind: 'warmup', minutes: 8 });
		const list = exOf(routine);
		expect(list[0]?.ramp).toBe('raise');
		expect(list.some((e) => e.ramp === 'potentiate' || e.back === 'impact')).toBe(false);
		expect(list.every((e) => e.mode !== 'hold')).toBe(true);
	});

	it('potentiates when the request allows it', () => {
		const routine = gen({
			kind: 'warmup',
			minutes: 10,
			level: 'intermediate',
			backFriendly: false
		});
		expect(exOf(routine).some((e) => e.ramp === 'potentiate')).toBe(true);
	});
});

describe('core', () => {
	it('opens with the cat-camel, then the big three with the beginner pyramid', () => {
		const routine = gen({ kind: 'core', minutes: 14 });
		const list = exOf(routine);
		expect(list[0]?.id).toBe('cat-camel');
		expect(list.slice(1, 4).map((e) => e.bigThree)).toEqual(['curl-up', 'side-bridge', 'bird-dog']);
		expect(routine.shortened).toBeUndefined();
		for (const it of routine.items.slice(1, 4)) {
			expect(it.reps).toEqual([6, 4, 2]);
			expect(it.holdSec).toBe(5);
			expect(it.paced).toBe(true);
			expect(it.relaxSec).toBeGreaterThanOrEqual(4);
			expect(it.relaxSec).toBeLessThanOrEqual(8);
			expect(it.restSec).toBeGreaterThanOrEqual(15);
			expect(it.restSec).toBeLessThanOrEqual(30);
			expect(it.transitionSec).toBeGreaterThanOrEqual(30);
			expect(it.transitionSec).toBeLessThanOrEqual(60);
		}
	});

	it('uses the level’s pyramid and hold, the next one in long advanced plans', () => {
		const pyramids = (r: Routine) => r.items.filter((it) => it.pyramid);
		const mid = gen({ kind: 'core', level: 'intermediate', minutes: 18 });
		expect(pyramids(mid).every((it) => it.reps.join() === '6,4,2' && it.holdSec === 10)).toBe(true);
		const adv = gen({ kind: 'core', level: 'advanced', minutes: 21 });
		expect(pyramids(adv).every((it) => it.reps.join() === '8,6,4' && it.holdSec === 10)).toBe(true);
		const long = gen({ kind: 'core', level: 'advanced', minutes: 30 });
		expect(pyramids(long).every((it) => it.reps.join() === '10,8,6')).toBe(true);
	});

	it('shortens the pyramid from the top when time is short, keeping the hold and the big three', () => {
		for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
			for (const minutes of [8, 10, 12]) {
				const r = gen({ kind: 'core', level, minutes });
				const big = r.items.filter((it) => it.pyramid);
				expect(big.map((it) => ex(it.exerciseId).bigThree)).toEqual([
					'curl-up',
					'side-bridge',
					'bird-dog'
				]);
				// the same shorter pyramid for all three, the level's hold
				expect(new Set(big.map((it) => it.reps.join())).size).toBe(1);
				for (const it of big) expect(it.holdSec).toBe(level === 'beginner' ? 5 : 10);
				const full = level === 'advanced' ? [8, 6, 4] : [6, 4, 2];
				if (big[0]?.reps.join() !== full.join()) {
					expect(r.shortened).toEqual({ full, used: big[0]?.reps });
				}
			}
		}
		expect(gen({ kind: 'core', level: 'advanced', minutes: 8 }).shortened?.full).toEqual([8, 6, 4]);
	});

	it('fills longer plans with other core moves', () => {
		const routine = gen({ kind: 'core', minutes: 20 });
		expect(exOf(routine).filter((e) => !e.bigThree && e.id !== 'cat-camel').length).toBeGreaterThan(
			0
		);
	});
});

describe('filters', () => {
	it('never generates an excluded exercise, in any mode', () => {
		for (const kind of ['core', 'daily'] as const) {
			for (const seed of ['a', 'b', 'c', 'd', 'e']) {
				const routine = gen({
					kind,
					minutes: 30,
					level: 'advanced',
					backFriendly: false,
					equipment: ['mat', 'wall', 'chair'],
					seed
				});
				expect(exOf(routine).some((e) => e.back === 'exclude')).toBe(false);
			}
		}
	});

	it('respects equipment, level, the avoid list and low impact', () => {
		const routine = gen({
			kind: 'daily',
			minutes: 40,
			level: 'beginner',
			backFriendly: false,
			lowImpact: true,
			equipment: ['mat'],
			avoid: ['march-on-the-spot', 'supine-figure-4']
		});
		for (const e of exOf(routine)) {
			expect(e.level).toBe('beginner');
			expect(e.equipment.every((q) => q === 'mat')).toBe(true);
			expect(e.back).not.toBe('impact');
			expect(['march-on-the-spot', 'supine-figure-4']).not.toContain(e.id);
		}
	});

	it('keeps forward bends apart, even with a catalogue full of them', () => {
		// a made-up catalogue: every other stretch and core move a forward bend
		const flexy = exercises.map((e, i) =>
			e.kind !== 'warmup' && e.back === 'ok' && i % 2 === 0 ? { ...e, back: 'flex' as const } : e
		);
		const flexCat = makeCatalogue(flexy);
		let ok = 0;
		for (const kind of ['stretch', 'daily'] as const) {
			for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
				const res = generateRoutine(
					{ kind, minutes: 25, seed, equipment: ['mat', 'chair'] },
					flexCat
				);
				if (!res.ok) {
					expect(res.error.code).toBe('no-exercises');
					continue;
				}
				ok++;
				expect(violations(res.routine, flexCat)).toEqual([]);
			}
		}
		expect(ok).toBeGreaterThan(4);
	});
});

describe('variety', () => {
	it('differs from one day to the next, and between seeds', () => {
		for (const kind of ['warmup', 'core', 'stretch', 'daily'] as const) {
			const ids = (seed: string) =>
				gen({ kind, seed, minutes: kind === 'core' ? 20 : undefined })
					.items.map((it) => it.exerciseId)
					.join();
			expect(ids('2025-06-02'), kind).not.toBe(ids('2025-06-03'));
			expect(ids('2025-06-03'), kind).not.toBe(ids('2025-06-04'));
			expect(ids('apple'), kind).not.toBe(ids('pear'));
		}
	});

	it('is the same on every call', () => {
		expect(gen({ seed: 'same' })).toEqual(gen({ seed: 'same' }));
	});
});

describe('the rule checker', () => {
	it('notices a broken routine', () => {
		const routine = gen({ kind: 'stretch' });
		const broken: Routine = structuredClone(routine);
		const item = broken.items.find((it) => it.perSide);
		if (item) item.holdSec += 20;
		expect(violations(broken, cat).length).toBeGreaterThan(0);
		const reordered: Routine = structuredClone(routine);
		reordered.items.reverse();
		expect(violations(reordered, cat).length).toBeGreaterThan(0);
	});
});

describe('forward bends outside back-friendly mode', () => {
	// found by the property test: keeping bends apart is a preference here, never a failure
	const request = {
		kind: 'daily',
		level: 'beginner',
		backFriendly: false,
		lowImpact: false,
		equipment: ['wall', 'chair', 'mat'],
		focus: ['adductors', 'hamstrings'],
		avoid: [],
		seed: '2020-01-23',
		minutes: 16
	} as const;

	it('builds the routine even when two bends must stand together', () => {
		const res = generateRoutine({
			...request,
			equipment: [...request.equipment],
			focus: [...request.focus],
			avoid: []
		});
		expect(res.ok).toBe(true);
		if (res.ok) expect(res.routine.totalSec).toBe(16 * 60);
	});
});

describe('the core range', () => {
	it('offers only minutes that build (found by the property test: step 1, standing moves only)', () => {
		const request = {
			kind: 'core' as const,
			level: 'advanced' as const,
			step: 1 as const,
			equipment: ['mat' as const],
			without: ['floor' as const, 'flexion' as const],
			seed: 'a'
		};
		const range = minutesRange(request);
		for (let minutes = range.min; minutes <= range.max; minutes++) {
			expect(generateRoutine({ ...request, minutes }).ok, `${minutes} min`).toBe(true);
		}
	});
});

describe('a long standalone stretch', () => {
	// found by the property test: every stretch picked was standing, and the only lying ones were
	// the same stretch as a pick, or needed the time of the position change
	const request = {
		kind: 'stretch' as const,
		level: 'beginner' as const,
		backFriendly: true,
		equipment: ['mat' as const],
		without: ['extension' as const],
		hold: 'long' as const,
		seed: '2021-06-18',
		minutes: 10
	};

	it('ends lying down, with a calm stretch', () => {
		const res = generateRoutine(request);
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		expect(violations(res.routine, cat)).toEqual([]);
		const last = res.routine.items.at(-1);
		const ex = cat.byId.get(last?.exerciseId ?? '');
		expect(ex?.position).toBe('lying');
		// no region is stretched twice by the same kind of stretch
		const main = res.routine.items.map((it) => cat.byId.get(it.exerciseId)?.regions[0]);
		expect(new Set(main).size).toBe(main.length);
	});
});
