/** backup files for the tests, in the format of src/lib/storage/backup.ts (written out, no app imports) */
const DAY = 86_400_000;
const HOUR = 3_600_000;

const KINDS = ['stretch', 'core', 'warmup', 'daily'] as const;
const MINUTES = { stretch: 10, core: 10, warmup: 5, daily: 25 } as const;

/** a session's request as stored: a beginner's back-friendly routine on a mat */
function storedRequest(kind: string, minutes: number, seed: string) {
	return {
		kind,
		minutes,
		level: 'beginner',
		backFriendly: true,
		equipment: ['mat'],
		focus: [],
		avoid: [],
		lowImpact: false,
		seed
	};
}

/** session i started i + 1 days before `now` (plus a few hours), newest first by i */
export function session(i: number, now = Date.now()) {
	const startedAt = now - (i + 1) * DAY + (i % 5) * HOUR;
	const kind = KINDS[i % KINDS.length] ?? 'daily';
	const minutes = MINUTES[kind];
	const partial = i % 7 === 6;
	const plannedSec = minutes * 60;
	const completedSec = partial ? Math.round(plannedSec / 2) : plannedSec;
	return {
		id: `test-${i}`,
		kind,
		request: storedRequest(kind, minutes, 'test'),
		startedAt,
		endedAt: startedAt + completedSec * 1000,
		tzOffsetMin: 0,
		plannedSec,
		completedSec,
		exercisesCompleted: ['cat-camel', 'dead-bug'],
		status: partial ? 'partial' : 'completed',
		...(i % 3 === 0 ? { rating: 4, note: `<b>note ${i}</b><img src=x onerror="alert(1)">` } : {})
	};
}

export const SETTINGS = {
	level: 'beginner',
	equipment: ['mat'],
	backFriendly: true,
	minutes: { warmup: 5, core: 10, stretch: 10, daily: 25 },
	cues: { voice: true, sound: true, vibration: true },
	weeklyGoal: 3
};

export function backup(count: number, extra: Record<string, unknown> = {}) {
	return {
		app: 'limber',
		format: 2,
		exportedAt: new Date().toISOString(),
		sessions: Array.from({ length: count }, (_, i) => session(i)),
		settings: SETTINGS,
		prefs: {},
		checkins: [],
		...extra
	};
}

export const file = (name: string, content: string | Buffer) => ({
	name,
	mimeType: 'application/json',
	buffer: typeof content === 'string' ? Buffer.from(content) : content
});

/**
 * A format 2 backup for the programme (issue 14): core sessions with the pain after them and
 * morning check-ins, days counted from `now`; `tzOffsetMin` is the browser's
 * (Date#getTimezoneOffset), so the days are the ones the page sees.
 */
export function programmeBackup(
	now: number,
	tzOffsetMin: number,
	plan: {
		sessions: { day: number; pain: number }[];
		checkins: { day: number; compared: 'better' | 'same' | 'worse' }[];
		prefs?: Record<string, unknown>;
	}
) {
	const localDate = (t: number) => new Date(t - tzOffsetMin * 60_000).toISOString().slice(0, 10);
	const sessions = plan.sessions.map(({ day, pain }, i) => {
		const startedAt = now + day * DAY;
		return {
			id: `pain-${i}`,
			kind: 'core',
			request: storedRequest('core', 10, localDate(startedAt)),
			startedAt,
			endedAt: startedAt + 600_000,
			tzOffsetMin,
			plannedSec: 600,
			completedSec: 600,
			exercisesCompleted: ['cat-camel', 'bird-dog'],
			status: 'completed',
			painBefore: pain,
			painAfter: pain,
			feedback: { 'bird-dog': 'right' }
		};
	});
	return backup(0, {
		sessions,
		checkins: plan.checkins.map(({ day, compared }) => ({
			date: localDate(now + day * DAY),
			compared
		})),
		prefs: plan.prefs ?? {}
	});
}
