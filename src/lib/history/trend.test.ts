import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '$lib/programme/ladder';
import { painTrend, trendChart, TREND_DAYS, CHART, type TrendInput } from './trend';

// Tuesday 1 December 2026, 10:00 in London (GMT)
const NOW = Date.UTC(2026, 11, 1, 10);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const input = (over: Partial<TrendInput> = {}): TrendInput => ({
	sessions: [],
	checkins: [],
	bands: DEFAULT_BANDS,
	now: NOW,
	timeZone: 'Europe/London',
	...over
});

describe('painTrend', () => {
	it('has no days without pain scores or check-ins, and says so', () => {
		const t = painTrend(input({ sessions: [{ startedAt: NOW - DAY }] }));
		expect(t.days).toEqual([]);
		expect(t.from).toBe('2026-10-07');
		expect(t.to).toBe('2026-12-01');
		expect(t.span).toBe('7 Oct to 1 Dec');
		expect(t.summary).toBe(
			'Pain trend, 7 Oct to 1 Dec: no pain scores after sessions; no morning check-ins.'
		);
	});

	it('keeps the 8 weeks up to today, today included, and nothing later', () => {
		const t = painTrend(
			input({
				sessions: [
					{ startedAt: NOW - 55 * DAY, painAfter: 1 },
					{ startedAt: NOW - 56 * DAY, painAfter: 9 },
					{ startedAt: NOW + DAY, painAfter: 8 },
					{ startedAt: NOW, painAfter: 2 }
				],
				checkins: [
					{ date: '2026-10-06', compared: 'worse' },
					{ date: '2026-10-07', compared: 'better' },
					{ date: '2026-12-02', compared: 'worse' }
				]
			})
		);
		expect(t.days.map((d) => [d.date, d.index, d.pain, d.compared])).toEqual([
			['2026-10-07', 0, [1], 'better'],
			['2026-12-01', TREND_DAYS - 1, [2], null]
		]);
		expect(t.scores).toBe(2);
		expect(t.checkins).toBe(1);
	});

	it("puts a session on its local day in the user's zone, across a clock change", () => {
		// 23:30 UTC on 20 October is 00:30 on the 21st in London (summer time, BST)
		const lateUtc = Date.UTC(2026, 9, 20, 23, 30);
		// 23:30 UTC on 20 November is 23:30 on the 20th (GMT)
		const winter = Date.UTC(2026, 10, 20, 23, 30);
		const t = painTrend(
			input({
				sessions: [
					{ startedAt: lateUtc, painAfter: 3 },
					{ startedAt: winter, painAfter: 4 }
				]
			})
		);
		expect(t.days.map((d) => d.date)).toEqual(['2026-10-21', '2026-11-20']);
		const sydney = painTrend(
			input({ sessions: [{ startedAt: winter, painAfter: 4 }], timeZone: 'Australia/Sydney' })
		);
		expect(sydney.days.map((d) => d.date)).toEqual(['2026-11-21']);
	});

	it('plots the highest pain of a day, lists every score, and bands it by the settings', () => {
		const day = Date.UTC(2026, 10, 30, 8);
		const t = painTrend(
			input({
				sessions: [
					{ startedAt: day + 10 * HOUR, painAfter: 2 },
					{ startedAt: day, painAfter: 5 },
					{ startedAt: day + 2 * HOUR, painAfter: 1 }
				],
				bands: { greenMax: 2, amberMax: 4 }
			})
		);
		expect(t.days).toHaveLength(1);
		expect(t.days[0]).toMatchObject({
			date: '2026-11-30',
			label: 'Mon 30 Nov',
			pain: [5, 1, 2],
			worst: 5,
			band: 'red'
		});
		expect(t.summary).toBe(
			'Pain trend, 7 Oct to 1 Dec: 3 pain scores after sessions, from 1 to 5 out of 10, ' +
				'the latest 2 on Mon 30 Nov (green); no morning check-ins.'
		);
	});

	it('counts the mornings in its summary, one check-in a day', () => {
		const t = painTrend(
			input({
				sessions: [{ startedAt: Date.UTC(2026, 10, 28, 9), painAfter: 4 }],
				checkins: [
					{ date: '2026-11-29', compared: 'better' },
					{ date: '2026-11-30', compared: 'worse' },
					{ date: '2026-11-30', compared: 'same' },
					{ date: '2026-12-01', compared: 'same' }
				]
			})
		);
		expect(t.checkins).toBe(3);
		expect(t.days.map((d) => [d.date, d.worst, d.compared])).toEqual([
			['2026-11-28', 4, null],
			['2026-11-29', null, 'better'],
			['2026-11-30', null, 'same'],
			['2026-12-01', null, 'same']
		]);
		expect(t.summary).toBe(
			'Pain trend, 7 Oct to 1 Dec: 1 pain score after sessions, all 4 out of 10, ' +
				'the latest 4 on Sat 28 Nov (amber); 3 morning check-ins: 1 better, 2 same, 0 worse.'
		);
	});

	it('leaves out pain that is not a whole 0–10', () => {
		const t = painTrend(
			input({
				sessions: [
					{ startedAt: NOW, painAfter: 11 },
					{ startedAt: NOW, painAfter: 2.5 },
					{ startedAt: NOW, painAfter: -1 }
				]
			})
		);
		expect(t.days).toEqual([]);
	});
});

