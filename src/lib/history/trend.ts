/**
 * History's pain trend (issue 14): the pain after each session and the morning check-ins of the
 * last 8 weeks, one entry per local day that has either, and the chart's geometry. Days are
 * the user's local dates in an IANA zone (`$lib/progress/days`, as the activity calendar's):
 * a session counts on the day it started; a check-in is stored under its date already.
 *
 * Pure: no DOM, no Svelte, no storage. History loads it only when there is pain data.
 */
import { band, type Band } from '$lib/programme/ladder';
import type { Compared, PainBands } from '$lib/programme/types';
import { dayKeyToNumber, dayNumber, dayNumberToKey, type DayNumber } from '$lib/progress/days';

/** the window: 8 weeks, today included */
export const TREND_DAYS = 56;

export interface TrendDay {
	date: string;
	/** position in the window: 0 is its first day, TREND_DAYS - 1 today */
	index: number;
	/** "Mon 30 Nov" */
	label: string;
	/** the after-session pains of the day, in the order the sessions started */
	pain: number[];
	/** the day's highest pain, which the chart plots; null with none */
	worst: number | null;
	band: Band | null;
	compared: Compared | null;
}

export interface PainTrend {
	/** first and last dates of the window, YYYY-MM-DD */
	from: string;
	to: string;
	/** the window in words: "6 Oct to 30 Nov" */
	span: string;
	/** days with a pain score or a check-in, oldest first */
	days: TrendDay[];
	bands: PainBands;
	/** how many pain scores and check-ins the window holds */
	scores: number;
	checkins: number;
	/** the chart's accessible name: what it shows, in a sentence or two */
	summary: string;
}

