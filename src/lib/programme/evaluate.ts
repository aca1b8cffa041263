/**
 * The programme: the history in, the next rung and its reason out. The history is replayed in
 * time order (each day: its morning check-in, then its sessions and care episodes), so the same
 * history always gives the same result, whatever order it is passed in.
 *
 * The rules (issue 14; sources in CONTENT.md §1 and on the About page):
 * - step up one step after three easy sessions with a core part at the current step, on three
 *   different days: finished without skips, pain after in green (or not given), nothing marked
 *   too hard, and no worse morning since. The step up takes effect the next day, so that the
 *   morning after the third session can still hold it back (Silbernagel: the next-day response
 *   decides), and never within 3 days of the last change;
 * - amber pain, a session left unfinished or an exercise marked too hard once hold: the count of
 *   easy sessions starts again;
 * - step down one step on red pain after any session, a worse morning, or the same exercise
 *   marked too hard in two sessions of a kind in a row. A second step down within 3 days of the
 *   last one is not taken: one bad day often shows as red pain after and a worse morning next
 *   day, and easing back twice for it would overreact. So within any 3 days the rung moves at
 *   most one step from where it was; the only changes closer than 3 days are a step up and the
 *   step down that takes it back;
 * - a care episode switches to flare-up care for its first 72 hours, then restarts the programme
 *   one level (3 steps) lower, at least beginner step 1;
 * - red pain or a worse morning never leads to a step up: each resets the count.
 */
import { dateDay, dayDate, dayName, DAY_MS, localDay } from './days';
import {
	band,
	checkBands,
	DEFAULT_BANDS,
	isLevel,
	isPain,
	RED_FLAG_PAIN,
	rungAt,
	rungIndex,
	stepOf,
	TOP
} from './ladder';
import type {
	ChangeCause,
	Compared,
	PainBands,
	ProgrammeInput,
	ProgrammeResult,
	ProgrammeSession,
	Rung,
	StepChange
} from './types';

/** the first 72 hours of a care episode are flare-up care */
export const FLARE_MS = 72 * 3_600_000;
/** never more than one step in this many days */
export const GAP_DAYS = 3;
/** easy sessions, on different days, that step up */
export const EASY_NEEDED = 3;

type Ev =
	| { type: 'checkin'; day: number; ms: number; key: string; compared: Compared }
	| { type: 'session'; day: number; ms: number; key: string; s: ProgrammeSession }
	| { type: 'flare-start'; day: number; ms: number; key: string }
	| { type: 'flare-end'; day: number; ms: number; key: string };

// within a day: the morning check-in first, then everything else by time
const ORDER = { checkin: 0, session: 1, 'flare-start': 1, 'flare-end': 1 } as const;

