import { describe, expect, it } from 'vitest';
import { checkinDate, checkinDue } from './checkin';
import { at, checkin, MON, session } from './test-utils';

describe('the morning check-in', () => {
	it('is asked the day after a day with a session', () => {
		expect(checkinDue([session(MON)], [], at(MON + 1, 8), 0)).toBe(true);
		// still the same day, or two days on: not asked
		expect(checkinDue([session(MON)], [], at(MON, 22), 0)).toBe(false);
		expect(checkinDue([session(MON)], [], at(MON + 2, 8), 0)).toBe(false);
		expect(checkinDue([], [], at(MON + 1, 8), 0)).toBe(false);
	});

	it('goes away once answered for the day', () => {
		expect(checkinDue([session(MON)], [checkin(MON + 1, 'same')], at(MON + 1, 8), 0)).toBe(false);
		// yesterday's answer does not count for today
		expect(
			checkinDue([session(MON), session(MON + 1)], [checkin(MON + 1, 'same')], at(MON + 2, 8), 0)
		).toBe(true);
	});

	it("uses the local date: a session at 23:30 in UTC−5 is the day before's", () => {
		// Monday 23:30 in New York is Tuesday 04:30 UTC
		const late = { endedAt: at(MON + 1, 4.5), tzOffsetMin: 300 };
		expect(checkinDue([late], [], at(MON + 1, 13), 300)).toBe(true);
		expect(checkinDate(at(MON + 1, 4.5), 300)).toBe('2026-11-02');
		expect(checkinDate(at(MON + 1, 4.5), 0)).toBe('2026-11-03');
	});
});