export interface TrendInput {
	sessions: readonly { startedAt: number; painAfter?: number }[];
	checkins: readonly { date: string; compared: Compared }[];
	bands: PainBands;
	/** epoch ms */
	now: number;
	timeZone: string;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** "30 Nov" */
export function shortDate(day: DayNumber): string {
	const d = new Date(day * DAY_MS);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}

function dayLabel(day: DayNumber): string {
	return `${WEEKDAYS[new Date(day * DAY_MS).getUTCDay()] ?? ''} ${shortDate(day)}`;
}

const isPain = (x: unknown): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10;

/** the trend of the 8 weeks up to `now`; `days` is empty when there is nothing to show */
export function painTrend({ sessions, checkins, bands, now, timeZone }: TrendInput): PainTrend {
	const today = dayNumber(now, timeZone);
	const first = today - TREND_DAYS + 1;
	const byDay = new Map<
		DayNumber,
		{ pain: { at: number; value: number }[]; compared: Compared | null }
	>();
	const entry = (day: DayNumber) => {
		let e = byDay.get(day);
		if (!e) byDay.set(day, (e = { pain: [], compared: null }));
		return e;
	};
	const inWindow = (day: DayNumber) => day >= first && day <= today;
	let scores = 0;
	for (const s of sessions) {
		if (!isPain(s.painAfter)) continue;
		const day = dayNumber(s.startedAt, timeZone);
		if (!inWindow(day)) continue;
		entry(day).pain.push({ at: s.startedAt, value: s.painAfter });
		scores++;
	}
	let checkinCount = 0;
	for (const c of checkins) {
		const day = dayKeyToNumber(c.date);
		if (!inWindow(day)) continue;
		// one a day; should a file hold two, the later in the list wins, as the store's put does
		if (entry(day).compared === null) checkinCount++;
		entry(day).compared = c.compared;
	}
	const days: TrendDay[] = [...byDay.entries()]
		.sort(([a], [b]) => a - b)
		.map(([day, e]) => {
			const pain = e.pain.sort((a, b) => a.at - b.at).map((p) => p.value);
			const worst = pain.length ? Math.max(...pain) : null;
			return {
				date: dayNumberToKey(day),
				index: day - first,
				label: dayLabel(day),
				pain,
				worst,
				band: worst === null ? null : band(worst, bands),
				compared: e.compared
			};
		});
	const trend = {
		from: dayNumberToKey(first),
		to: dayNumberToKey(today),
		span: `${shortDate(first)} to ${shortDate(today)}`,
		days,
		bands,
		scores,
		checkins: checkinCount
	};
	return { ...trend, summary: summarize(trend) };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summarize(t: Omit<PainTrend, 'summary'>): string {
	const head = `Pain trend, ${t.span}`;
	const scored = t.days.filter((d) => d.worst !== null);
	let pain = 'no pain scores after sessions';
	if (scored.length) {
		const values = scored.flatMap((d) => d.pain);
		const last = scored.at(-1) as TrendDay;
		const lastValue = last.pain.at(-1) as number;
		const low = Math.min(...values);
		const high = Math.max(...values);
		const range = low === high ? `all ${low}` : `from ${low} to ${high}`;
		pain =
			`${count(t.scores, 'pain score', 'pain scores')} after sessions, ${range} out of 10, ` +
			`the latest ${lastValue} on ${last.label} (${band(lastValue, t.bands)})`;
	}
	let mornings = 'no morning check-ins';
	if (t.checkins) {
		const of = (c: Compared) => t.days.filter((d) => d.compared === c).length;
		mornings =
			`${count(t.checkins, 'morning check-in', 'morning check-ins')}: ` +
			`${of('better')} better, ${of('same')} same, ${of('worse')} worse`;
	}
	return `${head}: ${pain}; ${mornings}.`;
}

/** the chart's drawing, in SVG user units */
export interface TrendChart {
	width: number;
	height: number;
	/** the pain bands as background rectangles, red at the top */
	bands: { band: Band; y: number; height: number; from: number; to: number }[];
	/** the pain axis */
	yTicks: { value: number; y: number }[];
	/** one tick a week, from the window's first day; every other one labelled, at `labelY` */
	xTicks: { x: number; label: string | null }[];
	labelY: number;
	/** the line through each day's highest pain (SVG `points`), empty with fewer than two */
	line: string;
	points: { x: number; y: number; worst: number; band: Band; date: string }[];
	/** the check-ins on a strip under the pain area */
	marks: { x: number; y: number; compared: Compared; date: string }[];
	/** the plot area, for the strip's label and the axis lines */
	plot: { left: number; right: number; top: number; bottom: number; strip: number };
}

export const CHART = { width: 340, height: 182, left: 24, right: 8, top: 8, plot: 128 } as const;

/** where everything of `trend` goes in the chart */
export function trendChart(trend: PainTrend): TrendChart {
	const { width, height, left, right, top, plot } = CHART;
	const bottom = top + plot;
	const slot = (width - left - right) / TREND_DAYS;
	const x = (index: number) => round(left + (index + 0.5) * slot);
	// half a point of room above 10 and below 0, so no dot sits on the edge
	const y = (pain: number) => round(top + (plot * (10.5 - pain)) / 11);
	const { greenMax, amberMax } = trend.bands;
	const ranges: [Band, number, number][] = [
		['red', amberMax + 1, 10],
		['amber', greenMax + 1, amberMax],
		['green', 0, greenMax]
	];
	const bands = ranges.map(([b, from, to]) => ({
		band: b,
		from,
		to,
		y: y(to + 0.5),
		height: round(y(from - 0.5) - y(to + 0.5))
	}));
	const points = trend.days
		.filter((d): d is TrendDay & { worst: number; band: Band } => d.worst !== null)
		.map((d) => ({ x: x(d.index), y: y(d.worst), worst: d.worst, band: d.band, date: d.date }));
	const strip = bottom + 16;
	const firstDay = dayKeyToNumber(trend.from);
	const xTicks = Array.from({ length: TREND_DAYS / 7 }, (_, w) => ({
		x: round(left + w * 7 * slot),
		label: w % 2 === 0 ? shortDate(firstDay + w * 7) : null
	}));
	return {
		width,
		height,
		bands,
		yTicks: [0, 5, 10].map((value) => ({ value, y: y(value) })),
		xTicks,
		labelY: strip + 22,
		line: points.length > 1 ? points.map((p) => `${p.x},${p.y}`).join(' ') : '',
		points,
		marks: trend.days
			.filter((d): d is TrendDay & { compared: Compared } => d.compared !== null)
			.map((d) => ({ x: x(d.index), y: strip, compared: d.compared, date: d.date })),
		plot: { left, right: width - right, top, bottom, strip }
	};
}

const round = (n: number) => Math.round(n * 10) / 10;
