/** Every rule of the programme, on histories built by hand. */
import { describe, expect, it } from 'vitest';
import { evaluateProgramme as evaluate } from './evaluate';
import { checkBands, rungAt, rungIndex } from './ladder';
import { at, checkin, input, MON, session } from './test-utils';
import type { Rung } from './types';

const B1: Rung = { level: 'beginner', step: 1 };
const B2: Rung = { level: 'beginner', step: 2 };
const B3: Rung = { level: 'beginner', step: 3 };
const I1: Rung = { level: 'intermediate', step: 1 };
const I2: Rung = { level: 'intermediate', step: 2 };
const A3: Rung = { level: 'advanced', step: 3 };

const easyWeek = (rung: Rung = B2) => [
	session(MON, { rung, pain: 1 }),
	session(MON + 1, { rung, pain: 2 }),
	session(MON + 2, { rung, pain: 0 })
];

describe('the ladder', () => {
	it('runs beginner 1 to advanced 3, step 3 leading to step 1 of the next level', () => {
		expect(rungAt(0)).toEqual(B1);
		expect(rungAt(rungIndex(B3) + 1)).toEqual(I1);
		expect(rungAt(rungIndex(I1) - 1)).toEqual(B3);
		expect(rungAt(8)).toEqual(A3);
		expect(rungAt(-4)).toEqual(B1);
		expect(rungAt(12)).toEqual(A3);
	});
});

describe('starting', () => {
	it('starts at the settings level, step 2, and says what steps up', () => {
		const r = evaluate(input(MON, { settings: { level: 'intermediate' } }));
		expect(r.mode).toBe('programme');
		expect(r.rung).toEqual(I2);
		expect(r.requests.core).toEqual(I2);
		expect(r.requests.stretch).toEqual(I2);
		expect(r.changes).toEqual([]);
		expect(r.reason).toBe('Three easy sessions, on different days, step up.');
	});

	it('is off on request: the settings level at step 2, whatever the history', () => {
		const r = evaluate(
			input(MON + 5, {
				sessions: easyWeek(),
				settings: { enabled: false, level: 'advanced', step: 1 }
			})
		);
		expect(r.mode).toBe('off');
		expect(r.rung).toEqual({ level: 'advanced', step: 2 });
		expect(r.changes).toEqual([]);
	});
});

describe('step up', () => {
	it('counts easy sessions toward the next step', () => {
		const r = evaluate(input(MON + 1, { sessions: easyWeek().slice(0, 2) }));
		expect(r.easySessions).toBe(2);
		expect(r.reason).toBe('One more easy session to step up.');
		expect(r.rung).toEqual(B2);
	});

	it('after three easy sessions on three days, steps up the next day', () => {
		const sameDay = evaluate(input(MON + 2, { sessions: easyWeek() }));
		expect(sameDay.rung).toEqual(B2);
		expect(sameDay.reason).toBe('Steps up tomorrow, if your back is no worse in the morning.');

		const next = evaluate(input(MON + 3, { sessions: easyWeek() }));
		expect(next.rung).toEqual(B3);
		expect(next.requests.core).toEqual(B3);
		expect(next.changes).toHaveLength(1);
		expect(next.changes[0]).toMatchObject({
			date: '2026-11-05',
			from: B2,
			to: B3,
			cause: 'up',
			basis: { from: '2026-11-02', to: '2026-11-04' }
		});
		expect(next.changes[0]?.reason).toBe(
			'Stepped up after three easy sessions, Mon 2 Nov to Wed 4 Nov.'
		);
		expect(next.reason).toBe('Stepped up today after three easy sessions.');
	});

	it('from step 3 goes to step 1 of the next level, and stops at the top', () => {
		expect(
			evaluate(input(MON + 3, { sessions: easyWeek(B3), settings: { step: 3 } })).rung
		).toEqual(I1);
		const top = evaluate(
			input(MON + 3, { sessions: easyWeek(A3), settings: { level: 'advanced', step: 3 } })
		);
		expect(top.rung).toEqual(A3);
		expect(top.changes).toEqual([]);
		expect(top.reason).toBe('Top of the ladder: keep this dose.');
	});

	it('needs three different days: three sessions in one day count once', () => {
		const r = evaluate(
			input(MON + 3, {
				sessions: [9, 12, 15].map((hour) => session(MON, { hour, pain: 0 }))
			})
		);
		expect(r.rung).toEqual(B2);
		expect(r.easySessions).toBe(1);
	});

	it('counts a session without a pain answer as easy', () => {
		const r = evaluate(input(MON + 3, { sessions: [0, 1, 2].map((d) => session(MON + d)) }));
		expect(r.rung).toEqual(B3);
	});

	it('counts only sessions with a core part at the current step', () => {
		const stretch = [0, 1, 2].map((d) => session(MON + d, { kind: 'stretch', pain: 0 }));
		expect(evaluate(input(MON + 3, { sessions: stretch })).rung).toEqual(B2);
		const other = [0, 1, 2].map((d) => session(MON + d, { rung: I2, pain: 0 }));
		expect(evaluate(input(MON + 3, { sessions: other })).rung).toEqual(B2);
		const daily = [0, 1, 2].map((d) => session(MON + d, { kind: 'daily', pain: 0 }));
		expect(evaluate(input(MON + 3, { sessions: daily })).rung).toEqual(B3);
	});

	it('reads a record without a step as step 2', () => {
		const old = [0, 1, 2].map((d) => session(MON + d, { noStep: true }));
		expect(evaluate(input(MON + 3, { sessions: old })).rung).toEqual(B3);
	});

	it('takes the first step up at step 3, and the next up after three more days', () => {
		const sessions = [
			...easyWeek(),
			session(MON + 3, { rung: B3, pain: 1 }),
			session(MON + 4, { rung: B3, pain: 1 }),
			session(MON + 5, { rung: B3, pain: 1 })
		];
		const r = evaluate(input(MON + 6, { sessions }));
		expect(r.rung).toEqual(I1);
		expect(r.changes.map((c) => c.date)).toEqual(['2026-11-05', '2026-11-08']);
	});
});

