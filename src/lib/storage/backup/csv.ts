/** Sessions as CSV, for spreadsheets (export only: a CSV never imports). */
import type { SessionRecord } from '$lib/progress/types';

const CSV_HEADER = [
	'id',
	'kind',
	'started',
	'ended',
	'tz_offset_min',
	'planned_sec',
	'completed_sec',
	'status',
	'rating',
	'note',
	'exercises',
	'minutes',
	'level',
	'back_friendly',
	'equipment',
	'focus',
	'avoid',
	'low_impact',
	'seed',
	'swaps',
	'pain_before',
	'pain_after'
];

/**
 * One CSV field. Text that a spreadsheet would run as a formula (= + - @, or a leading tab
 * or carriage return) gets a leading apostrophe; numbers we wrote ourselves stay numbers.
 */
function csvCell(value: string | number | boolean | undefined): string {
	if (value === undefined) return '';
	if (typeof value !== 'string') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** sessions as RFC 4180 CSV (CRLF line ends, a header row), dates in ISO 8601 UTC */
export function sessionsToCsv(sessions: readonly SessionRecord[]): string {
	const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
	const rows = sessions.map((s) =>
		[
			s.id,
			s.kind,
			iso(s.startedAt),
			iso(s.endedAt),
			s.tzOffsetMin,
			s.plannedSec,
			s.completedSec,
			s.status,
			s.rating,
			s.note,
			s.exercisesCompleted.join(' '),
			s.request.minutes,
			s.request.level,
			s.request.backFriendly,
			s.request.equipment.join(' '),
			s.request.focus.join(' '),
			s.request.avoid.join(' '),
			s.request.lowImpact,
			s.request.seed,
			s.swaps?.join(' '),
			s.painBefore,
			s.painAfter
		]
			.map(csvCell)
			.join(',')
	);
	return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
