/**
 * The schemas of a finished session and a morning check-in (see `records.ts`): used by every
 * read and write of those stores and by the backup import. Apart from `records.ts` so that a
 * first visit of Today, which reads neither, does not load them.
 */
import { isRecord } from '$lib/is-record';
import { dateKeyToDay } from '$lib/progress/days';
import type { Checkin, SessionRecord } from '$lib/progress/types';
import {
	ID_PATTERN,
	MAX_VARIANTS,
	id,
	listOf,
	objectOf,
	oneOf,
	optional,
	routineKind,
	routineRequest,
	swapList,
	text,
	variantSwap,
	whole,
	type Checked,
	type Schema
} from './records';

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (path: string, text: string): Checked<never> => ({ ok: false, problem: { path, text } });
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * An instant a device clock can show, epoch ms: any date from 1970 to 275760 (Date's range).
 * A phone whose clock says 2019, or 2031, writes what it sees, and its backup must restore.
 */
export const instant: Schema<number> = (x, path = '') =>
	typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 8.64e15
		? ok(x)
		: no(path, 'is not a date');

const MAX_SECONDS = 24 * 60 * 60;
const seconds: Schema<number> = (x, path = '') => {
	if (typeof x !== 'number' || !Number.isFinite(x)) return no(path, 'must be a finite number');
	if (x < 0) return no(path, 'is negative');
	if (x > MAX_SECONDS) return no(path, 'is more than 24 hours');
	return ok(x);
};

/** completed time may pass the planned time by a little (a late tap on End), no more */
const OVERRUN_SLACK_SEC = 60;
export const MAX_NOTE = 2000;

const feedback: Schema<Record<string, 'too-hard' | 'right' | 'too-easy'>> = (x, path = '') => {
	if (!isRecord(x)) return no(path, 'must be an object');
	const out: Record<string, 'too-hard' | 'right' | 'too-easy'> = {};
	const answer = oneOf(['too-hard', 'right', 'too-easy'] as const, 'a known answer');
	for (const [key, value] of Object.entries(x)) {
		if (!ID_PATTERN.test(key)) return no(at(path, key), 'is not an exercise id');
		const r = answer(value, at(path, key));
		if (!r.ok) return r;
		out[key] = r.value;
	}
	return ok(out);
};

/** one played routine: what History lists, the stats count and a backup holds */
export const sessionRecord: Schema<SessionRecord> = objectOf(
	{
		id,
		kind: routineKind,
		request: routineRequest,
		startedAt: instant,
		endedAt: instant,
		tzOffsetMin: whole(-840, 840),
		plannedSec: seconds,
		completedSec: seconds,
		exercisesCompleted: listOf(id),
		status: oneOf(['completed', 'partial'] as const, 'a known session status'),
		rating: optional(whole(1, 5)),
		note: optional(text(MAX_NOTE)),
		swaps: optional(swapList),
		painBefore: optional(whole(0, 10)),
		painAfter: optional(whole(0, 10)),
		feedback: optional(feedback),
		variants: optional(listOf(variantSwap, MAX_VARIANTS))
	},
	(s, path) => {
		if (s.kind !== s.request.kind)
			return { path: at(path, 'kind'), text: 'does not match its request' };
		if (s.completedSec > s.plannedSec + OVERRUN_SLACK_SEC) {
			return { path: at(path, 'completedSec'), text: 'is longer than the planned time' };
		}
		return null;
	}
) as Schema<SessionRecord>;

const DATE_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** a morning check-in, one per local date (a real one: the trend and the programme skip 02-30) */
export const checkin: Schema<Checkin> = objectOf(
	{
		date: text(10, DATE_KEY, 'a date (YYYY-MM-DD)'),
		compared: oneOf(['better', 'same', 'worse'] as const, 'better, same or worse')
	},
	(c, path) =>
		dateKeyToDay(c.date) === null ? { path: at(path, 'date'), text: 'is not a real date' } : null
);