describe('hold', () => {
	it('holds on amber and starts the count again', () => {
		const sessions = [
			session(MON, { pain: 1 }),
			session(MON + 1, { pain: 4 }),
			session(MON + 2, { pain: 1 }),
			session(MON + 3, { pain: 1 })
		];
		const r = evaluate(input(MON + 4, { sessions }));
		expect(r.rung).toEqual(B2);
		expect(r.easySessions).toBe(2);
		const amberNow = evaluate(input(MON + 1, { sessions: sessions.slice(0, 2) }));
		expect(amberNow.reason).toBe("Holding after today's 4/10: three easy sessions step up.");
	});

	it('holds on amber after any kind of session', () => {
		const sessions = [...easyWeek(), session(MON + 2, { kind: 'stretch', pain: 5, hour: 20 })];
		expect(evaluate(input(MON + 3, { sessions, hour: 21 })).rung).toEqual(B2);
	});

	it('holds when a session was left unfinished or had skips', () => {
		for (const o of [{ status: 'partial' as const }, { skipped: true }]) {
			const sessions = [session(MON), session(MON + 1, o), session(MON + 2)];
			const r = evaluate(input(MON + 3, { sessions }));
			expect(r.rung).toEqual(B2);
			expect(r.easySessions).toBe(1);
		}
		const r = evaluate(input(MON + 1, { sessions: [session(MON + 1, { status: 'partial' })] }));
		expect(r.reason).toBe(
			'Holding: the last core session was not finished; three easy sessions step up.'
		);
	});

	it('holds when an exercise was marked too hard once', () => {
		const sessions = [
			session(MON),
			session(MON + 1, { feedback: { 'bird-dog': 'too-hard', 'curl-up': 'right' } }),
			session(MON + 2)
		];
		const r = evaluate(input(MON + 3, { sessions }), (id) => (id === 'bird-dog' ? 'Bird dog' : id));
		expect(r.rung).toEqual(B2);
		expect(r.easySessions).toBe(1);
	});

	it('steps up even when something felt too easy or about right', () => {
		const sessions = easyWeek().map((s) => ({ ...s, feedback: { 'curl-up': 'too-easy' } }));
		expect(evaluate(input(MON + 3, { sessions })).rung).toEqual(B3);
	});
});

