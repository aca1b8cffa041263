/**
 * Ice or heat for an acute back spasm (CONTENT.md §1, Cleveland Clinic; Healthwise): ice
 * 10–15 min every 2–3 h in the first 72 h, then moist heat up to 20 min several times a day,
 * always with a cloth between pack and skin. Evidence for either is modest (NHS): the app
 * suggests, the person chooses whatever helps.
 *
 * Hours are counted on the real clock (epoch ms), so a clock change in between does not add
 * or remove one; only "waking hours" and dates depend on the time zone.
 *
 * Pure: no DOM, no storage.
 */
import { addDays, fromLocal, toLocal } from '$lib/tz';

export type CarePhase = 'ice' | 'heat';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** ice is suggested while fewer than this many hours have passed */
export const ICE_PHASE_HOURS = 72;

/** what one application looks like, per phase */
export const APPLICATION = {
	ice: { minMinutes: 10, maxMinutes: 15, everyHours: [2, 3] as const },
	heat: { minMinutes: 5, maxMinutes: 20, everyHours: [3, 4] as const }
} as const;

/** spacing used when the schedule is written out (the upper end of each range) */
const STEP_HOURS: Record<CarePhase, number> = { ice: 3, heat: 4 };

export interface Application {
	kind: CarePhase;
	/** epoch ms */
	at: number;
	minutes: number;
}

export interface ScheduleOptions {
	/** IANA zone for waking hours; UTC by default */
	timeZone?: string;
	/** how far ahead, in hours (24 by default) */
	hours?: number;
	/** first and last waking hour (local); applications start in [wake, sleep) */
	wakeHour?: number;
	sleepHour?: number;
}

export interface CareAdvice {
	phase: CarePhase;
	/** whole hours since the spasm started (0 when the start is in the future) */
	hoursSince: number;
	/** the start was after `now`: probably a typo, treated as just now */
	startInFuture: boolean;
	/** epoch ms when heat takes over from ice */
	heatFrom: number;
	/** whole hours until heat is suggested, rounded up; 0 once it is */
	hoursUntilHeat: number;
	/** the next suggested applications, in waking hours */
	next: Application[];
}

/** advice for a spasm that started at `episodeStart`, as of `now` (both epoch ms) */
export function careAdvice(
	episodeStart: number,
	now: number,
	opts: Pick<ScheduleOptions, 'timeZone' | 'wakeHour' | 'sleepHour'> = {}
): CareAdvice {
	const startInFuture = episodeStart > now;
	const start = startInFuture ? now : episodeStart;
	const sinceMs = now - start;
	const heatFrom = start + ICE_PHASE_HOURS * HOUR_MS;
	const phase = phaseAt(start, now);
	return {
		phase,
		hoursSince: Math.floor(sinceMs / HOUR_MS),
		startInFuture,
		heatFrom,
		hoursUntilHeat: phase === 'ice' ? Math.ceil((heatFrom - now) / HOUR_MS) : 0,
		next: careSchedule(start, now, { ...opts, hours: 24 }).slice(0, 3)
	};
}

/** ice during the first 72 h after `episodeStart`, heat from then on */
export function phaseAt(episodeStart: number, at: number): CarePhase {
	return at - episodeStart < ICE_PHASE_HOURS * HOUR_MS ? 'ice' : 'heat';
}

/**
 * Suggested applications from `from` over the next `hours`: ice 15 min every 3 h while the
 * ice phase lasts, then heat 20 min every 4 h, only in waking hours (08:00–22:00 by default),
 * the first one at the next quarter hour.
 */
export function careSchedule(
	episodeStart: number,
	from: number,
	opts: ScheduleOptions = {}
): Application[] {
	const timeZone = opts.timeZone ?? 'UTC';
	const wake = opts.wakeHour ?? 8;
	const sleep = opts.sleepHour ?? 22;
	const until = from + (opts.hours ?? 24) * HOUR_MS;
	const out: Application[] = [];
	let t = awake(Math.ceil(from / (15 * MINUTE_MS)) * 15 * MINUTE_MS, timeZone, wake, sleep);
	// bounded: at most one application per step hours
	while (t < until && out.length < 100) {
		const kind = phaseAt(episodeStart, t);
		out.push({ kind, at: t, minutes: APPLICATION[kind].maxMinutes });
		t = awake(t + STEP_HOURS[kind] * HOUR_MS, timeZone, wake, sleep);
	}
	return out;
}

/** `t` if it falls in waking hours, else the next wake-up time */
function awake(t: number, timeZone: string, wake: number, sleep: number): number {
	const l = toLocal(t, timeZone);
	if (l.hour >= wake && l.hour < sleep) return t;
	const day = l.hour >= sleep ? addDays(l, 1) : l;
	return fromLocal({ ...day, hour: wake, minute: 0, second: 0 }, timeZone);
}
