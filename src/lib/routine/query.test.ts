import { describe, expect, it } from 'vitest';
import { generateRoutine, parseRoutineQuery, routineQuery } from '$lib/routine';

const today = () => '2025-06-02';
const parse = (q: string) => parseRoutineQuery(q, undefined, today);

describe('routineQuery', () => {
	it('always writes kind, min, level, back, eq and seed; lists only when set', () => {
		expect(routineQuery({ kind: 'core', seed: 'abc' })).toBe(
			'kind=core&min=10&level=beginner&back=1&eq=mat&seed=abc'
		);
		expect(
			routineQuery({
				kind: 'stretch',
				minutes: 12,
				level: 'advanced',
				backFriendly: false,
				equipment: ['chair', 'mat'],
				focus: ['neck', 'calves'],
				avoid: ['neck-turn', 'butterfly'],
				lowImpact: true,
				seed: '2025-06-02'
			})
		).toBe(
			'kind=stretch&min=12&level=advanced&back=0&eq=mat,chair&focus=neck,calves&avoid=butterfly,neck-turn&impact=low&seed=2025-06-02'
		);
		expect(routineQuery({ equipment: [], seed: 'x' })).toContain('eq=none');
		// the issue-11 options: written only when set, so older links keep their meaning
		expect(
			routineQuery({ kind: 'core', seed: 'abc', without: ['floor', 'flexion'], hold: 'long' })
		).toBe(
			'kind=core&min=10&level=beginner&back=1&eq=mat&without=flexion,floor&hold=long&seed=abc'
		);
	});
});

describe('parseRoutineQuery', () => {
	it('gives the defaults for an empty query, seeded with today', () => {
		expect(parse('')).toEqual({
			request: {
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
			},
			warnings: []
		});
	});

	it('reads every parameter, from a string or URLSearchParams', () => {
		const q =
			'?kind=warmup&min=7&level=intermediate&back=0&eq=wall,mat&focus=calves&avoid=heel-digs&impact=low&without=rotation,floor&hold=long&seed=Ab_9-';
		const { request, warnings } = parse(q);
		expect(warnings).toEqual([]);
		expect(request).toEqual({
			kind: 'warmup',
			minutes: 7,
			level: 'intermediate',
			step: 2,
			backFriendly: false,
			equipment: ['mat', 'wall'],
			focus: ['calves'],
			avoid: ['heel-digs'],
			lowImpact: true,
			without: ['rotation', 'floor'],
			hold: 'long',
			seed: 'Ab_9-'
		});
		expect(parseRoutineQuery(new URLSearchParams(q), undefined, today).request).toEqual(request);
	});

	it('falls back to defaults with a warning for anything malformed, never throwing', () => {
		const { request, warnings } = parse(
			'kind=yoga&min=abc&level=pro&back=maybe&eq=rope,mat&focus=toes&avoid=nope&impact=high&without=jumping&hold=forever&seed=bad%20seed!'
		);
		expect(request).toEqual({
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
		expect(warnings).toHaveLength(11);
		for (const w of warnings) expect(w).toMatch(/^[A-Z"].*\.$/);
		for (const junk of ['%', '&&&', 'min=1e9', 'min=-5', 'seed=' + 'x'.repeat(99), 'kind=&min=']) {
			expect(() => parse(junk)).not.toThrow();
		}
	});

	it('clamps minutes into the range the request allows, with a warning', () => {
		const short = parse('kind=core&min=2');
		expect(short.request.minutes).toBe(6);
		expect(short.warnings[0]).toMatch(/6 to 30 minutes/);
		expect(parse('kind=warmup&min=90').request.minutes).toBe(15);
		// every level keeps the default 10-minute core
		expect(parse('kind=core&level=intermediate').request.minutes).toBe(10);
		expect(parse('kind=core&min=8&level=advanced').warnings).toEqual([]);
	});

	it('round-trips: the URL of a routine gives the same routine', () => {
		const res = generateRoutine({
			kind: 'daily',
			minutes: 30,
			focus: ['hamstrings'],
			seed: 'trip'
		});
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		const again = parse(routineQuery(res.routine.request));
		expect(again.warnings).toEqual([]);
		expect(generateRoutine(again.request)).toEqual(res);
	});
});

describe('equipment with nothing usable', () => {
	it('falls back to the default rather than to no equipment', () => {
		const { request, warnings } = parseRoutineQuery('eq=trampoline');
		expect(request.equipment).toEqual(parseRoutineQuery('').request.equipment);
		expect(warnings.join(' ')).toMatch(/trampoline.*default/);
		// a mix keeps what is known
		expect(parseRoutineQuery('eq=wall,trampoline').request.equipment).toEqual(['wall']);
		// "none" is a real choice, not a mistake
		expect(parseRoutineQuery('eq=none').request.equipment).toEqual([]);
	});
});

describe('long lists of unknown values', () => {
	it('summarise 10,000 made-up avoid ids in one short warning, and keep the known ones', () => {
		const ids = Array.from({ length: 10_000 }, (_, i) => `made-up-${i}`);
		const params = new URLSearchParams({ kind: 'core', avoid: ['bird-dog', ...ids].join(',') });
		const { request, warnings } = parseRoutineQuery(params);
		expect(request.avoid).toEqual(['bird-dog']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toBe(
			'No exercise called "made-up-0", "made-up-1", "made-up-2" and 9,997 more to avoid: left out.'
		);
	});
});
