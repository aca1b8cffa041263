/** The dose step within a level (issue 14): request, URL and defaults. */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, normaliseRequest, parseRoutineQuery, routineQuery } from '$lib/routine';

const today = () => '2026-11-02';
const parse = (q: string) => parseRoutineQuery(q, undefined, today);

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