describe('step down', () => {
	it('on red pain after a session, with the pain and the day in the reason', () => {
		const sessions = [session(MON, { pain: 2 }), session(MON + 1, { pain: 6 })];
		const r = evaluate(input(MON + 3, { sessions }));
		expect(r.rung).toEqual(B1);
		expect(r.changes).toEqual([
			{
				date: '2026-11-03',
				from: B2,
				to: B1,
				cause: 'red',
				reason: 'Eased back one step after pain of 6/10 after the session on Tue 3 Nov.'
			}
		]);
		expect(r.reason).toBe("Eased back one step after Tuesday's 6/10.");
	});

	it('from step 1 goes to step 3 of the level below', () => {
		const r = evaluate(
			input(MON, {
				sessions: [session(MON, { rung: I1, pain: 8 })],
				settings: { level: 'intermediate', step: 1 }
			})
		);
		expect(r.rung).toEqual(B3);
	});

	it('on red pain after any kind of session, at any step', () => {
		const r = evaluate(
			input(MON, { sessions: [session(MON, { kind: 'stretch', rung: A3, pain: 7 })] })
		);
		expect(r.rung).toEqual(B1);
	});

	it('not below beginner step 1', () => {
		const r = evaluate(
			input(MON, { sessions: [session(MON, { rung: B1, pain: 6 })], settings: { step: 1 } })
		);
		expect(r.rung).toEqual(B1);
		expect(r.changes).toEqual([]);
		expect(r.reason).toBe(
			"Gentlest step already, after today's 6/10: take it easy, and see the care page if pain keeps on."
		);
	});

	it('on a worse morning', () => {
		const r = evaluate(
			input(MON + 1, { sessions: [session(MON)], checkins: [checkin(MON + 1, 'worse')] })
		);
		expect(r.rung).toEqual(B1);
		expect(r.changes[0]).toMatchObject({ cause: 'worse', date: '2026-11-03' });
		expect(r.reason).toBe('Eased back one step after a worse morning today.');
	});

	it('not on a worse morning before any session', () => {
		const r = evaluate(input(MON + 1, { checkins: [checkin(MON + 1, 'worse')] }));
		expect(r.rung).toEqual(B2);
	});

	it('ignores better and same mornings', () => {
		const checkins = [
			checkin(MON + 1, 'same'),
			checkin(MON + 2, 'better'),
			checkin(MON + 3, 'same')
		];
		expect(evaluate(input(MON + 3, { sessions: easyWeek(), checkins })).rung).toEqual(B3);
	});

	it('when the same exercise is too hard twice in a row', () => {
		const hard = { feedback: { 'bird-dog': 'too-hard' } };
		const r = evaluate(
			input(MON + 1, { sessions: [session(MON, hard), session(MON + 1, hard)] }),
			(id) => (id === 'bird-dog' ? 'Bird dog' : id)
		);
		expect(r.rung).toEqual(B1);
		expect(r.changes[0]?.cause).toBe('too-hard');
		expect(r.reason).toBe('Eased back one step: Bird dog was too hard twice in a row.');
	});

	it('not when two different exercises were too hard, or with an easy session between', () => {
		const two = [
			session(MON, { feedback: { 'bird-dog': 'too-hard' } }),
			session(MON + 1, { feedback: { 'curl-up': 'too-hard' } })
		];
		expect(evaluate(input(MON + 1, { sessions: two })).rung).toEqual(B2);
		const between = [
			session(MON, { feedback: { 'bird-dog': 'too-hard' } }),
			session(MON + 1),
			session(MON + 2, { feedback: { 'bird-dog': 'too-hard' } })
		];
		expect(evaluate(input(MON + 2, { sessions: between })).rung).toEqual(B2);
	});

	it('only once for one bad day: red after, then a worse morning, is one step', () => {
		const sessions = [session(MON, { pain: 7, rung: B3 })];
		const r = evaluate(
			input(MON + 1, { sessions, checkins: [checkin(MON + 1, 'worse')], settings: { step: 3 } })
		);
		expect(r.rung).toEqual(B2);
		expect(r.changes).toHaveLength(1);
		expect(r.reason).toBe(
			'Holding after a worse morning today: it eased back one step yesterday already.'
		);
		// three days on, a new red counts again
		const later = evaluate(
			input(MON + 3, {
				sessions: [session(MON, { pain: 7, rung: I2 }), session(MON + 3, { pain: 6, rung: I1 })],
				checkins: [checkin(MON + 1, 'worse')],
				settings: { level: 'intermediate' }
			})
		);
		expect(later.changes.map((c) => c.to)).toEqual([I1, B3]);
	});

	it('right after a step up, when the new step hurts', () => {
		const sessions = [...easyWeek(), session(MON + 3, { rung: B3, pain: 6 })];
		const r = evaluate(input(MON + 3, { sessions }));
		expect(r.changes.map((c) => c.cause)).toEqual(['up', 'red']);
		expect(r.rung).toEqual(B2);
	});
});

describe('never up after red', () => {
	it('a worse morning after the third easy session stops the step up and eases back', () => {
		const r = evaluate(
			input(MON + 3, { sessions: easyWeek(), checkins: [checkin(MON + 3, 'worse')] })
		);
		expect(r.rung).toEqual(B1);
		expect(r.changes.map((c) => c.cause)).toEqual(['worse']);
	});

	it('a red session, even eased back already, starts the count again', () => {
		const sessions = [
			session(MON, { rung: B2, pain: 6 }),
			session(MON + 1, { rung: B1, pain: 1 }),
			session(MON + 2, { rung: B1, pain: 8, kind: 'stretch' }),
			session(MON + 2, { rung: B1, pain: 0, hour: 20 }),
			session(MON + 3, { rung: B1, pain: 0 })
		];
		const r = evaluate(input(MON + 4, { sessions }));
		expect(r.rung).toEqual(B1);
		// the day of the red pain is no easy day, even with an easy session after it
		expect(r.easySessions).toBe(1);
	});
});

