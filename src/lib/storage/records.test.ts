import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { makeSession } from './fixtures';
import { activeSession, mergeSettings, read } from './records';
import { checkin, sessionRecord } from './session-record';
import { playerSlot } from './slots';

describe('the record schemas', () => {
	it('read back every record the app writes, as a copy with only the known fields', () => {
		for (let i = 0; i < 200; i++) {
			const s = {
				...makeSession(i),
				swaps: [2, 0],
				painBefore: 3,
				painAfter: 0,
				variants: [{ item: 3, which: 'easier' as const }]
			};
			const r = sessionRecord({ ...s, extra: 'dropped' });
			expect(r.ok && r.value).toEqual(s);
			expect(r.ok && r.value).not.toBe(s);
		}
	});

	it('never throw on anything, and accept only what they can read', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				for (const schema of [sessionRecord, activeSession, checkin]) {
					const r = schema(value);
					if (!r.ok) expect(typeof r.problem.text).toBe('string');
				}
				const merged = mergeSettings(value);
				expect(mergeSettings(merged.settings)).toEqual({
					settings: merged.settings,
					repaired: false,
					problems: []
				});
			})
		);
	});

	it('name the first bad place of a session', () => {
		const bad = (changes: Record<string, unknown>) => {
			const r = sessionRecord({ ...makeSession(1), ...changes }, 'sessions[4]');
			return r.ok ? null : `${r.problem.path} ${r.problem.text}`;
		};
		expect(bad({ rating: 9 })).toBe('sessions[4].rating must be a whole number from 1 to 5');
		expect(bad({ plannedSec: Infinity })).toBe('sessions[4].plannedSec must be a finite number');
		expect(bad({ startedAt: -1 })).toBe('sessions[4].startedAt is not a date');
		expect(bad({ id: undefined })).toBe('sessions[4].id is missing');
		expect(bad({ feedback: { 'bird-dog': 'meh' } })).toBe(
			'sessions[4].feedback.bird-dog is not a known answer'
		);
		expect(bad({ variants: [{ item: 2, which: 'sideways' }] })).toBe(
			'sessions[4].variants[0].which is not easier or harder'
		);
		expect(bad({ variants: [{ item: -1, which: 'easier' }] })).toMatch(
			/^sessions\[4\]\.variants\[0\]\.item must be a whole number/
		);
	});

	it("keep the routine in progress's pain before, Easier and Harder swaps and their feedback", () => {
		const active = {
			id: 'a',
			request: makeSession(2).request,
			startedAt: 1,
			elapsedMs: 2,
			savedAt: 3,
			paused: true,
			exercisesCompleted: [],
			painBefore: 6,
			variants: [{ item: 1, which: 'harder' as const }],
			tooHard: ['bird-dog'],
			tooEasy: ['plank']
		};
		expect(read(playerSlot, active)).toEqual(active);
		expect(read(playerSlot, { ...active, painBefore: 11 })).toBeUndefined();
		expect(read(playerSlot, { ...active, tooEasy: ['not an id'] })).toBeUndefined();
		// Today's check reads the common fields only
		const common: Record<string, unknown> = { ...active };
		for (const extra of ['painBefore', 'variants', 'tooHard', 'tooEasy']) delete common[extra];
		expect(read(activeSession, active)).toEqual(common);
	});

	it('keep every good field of damaged settings', () => {
		const { settings, problems } = mergeSettings({
			...DEFAULT_SETTINGS,
			level: 'expert',
			minutes: { ...DEFAULT_SETTINGS.minutes, core: 0 }
		});
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems.map((p) => p.path)).toEqual(['settings.level', 'settings.minutes.core']);
		expect(read(checkin, { date: '2026-02-01', compared: 'same' })).toEqual({
			date: '2026-02-01',
			compared: 'same'
		});
		// a date that matches the pattern but is not on the calendar
		expect(read(checkin, { date: '2026-02-30', compared: 'same' })).toBeUndefined();
		expect(read(checkin, { date: '2028-02-29', compared: 'worse' })).toBeDefined();
	});
});
