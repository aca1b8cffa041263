import { describe, expect, it } from 'vitest';
import { careAdvice, careSchedule, phaseAt } from './schedule';
import { fromLocal, parseLocalInput, toLocal } from '$lib/tz';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 10, 9, 0);

function local(value: string, zone: string): number {
	const l = parseLocalInput(value);
	if (!l) throw new Error(value);
	return fromLocal(l, zone);
}

describe('careAdvice', () => {
	it('suggests ice at the start', () => {
		const a = careAdvice(start, start);
		expect(a).toMatchObject({ phase: 'ice', hoursSince: 0, hoursUntilHeat: 72 });
		expect(a.startInFuture).toBe(false);
		expect(a.heatFrom).toBe(start + 72 * HOUR);
	});

	it('still suggests ice at 71 h, with an hour to go', () => {
		const a = careAdvice(start, start + 71 * HOUR);
		expect(a).toMatchObject({ phase: 'ice', hoursSince: 71, hoursUntilHeat: 1 });
	});

	it('suggests heat from 72 h, and at 73 h', () => {
		expect(careAdvice(start, start + 72 * HOUR).phase).toBe('heat');
		const a = careAdvice(start, start + 73 * HOUR);
		expect(a).toMatchObject({ phase: 'heat', hoursSince: 73, hoursUntilHeat: 0 });
		expect(a.next.every((n) => n.kind === 'heat' && n.minutes === 20)).toBe(true);
	});

	it('treats a start in the future as now', () => {
		const a = careAdvice(start + 5 * HOUR, start);
		expect(a).toMatchObject({ phase: 'ice', hoursSince: 0, startInFuture: true });
	});

	it('gives the same phase for the same instant in any time zone', () => {
		for (const timeZone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney']) {
			expect(careAdvice(start, start + 71 * HOUR, { timeZone }).phase).toBe('ice');
			expect(careAdvice(start, start + 73 * HOUR, { timeZone }).phase).toBe('heat');
		}
	});

	it('counts real hours across a clock change (Europe/London, spring forward)', () => {
		const zone = 'Europe/London';
		// clocks go forward on 29 March 2026: three calendar days hold only 71 hours
		const began = local('2026-03-28T12:00', zone);
		const a = careAdvice(began, local('2026-03-31T12:00', zone), { timeZone: zone });
		expect(a).toMatchObject({ phase: 'ice', hoursSince: 71 });
		expect(careAdvice(began, local('2026-03-31T13:00', zone)).phase).toBe('heat');
	});

	it('counts real hours across a clock change (America/New_York, fall back)', () => {
		const zone = 'America/New_York';
		// clocks go back on 1 November 2026: three calendar days hold 73 hours
		const began = local('2026-10-30T12:00', zone);
		const a = careAdvice(began, local('2026-11-02T11:30', zone), { timeZone: zone });
		expect(a).toMatchObject({ phase: 'heat', hoursSince: 72 });
	});
});

describe('careSchedule', () => {
	it('schedules ice every 3 h, then heat every 4 h, in waking hours', () => {
		for (const timeZone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London']) {
			const began = start;
			const from = began + 60 * HOUR;
			const apps = careSchedule(began, from, { timeZone, hours: 48 });
			expect(apps.length).toBeGreaterThan(4);
			for (const app of apps) {
				const hour = toLocal(app.at, timeZone).hour;
				expect(hour, timeZone).toBeGreaterThanOrEqual(8);
				expect(hour, timeZone).toBeLessThan(22);
				expect(app.kind).toBe(phaseAt(began, app.at));
				expect(app.minutes).toBe(app.kind === 'ice' ? 15 : 20);
				expect(app.at).toBeGreaterThanOrEqual(from);
				expect(app.at).toBeLessThan(from + 48 * HOUR);
			}
			expect(apps.some((a) => a.kind === 'ice')).toBe(true);
			expect(apps.some((a) => a.kind === 'heat')).toBe(true);
			for (let i = 1; i < apps.length; i++) {
				const prev = apps[i - 1]!;
				const gap = apps[i]!.at - prev.at;
				expect(gap).toBeGreaterThanOrEqual((prev.kind === 'ice' ? 3 : 4) * HOUR);
			}
		}
	});

	it('starts at the next quarter hour, or at wake-up time', () => {
		const zone = 'Europe/London';
		const day = careSchedule(start, local('2026-06-01T10:07', zone), { timeZone: zone });
		expect(toLocal(day[0]!.at, zone)).toMatchObject({ hour: 10, minute: 15 });
		const night = careSchedule(start, local('2026-06-01T23:10', zone), { timeZone: zone });
		expect(toLocal(night[0]!.at, zone)).toMatchObject({ day: 2, hour: 8, minute: 0 });
	});
});

describe('local times', () => {
	it('moves a time in the spring gap forward, and picks the first of a repeated time', () => {
		const zone = 'Europe/London';
		expect(local('2026-03-29T01:30', zone)).toBe(Date.UTC(2026, 2, 29, 1, 30));
		expect(local('2026-10-25T01:30', zone)).toBe(Date.UTC(2026, 9, 25, 0, 30));
		expect(local('2026-07-01T12:00', 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 1, 6, 30));
	});

	it('rejects malformed input', () => {
		for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01 10:00', 'x']) {
			expect(parseLocalInput(bad)).toBeNull();
		}
	});
});
