/**
 * One pass over session records: activity per local day, and totals per period and kind.
 * Streaks, the calendar and the totals are all derived from this, so a summary of any number
 * of sessions formats each one's date once (and mostly not at all, see `days.ts`).
 *
 * Pure TypeScript: no DOM, no Svelte, no IndexedDB.
 */
import { ROUTINE_KINDS, type RoutineKind } from '$lib/routine/types';
import { dayNumber, mondayOf, monthRange, type DayNumber } from './days';
import type { SessionRecord } from './types';

/** sessions and completed seconds of one day, or of one period */
export interface Tally {
	sessions: number;
	seconds: number;
}

export interface PeriodTotals extends Tally {
	byKind: Record<RoutineKind, Tally>;
}

/** this ISO week (Monday to Sunday), this calendar month, and everything */
export interface Totals {
	week: PeriodTotals;
	month: PeriodTotals;
	all: PeriodTotals;
}

export interface DayIndex {
	timeZone: string;
	/** the local date of `now` */
	today: DayNumber;
	/** days with at least one session */
	days: Map<DayNumber, Tally>;
}

/** a session belongs to the local day it started on (one that runs past midnight included) */
export function sessionDay(session: SessionRecord, timeZone: string): DayNumber {
	return dayNumber(session.startedAt, timeZone);
}

/** seconds a session contributes: what was actually done, never negative */
function secondsOf(session: SessionRecord): number {
	const s = session.completedSec;
	return Number.isFinite(s) && s > 0 ? s : 0;
}

export function emptyPeriod(): PeriodTotals {
	const byKind = {} as Record<RoutineKind, Tally>;
	for (const kind of ROUTINE_KINDS) byKind[kind] = { sessions: 0, seconds: 0 };
	return { sessions: 0, seconds: 0, byKind };
}

function add(period: PeriodTotals, kind: RoutineKind, seconds: number): void {
	period.sessions++;
	period.seconds += seconds;
	// records imported from elsewhere may carry a kind this version does not know
	const k = period.byKind[kind] as Tally | undefined;
	if (k) {
		k.sessions++;
		k.seconds += seconds;
	}
}

/** walk the sessions once, building the day index and the totals */
export function scanSessions(
	sessions: readonly SessionRecord[],
	now: number,
	timeZone: string
): { index: DayIndex; totals: Totals } {
	const today = dayNumber(now, timeZone);
	const week = mondayOf(today);
	const month = monthRange(today);
	const days = new Map<DayNumber, Tally>();
	const totals: Totals = { week: emptyPeriod(), month: emptyPeriod(), all: emptyPeriod() };
	for (let i = 0; i < sessions.length; i++) {
		const s = sessions[i] as SessionRecord;
		const day = sessionDay(s, timeZone);
		const seconds = secondsOf(s);
		const tally = days.get(day);
		if (tally) {
			tally.sessions++;
			tally.seconds += seconds;
		} else {
			days.set(day, { sessions: 1, seconds });
		}
		add(totals.all, s.kind, seconds);
		if (day >= week && day < week + 7) add(totals.week, s.kind, seconds);
		if (day >= month.start && day < month.end) add(totals.month, s.kind, seconds);
	}
	return { index: { timeZone, today, days }, totals };
}