describe('flare-up', () => {
	const start = at(MON + 10, 10);

	it('switches to flare-up care for the first 72 hours', () => {
		const r = evaluate({
			...input(MON + 12, {
				sessions: easyWeek(I2),
				episodes: [start],
				settings: { level: 'intermediate' }
			})
		});
		expect(r.mode).toBe('flare-up');
		expect(r.flareUntil).toBe(start + 72 * 3_600_000);
		expect(r.reason).toBe(
			'Flare-up care until tomorrow 10:00: gentle moves only, then the programme restarts one level lower.'
		);
	});

	it('then restarts one level lower, ignoring what was played during the flare-up', () => {
		const sessions = [...easyWeek(I2), session(MON + 11, { rung: B1, pain: 8 })];
		const r = evaluate(
			input(MON + 13, {
				sessions,
				episodes: [start],
				settings: { level: 'intermediate' },
				hour: 11
			})
		);
		expect(r.mode).toBe('programme');
		// intermediate 2 stepped up to 3 on MON + 3, so one level lower is beginner 3
		expect(r.changes.map((c) => [c.cause, c.to])).toEqual([
			['up', { level: 'intermediate', step: 3 }],
			['flare-up', B3]
		]);
		expect(r.changes[1]?.date).toBe('2026-11-15');
		expect(r.reason).toBe('Restarted one level lower after the flare-up.');
	});

	it('restarts at beginner step 1 at the lowest', () => {
		const r = evaluate(input(MON + 14, { episodes: [start], settings: { step: 3 } }));
		expect(r.rung).toEqual(B1);
	});
});

describe('by hand', () => {
	it('a level and step set by hand restart the count from there', () => {
		const since = at(MON + 1, 19);
		const r = evaluate(
			input(MON + 3, {
				sessions: [session(MON, { pain: 9 }), ...easyWeek(I1).slice(1)],
				checkins: [checkin(MON + 1, 'worse')],
				settings: { level: 'intermediate', step: 1, since }
			})
		);
		expect(r.start).toEqual({ rung: I1, date: '2026-11-03' });
		expect(r.changes).toEqual([]);
		expect(r.rung).toEqual(I1);
		expect(r.easySessions).toBe(1);
	});
});

describe('pain bands', () => {
	it('can be changed', () => {
		const bands = { greenMax: 1, amberMax: 3 };
		const amber = evaluate(
			input(MON + 3, {
				sessions: easyWeek().map((s) => ({ ...s, painAfter: 2 })),
				settings: { bands }
			})
		);
		expect(amber.rung).toEqual(B2);
		const red = evaluate(
			input(MON, { sessions: [session(MON, { pain: 4 })], settings: { bands } })
		);
		expect(red.rung).toEqual(B1);
	});

	it('fall back to 0–3, 4–5, 6–10 when they make no sense', () => {
		expect(checkBands({ greenMax: 3, amberMax: 5 })).toBeNull();
		expect(checkBands({ greenMax: 5, amberMax: 5 })).toMatch(/below/);
		expect(checkBands({ greenMax: 3, amberMax: 10 })).toMatch(/red/);
		expect(checkBands({ greenMax: 2.5, amberMax: 5 })).toMatch(/whole/);
		const r = evaluate(
			input(MON, {
				sessions: [session(MON, { pain: 6 })],
				settings: { bands: { greenMax: 8, amberMax: 2 } }
			})
		);
		expect(r.rung).toEqual(B1);
	});
});

describe('the red-flag check', () => {
	it('is offered after a recent pain of 7 or more', () => {
		expect(
			evaluate(input(MON + 1, { sessions: [session(MON, { pain: 7 })] })).offerRedFlagCheck
		).toBe(true);
		expect(evaluate(input(MON, { sessions: [session(MON, { pain: 6 })] })).offerRedFlagCheck).toBe(
			false
		);
		expect(
			evaluate(input(MON + 3, { sessions: [session(MON, { pain: 9 })] })).offerRedFlagCheck
		).toBe(false);
		// a later, lower answer is what counts
		const later = [session(MON, { pain: 9 }), session(MON, { pain: 2, hour: 21 })];
		expect(evaluate(input(MON, { sessions: later, hour: 22 })).offerRedFlagCheck).toBe(false);
	});
});

describe('input', () => {
	it('ignores sessions in the future and bad values', () => {
		const r = evaluate(
			input(MON, {
				sessions: [
					session(MON + 2, { pain: 9 }),
					{ ...session(MON), painAfter: 11 },
					{ ...session(MON), request: { level: 'expert' }, painAfter: 9 }
				],
				checkins: [{ date: '2026-13-01', compared: 'worse' }, checkin(MON + 1, 'worse')]
			})
		);
		expect(r.rung).toEqual(B2);
		expect(r.easySessions).toBe(1);
	});
});
