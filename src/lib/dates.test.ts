import { describe, expect, it } from 'vitest';
import { dateKeyToDay, dayNumberToKey, isoWeekKey } from './progress/days';
import { dateKey, formatDateKey } from './dates';

describe('the one date-key module', () => {
	it('writes YYYY-MM-DD with padded parts', () => {
		expect(dateKey(2026, 3, 7)).toBe('2026-03-07');
		expect(dateKey(987, 12, 31)).toBe('0987-12-31');
		expect(formatDateKey(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
		expect(isoWeekKey(dateKeyToDay('2026-01-29') ?? NaN)).toBe('2026-W05');
	});

	it('turns day numbers into keys and back', () => {
		expect(dayNumberToKey(0)).toBe('1970-01-01');
		expect(dateKeyToDay('1970-01-02')).toBe(1);
		for (const day of [-1, 0, 59, 20_000, 2_932_896]) {
			expect(dateKeyToDay(dayNumberToKey(day))).toBe(day);
		}
	});

	it('reads only real dates', () => {
		for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '', '2024-02-30']) {
			expect(dateKeyToDay(bad), bad).toBeNull();
		}
		expect(dateKeyToDay('2024-02-29')).not.toBeNull();
	});
});
