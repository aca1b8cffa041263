/** Hand-built histories for the programme's tests. */
import { dateDay, DAY_MS } from './days';
import type {
	Compared,
	ProgrammeCheckin,
	ProgrammeInput,
	ProgrammeSession,
	ProgrammeSettings,
	Rung
} from './types';

/** Monday 2 November 2026 */
export const MON = dateDay('2026-11-02') ?? 0;

/** epoch ms of a local day (UTC here) at an hour */
export const at = (day: number, hour = 18) => day * DAY_MS + hour * 3_600_000;

export interface SessionOpts {
	kind?: string;
	rung?: Rung;
	pain?: number;
	status?: 'completed' | 'partial';
	skipped?: boolean;
	feedback?: Record<string, string>;
	hour?: number;
	/** a record from before steps: no step in its request */
	noStep?: boolean;
}

export function session(day: number, o: SessionOpts = {}): ProgrammeSession {
	const rung = o.rung ?? { level: 'beginner', step: 2 };
	const plannedSec = 600;
	return {
		kind: o.kind ?? 'core',
		request: o.noStep ? { level: rung.level } : { level: rung.level, step: rung.step },
		status: o.status ?? 'completed',
		plannedSec,
		completedSec: o.status === 'partial' || o.skipped ? 420 : plannedSec,
		endedAt: at(day, o.hour ?? 18),
		tzOffsetMin: 0,
		...(o.pain === undefined ? {} : { painAfter: o.pain }),
		...(o.feedback ? { feedback: o.feedback } : {})
	};
}

export function checkin(day: number, compared: Compared): ProgrammeCheckin {
	return { date: new Date(day * DAY_MS).toISOString().slice(0, 10), compared };
}

export function input(
	nowDay: number,
	parts: {
		sessions?: ProgrammeSession[];
		checkins?: ProgrammeCheckin[];
		episodes?: number[];
		settings?: Partial<ProgrammeSettings>;
		hour?: number;
	} = {}
): ProgrammeInput {
	return {
		sessions: parts.sessions ?? [],
		checkins: parts.checkins ?? [],
		episodes: parts.episodes ?? [],
		settings: { enabled: true, level: 'beginner', ...parts.settings },
		now: at(nowDay, parts.hour ?? 20),
		tzOffsetMin: 0
	};
}