describe('trendChart', () => {
	const trend = painTrend(
		input({
			sessions: [
				{ startedAt: NOW - 50 * DAY, painAfter: 0 },
				{ startedAt: NOW - 20 * DAY, painAfter: 10 },
				{ startedAt: NOW, painAfter: 4 }
			],
			checkins: [
				{ date: '2026-11-12', compared: 'worse' },
				{ date: '2026-12-01', compared: 'better' }
			],
			bands: { greenMax: 3, amberMax: 6 }
		})
	);
	const chart = trendChart(trend);

	it('stacks the bands red over amber over green, filling the pain area exactly', () => {
		expect(chart.bands.map((b) => [b.band, b.from, b.to])).toEqual([
			['red', 7, 10],
			['amber', 4, 6],
			['green', 0, 3]
		]);
		const [red, amber, green] = chart.bands;
		expect(red!.y).toBe(chart.plot.top);
		expect(amber!.y).toBeCloseTo(red!.y + red!.height, 1);
		expect(green!.y).toBeCloseTo(amber!.y + amber!.height, 1);
		expect(green!.y + green!.height).toBeCloseTo(chart.plot.bottom, 1);
		// amber covers three points, red four
		expect(red!.height / amber!.height).toBeCloseTo(4 / 3, 1);
	});

	it('places higher pain higher, later days further right, inside the plot', () => {
		const [p0, p10, p4] = chart.points;
		expect(chart.points.map((p) => [p.worst, p.band])).toEqual([
			[0, 'green'],
			[10, 'red'],
			[4, 'amber']
		]);
		expect(p10!.y).toBeLessThan(p4!.y);
		expect(p4!.y).toBeLessThan(p0!.y);
		expect(p0!.x).toBeLessThan(p10!.x);
		expect(p10!.x).toBeLessThan(p4!.x);
		for (const p of chart.points) {
			expect(p.x).toBeGreaterThan(chart.plot.left);
			expect(p.x).toBeLessThan(chart.plot.right);
			expect(p.y).toBeGreaterThan(chart.plot.top);
			expect(p.y).toBeLessThan(chart.plot.bottom);
		}
		expect(chart.line).toBe(chart.points.map((p) => `${p.x},${p.y}`).join(' '));
	});

	it('puts the mornings on the strip under the pain area, under their days', () => {
		expect(chart.marks.map((m) => [m.date, m.compared])).toEqual([
			['2026-11-12', 'worse'],
			['2026-12-01', 'better']
		]);
		expect(chart.marks[1]!.x).toBe(chart.points[2]!.x);
		for (const m of chart.marks) {
			expect(m.y).toBeGreaterThan(chart.plot.bottom);
			expect(m.y).toBeLessThan(CHART.height);
		}
	});

	it('ticks each week and labels every other one', () => {
		expect(chart.xTicks).toHaveLength(8);
		expect(chart.xTicks.map((t) => t.label)).toEqual([
			'7 Oct',
			null,
			'21 Oct',
			null,
			'4 Nov',
			null,
			'18 Nov',
			null
		]);
		expect(chart.yTicks.map((t) => t.value)).toEqual([0, 5, 10]);
		// the labels under the mornings' strip, inside the picture
		expect(chart.labelY).toBeGreaterThan(chart.plot.strip + 5);
		expect(chart.labelY).toBeLessThanOrEqual(CHART.height);
	});

	it('draws no line through a single point', () => {
		const one = trendChart(painTrend(input({ sessions: [{ startedAt: NOW, painAfter: 3 }] })));
		expect(one.points).toHaveLength(1);
		expect(one.line).toBe('');
	});
});
