/**
 * A request's step (issue 14) as stored: records from before steps are kept without one (the
 * generator and the programme read that as step 2), so a backup round trip stays exact.
 */
import { describe, expect, it } from 'vitest';
import { makeSession } from './fixtures';
import { activeSession } from './records';
import { sessionRecord } from './session-record';

describe('the stored step', () => {
	it('is kept absent when a record has none, and as stored when it has one', () => {
		const old: Record<string, unknown> = { ...makeSession(1).request };
		delete old.step;
		const r = sessionRecord({ ...makeSession(1), request: old });
		expect(r.ok && 'step' in r.value.request).toBe(false);
		for (const step of [1, 2, 3] as const) {
			const s = sessionRecord(makeSession(2, { request: { ...makeSession(2).request, step } }));
			expect(s.ok && s.value.request.step).toBe(step);
		}
	});

	it('refuses any other step, with where and why', () => {
		for (const step of [0, 4, 2.5, '2', null]) {
			const r = sessionRecord({ ...makeSession(3), request: { ...makeSession(3).request, step } });
			expect(r).toEqual({
				ok: false,
				problem: { path: 'request.step', text: 'is not a step (1, 2 or 3)' }
			});
		}
	});

	it('keeps the step of the routine in progress', () => {
		const active = {
			id: 'a',
			request: { ...makeSession(4).request, step: 3 },
			startedAt: 1,
			elapsedMs: 0,
			savedAt: 1,
			paused: false,
			exercisesCompleted: []
		};
		const r = activeSession(active);
		expect(r.ok && r.value.request.step).toBe(3);
	});
});