function compareEv(a: Ev, b: Ev): number {
	return (
		a.day - b.day ||
		ORDER[a.type] - ORDER[b.type] ||
		a.ms - b.ms ||
		(a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
}

/** a total order on sessions ending at the same instant, so input order never matters */
function sessionKey(s: ProgrammeSession): string {
	const fb = s.feedback ? Object.entries(s.feedback).sort() : [];
	return JSON.stringify([
		s.kind,
		s.request.level,
		stepOf(s.request),
		s.status,
		s.plannedSec,
		s.completedSec,
		s.painAfter ?? null,
		fb,
		s.tzOffsetMin
	]);
}

const hasCore = (kind: string) => kind === 'core' || kind === 'daily';
const finished = (s: ProgrammeSession) =>
	s.status === 'completed' && s.completedSec >= s.plannedSec;
const tooHard = (s: ProgrammeSession) =>
	Object.entries(s.feedback ?? {})
		.filter(([, v]) => v === 'too-hard')
		.map(([id]) => id)
		.sort();

type Note =
	| { type: 'change'; change: StepChange; day: number; pain?: number; id?: string }
	| {
			type: 'absorbed';
			cause: Exclude<ChangeCause, 'up' | 'flare-up'>;
			day: number;
			pain?: number;
			id?: string;
			lastDay: number;
	  }
	| {
			type: 'floor';
			cause: Exclude<ChangeCause, 'up' | 'flare-up'>;
			day: number;
			pain?: number;
			id?: string;
	  }
	| {
			type: 'hold';
			why: 'amber' | 'unfinished' | 'too-hard';
			day: number;
			pain?: number;
			id?: string;
	  };

/** "Tue 3 Nov" */
function fmtDay(day: number): string {
	const d = new Date(day * DAY_MS);
	const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()] ?? '';
	const mo = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
	return `${wd} ${d.getUTCDate()} ${mo}`;
}

export function evaluateProgramme(
	input: ProgrammeInput,
	exerciseName: (id: string) => string = (id) => id
): ProgrammeResult {
	const { settings, now, tzOffsetMin } = input;
	const today = localDay(now, tzOffsetMin);
	const bands: PainBands =
		settings.bands && checkBands(settings.bands) === null ? settings.bands : DEFAULT_BANDS;
	const startRung: Rung = {
		level: isLevel(settings.level) ? settings.level : 'beginner',
		step: stepOf(settings)
	};
	const since = typeof settings.since === 'number' ? settings.since : null;
	const sinceDay = since === null ? null : localDay(since, tzOffsetMin);

	// care episodes, merged where they overlap: [start, end) windows of flare-up care
	const windows: { start: number; end: number }[] = [];
	for (const s of [...input.episodes]
		.filter((t) => Number.isFinite(t) && t <= now)
		.sort((a, b) => a - b)) {
		const last = windows.at(-1);
		if (last && s < last.end) last.end = Math.max(last.end, s + FLARE_MS);
		else windows.push({ start: s, end: s + FLARE_MS });
	}
	const current = windows.find((w) => w.start <= now && now < w.end) ?? null;

	const requests = (r: Rung) => ({ warmup: r, core: r, stretch: r, daily: r });
	const start = { rung: startRung, date: sinceDay === null ? null : dayDate(sinceDay) };

	if (!settings.enabled) {
		const rung: Rung = { level: startRung.level, step: 2 };
		return {
			mode: 'off',
			rung,
			requests: requests(rung),
			reason: 'The programme is off: routines follow the level in Settings.',
			start,
			changes: [],
			easySessions: 0,
			flareUntil: null,
			offerRedFlagCheck: false
		};
	}

	// the events since the programme (re)started, up to now
	const events: Ev[] = [];
	const checkinByDay = new Map<number, Compared>();
	const worst = { worse: 2, same: 1, better: 0 } as const;
	for (const c of input.checkins) {
		const day = dateDay(c.date);
		if (day === null || day > today || (sinceDay !== null && day <= sinceDay)) continue;
		if (!(c.compared in worst)) continue;
		// one a day; should a day have two, the worse answer counts
		const had = checkinByDay.get(day);
		if (had === undefined || worst[c.compared] > worst[had]) checkinByDay.set(day, c.compared);
	}
	for (const [day, compared] of checkinByDay)
		events.push({ type: 'checkin', day, ms: 0, key: '', compared });
	for (const s of input.sessions) {
		if (!Number.isFinite(s.endedAt) || s.endedAt > now || (since !== null && s.endedAt < since))
			continue;
		if (!isLevel(s.request.level)) continue;
		const offset =
			typeof s.tzOffsetMin === 'number' && Number.isFinite(s.tzOffsetMin)
				? s.tzOffsetMin
				: tzOffsetMin;
		events.push({
			type: 'session',
			day: localDay(s.endedAt, offset),
			ms: s.endedAt,
			key: sessionKey(s),
			s
		});
	}
	for (const w of windows) {
		if (since !== null && w.start < since) continue;
		events.push({ type: 'flare-start', day: localDay(w.start, tzOffsetMin), ms: w.start, key: '' });
		if (w.end <= now)
			events.push({ type: 'flare-end', day: localDay(w.end, tzOffsetMin), ms: w.end, key: '' });
	}
	events.sort(compareEv);

	let idx = rungIndex(startRung);
	let last: { day: number; dir: 'up' | 'down' } | null = null;
	/** distinct days of the easy sessions counting toward the next step up */
	let easyDays: number[] = [];
	/** a day with amber or red pain, a worse morning or an unfinished session is no easy day */
	let blockedDay = -Infinity;
	/** per kind: exercises marked too hard in its last session at the current rung */
	let prevTooHard = new Map<string, string[]>();
	let flareBefore: number | null = null;
	let seenSession = false;
	let note: Note | null = null;
	let lastPain: { day: number; pain: number } | null = null;
	const changes: StepChange[] = [];

	const reset = () => {
		easyDays = [];
		blockedDay = -Infinity;
		prevTooHard = new Map();
	};
	const block = (day: number) => {
		easyDays = [];
		blockedDay = day;
	};

	const change = (to: number, day: number, cause: ChangeCause, reason: string, extra?: object) => {
		const c: StepChange = { date: dayDate(day), from: rungAt(idx), to: rungAt(to), cause, reason };
		if (cause === 'up') {
			const [first, , third] = easyDays.slice(-EASY_NEEDED);
			c.basis = { from: dayDate(first ?? day), to: dayDate(third ?? day) };
		}
		changes.push(c);
		last = { day, dir: to > idx ? 'up' : 'down' };
		idx = to;
		reset();
		note = { type: 'change', change: c, day, ...extra };
	};

	/** the day a step up takes effect, once three easy sessions are in */
	const upDue = (): number | null => {
		if (idx >= TOP || easyDays.length < EASY_NEEDED) return null;
		const lastEasy = easyDays.at(-1) ?? 0;
		return Math.max(lastEasy + 1, last ? last.day + GAP_DAYS : -Infinity);
	};

	const stepUp = (day: number) => {
		const [first, , third] = easyDays.slice(-EASY_NEEDED);
		change(
			idx + 1,
			day,
			'up',
			`Stepped up after three easy sessions, ${fmtDay(first ?? day)} to ${fmtDay(third ?? day)}.`
		);
	};

	const stepDown = (
		day: number,
		cause: Exclude<ChangeCause, 'up' | 'flare-up'>,
		detail: { pain?: number; id?: string }
	) => {
		const why =
			cause === 'red'
				? `pain of ${detail.pain}/10 after the session on ${fmtDay(day)}`
				: cause === 'worse'
					? `a worse morning on ${fmtDay(day)}`
					: `${exerciseName(detail.id ?? '')} was too hard twice in a row`;
		if (idx === 0) {
			note = { type: 'floor', cause, day, ...detail };
		} else if (last && last.dir === 'down' && day - last.day < GAP_DAYS) {
			note = { type: 'absorbed', cause, day, ...detail, lastDay: last.day };
		} else {
			change(
				idx - 1,
				day,
				cause,
				cause === 'too-hard' ? `Eased back one step: ${why}.` : `Eased back one step after ${why}.`,
				detail
			);
		}
		block(day);
	};

	let inFlare = false;
	for (const ev of events) {
		if (!inFlare) {
			const due = upDue();
			if (due !== null && (due < ev.day || (due === ev.day && ev.type !== 'checkin'))) stepUp(due);
		}
		if (ev.type === 'flare-start') {
			inFlare = true;
			flareBefore = idx;
			continue;
		}
		if (ev.type === 'flare-end') {
			inFlare = false;
			const to = Math.max(0, (flareBefore ?? idx) - 3);
			if (to !== idx) {
				change(to, ev.day, 'flare-up', `Restarted one level lower after the flare-up.`);
			} else {
				// already at the bottom: still a fresh start, with the count from zero
				last = { day: ev.day, dir: 'down' };
				reset();
				note = null;
			}
			continue;
		}
		// flare-up care is not part of the programme
		if (inFlare) continue;
		if (ev.type === 'checkin') {
			// a worse morning is no easy day; it eases back once there is a session to answer for
			if (ev.compared === 'worse') {
				if (seenSession) stepDown(ev.day, 'worse', {});
				else block(ev.day);
			}
			continue;
		}
		const s = ev.s;
		seenSession = true;
		const pain = isPain(s.painAfter) ? s.painAfter : null;
		if (pain !== null) lastPain = { day: ev.day, pain };
		const b = pain === null ? 'green' : band(pain, bands);
		const atRung =
			rungIndex({ level: s.request.level as Rung['level'], step: stepOf(s.request) }) === idx;
		const hard = atRung ? tooHard(s) : [];
		const before = prevTooHard.get(s.kind) ?? [];
		if (atRung) prevTooHard.set(s.kind, hard);
		const twice = hard.find((id) => before.includes(id));
		if (b === 'red') {
			stepDown(ev.day, 'red', { pain: pain ?? undefined });
		} else if (twice !== undefined) {
			stepDown(ev.day, 'too-hard', { id: twice });
		} else if (b === 'amber') {
			block(ev.day);
			note = { type: 'hold', why: 'amber', day: ev.day, pain: pain ?? undefined };
		} else if (hard.length > 0) {
			block(ev.day);
			note = { type: 'hold', why: 'too-hard', day: ev.day, id: hard[0] };
		} else if (atRung && hasCore(s.kind)) {
			if (!finished(s)) {
				block(ev.day);
				note = { type: 'hold', why: 'unfinished', day: ev.day };
			} else if (ev.day > blockedDay && easyDays.at(-1) !== ev.day) {
				easyDays.push(ev.day);
			}
		}
	}
	if (!inFlare && !current) {
		const due = upDue();
		if (due !== null && due <= today) stepUp(due);
	}

	const rung = rungAt(idx);
	const offerRedFlagCheck =
		lastPain !== null && lastPain.pain >= RED_FLAG_PAIN && lastPain.day >= today - 1;

	let reason: string;
	const on = (day: number) => {
		const n = dayName(day, today);
		return n === 'today' || n === 'yesterday' ? n : `on ${n}`;
	};
	const poss = (day: number) => {
		const n = dayName(day, today);
		return n === 'today' ? "today's" : `${n}'s`;
	};
	const due = upDue();
	const n = note as Note | null;
	if (current) {
		const end = current.end;
		const hm = new Date(end - tzOffsetMin * 60_000).toISOString().slice(11, 16);
		const endDay = localDay(end, tzOffsetMin);
		const when = dayName(endDay, today);
		reason = `Flare-up care until ${when === 'today' ? '' : `${when} `}${hm}: gentle moves only, then the programme restarts one level lower.`;
	} else if (due !== null) {
		reason =
			due === today + 1
				? 'Steps up tomorrow, if your back is no worse in the morning.'
				: `Steps up ${on(due)}: never more than one step in three days.`;
	} else if (easyDays.length === 0 && n) {
		const what = (x: { cause: string; day: number; pain?: number; id?: string }) =>
			x.cause === 'red'
				? `${poss(x.day)} ${x.pain}/10`
				: x.cause === 'worse'
					? `a worse morning ${on(x.day)}`
					: `${exerciseName(x.id ?? '')} was too hard twice in a row`;
		if (n.type === 'change') {
			const c = n.change;
			reason =
				c.cause === 'up'
					? `Stepped up ${on(n.day)} after three easy sessions.`
					: c.cause === 'flare-up'
						? 'Restarted one level lower after the flare-up.'
						: c.cause === 'too-hard'
							? `Eased back one step: ${what({ ...n, cause: c.cause })}.`
							: `Eased back one step after ${what({ ...n, cause: c.cause })}.`;
		} else if (n.type === 'absorbed') {
			reason = `Holding after ${what(n).replace(/ was too hard twice in a row$/, ' felt too hard')}: it eased back one step ${on(n.lastDay)} already.`;
		} else if (n.type === 'floor') {
			reason = `Gentlest step already, after ${what(n).replace(/ was too hard twice in a row$/, ' felt too hard')}: take it easy, and see the care page if pain keeps on.`;
		} else {
			reason =
				n.why === 'amber'
					? `Holding after ${poss(n.day)} ${n.pain}/10: three easy sessions step up.`
					: n.why === 'too-hard'
						? `Holding: ${exerciseName(n.id ?? '')} felt too hard; three easy sessions step up.`
						: 'Holding: the last core session was not finished; three easy sessions step up.';
		}
	} else if (idx >= TOP) {
		reason = 'Top of the ladder: keep this dose.';
	} else {
		const left = EASY_NEEDED - easyDays.length;
		reason =
			left === 1
				? 'One more easy session to step up.'
				: left === 2
					? 'Two more easy sessions to step up.'
					: 'Three easy sessions, on different days, step up.';
	}

	return {
		mode: current ? 'flare-up' : 'programme',
		rung,
		requests: requests(rung),
		reason,
		start,
		changes,
		easySessions: Math.min(EASY_NEEDED, easyDays.length),
		flareUntil: current ? current.end : null,
		offerRedFlagCheck
	};
}
