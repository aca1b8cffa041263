import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	defaultCatalogue,
	generateRoutine,
	normaliseRequest,
	parseRoutineQuery,
	routineQuery,
	type RoutineRequest
} from '$lib/routine';
import { routineRequest } from '$lib/storage/records';

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

describe('odd URLs', () => {
	it('reads each odd value by the stored request schema, with a warning when it does not fit', () => {
		const cases: [string, Partial<RoutineRequest>, number][] = [
			// [query, what differs from the defaults, how many warnings]
			['step=01', {}, 1],
			['step=2.0', {}, 1],
			['step=0', {}, 1],
			['step=3', { step: 3 }, 0],
			['hold=normal', {}, 0],
			['hold=LONG', {}, 1],
			['back=true', {}, 1],
			['impact=LOW', {}, 1],
			['kind=Core', {}, 1],
			['level=advanced&level=pro', { level: 'advanced' }, 0],
			['eq=wall,,mat,%20', { equipment: ['mat', 'wall'] }, 0],
			['eq=none,wall', { equipment: ['wall'] }, 1],
			['eq=', { equipment: [] }, 0],
			['avoid=', {}, 0],
			['avoid=bird-dog,bird-dog', { avoid: ['bird-dog'] }, 0],
			['avoid=bird%20dog', {}, 1],
			['without=floor,floor,Floor', { without: ['floor'] }, 1],
			['focus=neck,NECK', { focus: ['neck'] }, 1],
			['seed=', {}, 1],
			['seed=' + 'x'.repeat(32), { seed: 'x'.repeat(32) }, 0],
			['seed=' + 'x'.repeat(33), {}, 1],
			['min=%2030%20', { minutes: 30 }, 0],
			['min=30.5', {}, 1]
		];
		for (const [q, changed, count] of cases) {
			const { request, warnings } = parse(q);
			expect(request, q).toEqual({ ...parse('').request, ...changed });
			expect(warnings, q).toHaveLength(count);
		}
	});

	it('warns without echoing markup or long text', () => {
		const { warnings } = parse('level=' + encodeURIComponent('<b>' + 'x'.repeat(50)));
		expect(warnings).toEqual([`Unknown level "<b>${'x'.repeat(21)}…": using beginner.`]);
	});

	it('gives, for any query, a request the stored schema and the generator accept', () => {
		const valid = {
			kind: ['warmup', 'core', 'stretch', 'daily'],
			min: ['3', '10', '25', '60'],
			level: ['beginner', 'intermediate', 'advanced'],
			step: ['1', '2', '3'],
			back: ['0', '1'],
			eq: ['mat', 'wall,chair', 'none'],
			focus: ['neck', 'calves,hamstrings'],
			avoid: ['bird-dog', 'heel-digs,bird-dog'],
			impact: ['low'],
			without: ['floor', 'flexion,rotation'],
			hold: ['long', 'normal'],
			seed: ['abc', '2025-06-02']
		};
		const names = Object.keys(valid) as (keyof typeof valid)[];
		const value = (name: keyof typeof valid) =>
			fc.oneof(fc.constantFrom(...valid[name]), fc.string({ maxLength: 40 }));
		const query = fc
			.uniqueArray(fc.constantFrom(...names), { maxLength: names.length })
			.chain((ns) => fc.tuple(...ns.map((n) => value(n).map((v) => [n, v]))));
		fc.assert(
			fc.property(query, (pairs) => {
				const { request } = parseRoutineQuery(new URLSearchParams(pairs), undefined, today);
				expect(routineRequest(request)).toEqual({ ok: true, value: request });
				expect(normaliseRequest(request, defaultCatalogue, today)).toEqual({ ok: true, request });
				// and its own link reads back the same, without a warning
				expect(parse(routineQuery(request))).toEqual({ request, warnings: [] });
			}),
			{ numRuns: 300 }
		);
	});
});
