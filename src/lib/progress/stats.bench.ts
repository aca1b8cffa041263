import { bench, describe } from 'vitest';
import type { RoutineRequest } from '$lib/routine/types';
import { summarize } from './stats';
import type { SessionRecord } from './types';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24, 12);
const kinds = ['warmup', 'core', 'stretch', 'daily'] as const;
// about five sessions a day for six years, at scattered times
const sessions: SessionRecord[] = Array.from({ length: 10_000 }, (_, i) => {
	const startedAt = now - ((i * 7_919_573) % (6 * 365 * DAY));
	const kind = kinds[i % 4] ?? 'daily';
	return {
		id: `s${i}`,
		kind,
		request: { kind } as RoutineRequest,
		startedAt,
		endedAt: startedAt + 600_000,
		tzOffsetMin: 0,
		plannedSec: 600,
		completedSec: (i * 37) % 2400,
		exercisesCompleted: [],
		status: 'completed'
	};
});

describe('stats over 10,000 sessions (goal: under 50 ms)', () => {
	bench('summarize: streaks, totals and calendar', () => {
		summarize(sessions, { now, goalDays: 3, timeZone: 'Europe/London' });
	});
});
