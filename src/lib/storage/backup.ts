/**
 * The backup file: versioned JSON out, and a strict reader back in. Every way a file can be
 * wrong is refused with its own message, before anything touches the database; an import
 * then runs in one transaction, so it adds everything new or nothing at all.
 */
import * as v from 'valibot';
import type { SessionRecord, Settings } from '$lib/progress/types';
import { SETTINGS_KEY, type LimberDatabase } from './schema';
import { toStorageError } from './errors';
import { inTransaction } from './tx';
import { mergeSettings, readSessionRecord } from './guards';
import { describeIssues, sessionRecordSchema, settingsSchema } from './validate';

export const BACKUP_APP = 'limber';
export const BACKUP_FORMAT = 1;
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface Backup {
	app: typeof BACKUP_APP;
	format: typeof BACKUP_FORMAT;
	/** ISO 8601 */
	exportedAt: string;
	/** oldest first */
	sessions: SessionRecord[];
	settings: Settings;
}

export type BackupErrorCode =
	| 'too-large'
	| 'not-json'
	| 'truncated'
	| 'wrong-app'
	| 'future-version'
	| 'invalid'
	| 'impossible';

export interface BackupError {
	code: BackupErrorCode;
	/** one clear sentence for the UI */
	message: string;
	/** for 'invalid' and 'impossible': the first bad place, e.g. `sessions[3].startedAt` */
	path?: string;
}

export interface BackupSummary {
	/** sessions in the file, after dropping repeated ids */
	sessions: number;
	/** records left out because an earlier record in the file had the same id */
	duplicatesInFile: number;
	/** start of the oldest and the newest session, epoch ms; null with no sessions */
	firstStartedAt: number | null;
	lastStartedAt: number | null;
	exportedAt: string;
}

export type ParseResult =
	{ ok: true; backup: Backup; summary: BackupSummary } | { ok: false; error: BackupError };

const DAY_MS = 86_400_000;
/** Limber did not exist before: an earlier date is a broken clock or a broken file */
const EARLIEST_MS = Date.UTC(2020, 0, 1);
const MAX_SECONDS = 24 * 60 * 60;
/** completed time may pass the planned time by a little (a late tap on End), no more */
const OVERRUN_SLACK_SEC = 60;
const MAX_NOTE = 2000;
/** the routine module's seed rule, restated: storage knows domain types, not their code */
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

// ---- export

const backupSchema = v.object({
	app: v.literal(BACKUP_APP),
	format: v.literal(BACKUP_FORMAT),
	exportedAt: v.pipe(
		v.string(),
		v.check((text) => !Number.isNaN(Date.parse(text)), 'is not a date and time')
	),
	sessions: v.array(sessionRecordSchema),
	settings: settingsSchema
});

/** everything stored, as a backup; unreadable records are left out (they cannot be imported) */
export async function exportBackup(
	db: LimberDatabase,
	options: { now?: number } = {}
): Promise<Backup> {
	const { rawSessions, rawSettings } = await inTransaction(
		db,
		['sessions', 'settings'],
		'readonly',
		async (tx) => ({
			rawSessions: await tx.objectStore('sessions').index('by-start').getAll(),
			rawSettings: await tx.objectStore('settings').get(SETTINGS_KEY)
		})
	);
	const sessions: SessionRecord[] = [];
	for (const raw of rawSessions) {
		const record = readSessionRecord(raw);
		if (record) sessions.push(record);
	}
	return {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: new Date(options.now ?? Date.now()).toISOString(),
		sessions,
		settings: mergeSettings(rawSettings).settings
	};
}

export function backupToJson(backup: Backup): string {
	return JSON.stringify(backup);
}

// ---- csv

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
	'seed'
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
			s.request.seed
		]
			.map(csvCell)
			.join(',')
	);
	return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}

// ---- parse

const fail = (code: BackupErrorCode, message: string, path?: string): ParseResult => ({
	ok: false,
	error: path === undefined ? { code, message } : { code, message, path }
});

/**
 * After JSON.parse failed: did the text stop in the middle of a value (an unclosed string,
 * object or array) rather than hold something that is not JSON? Engines word the error
 * differently, so this looks at the text itself.
 */
function looksTruncated(text: string): boolean {
	if (!/^[{[]/.test(text)) return false;
	const open: number[] = [];
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) open.push(c);
		else if (c === 125 || c === 93) {
			// a closer that does not match is a malformed file, not a short one
			if (open.pop() !== (c === 125 ? 123 : 91)) return false;
			if (open.length === 0) return false;
		}
	}
	return inString || open.length > 0;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

interface Impossible {
	path: string;
	text: string;
}

function dateProblem(ms: number, now: number): string | null {
	if (!Number.isFinite(ms)) return 'is not a date';
	if (ms < EARLIEST_MS) return 'is before 2020-01-01';
	if (ms > now + DAY_MS) return 'is more than a day in the future';
	return null;
}

/** the first value that has the right type but cannot be true, in file order */
function findImpossible(
	backup: v.InferOutput<typeof backupSchema>,
	now: number
): Impossible | null {
	for (const [i, s] of backup.sessions.entries()) {
		const at = (field: string) => `sessions[${i}].${field}`;
		const problem = (field: string, text: string) => ({ path: at(field), text });
		if (!ID_PATTERN.test(s.id)) return problem('id', 'is not a session id');
		if (s.kind !== s.request.kind) return problem('kind', 'does not match its request');
		for (const field of ['startedAt', 'endedAt'] as const) {
			const date = dateProblem(s[field], now);
			if (date) return problem(field, date);
		}
		if (s.endedAt < s.startedAt) return problem('endedAt', 'is before its startedAt');
		if (!Number.isInteger(s.tzOffsetMin) || s.tzOffsetMin < -840 || s.tzOffsetMin > 720) {
			return problem('tzOffsetMin', 'is not a time zone offset');
		}
		for (const field of ['plannedSec', 'completedSec'] as const) {
			if (!Number.isFinite(s[field]) || s[field] < 0) return problem(field, 'is negative');
			if (s[field] > MAX_SECONDS) return problem(field, 'is more than 24 hours');
		}
		if (s.completedSec > s.plannedSec + OVERRUN_SLACK_SEC) {
			return problem('completedSec', 'is longer than the planned time');
		}
		if (s.rating !== undefined && (!Number.isInteger(s.rating) || s.rating < 1 || s.rating > 5)) {
			return problem('rating', 'must be a whole number from 1 to 5');
		}
		if (s.note !== undefined && s.note.length > MAX_NOTE) {
			return problem('note', 'is longer than 2,000 characters');
		}
		const ids = s.exercisesCompleted.findIndex((id) => !ID_PATTERN.test(id));
		if (ids >= 0) return problem(`exercisesCompleted[${ids}]`, 'is not an exercise id');
		const r = s.request;
		if (!Number.isInteger(r.minutes) || r.minutes < 1 || r.minutes > 60) {
			return problem('request.minutes', 'must be a whole number from 1 to 60');
		}
		const avoid = r.avoid.findIndex((id) => !ID_PATTERN.test(id));
		if (avoid >= 0) return problem(`request.avoid[${avoid}]`, 'is not an exercise id');
		if (!SEED_PATTERN.test(r.seed)) return problem('request.seed', 'is not a routine seed');
	}
	const readiness = backup.settings.readiness;
	if (readiness) {
		const date = dateProblem(readiness.answeredAt, now);
		if (date) return { path: 'settings.readiness.answeredAt', text: `is ${date}` };
	}
	return null;
}

/**
 * Reads a backup file's text (`sizeBytes` is the file's size, checked before anything
 * else). Refuses each kind of bad file with its own code and message; keeps the first of
 * any records that share an id. `now` is the clock the "not in the future" check uses.
 */
export function parseBackup(
	text: string,
	sizeBytes: number,
	options: { now?: number } = {}
): ParseResult {
	if (sizeBytes > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
		return fail('too-large', 'This file is too big to be a Limber backup (over 50 MB).');
	}
	const body = text.replace(/^\uFEFF/, '').trim();
	if (body === '') return fail('not-json', 'This file is empty: it is not a Limber backup.');
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return looksTruncated(body)
			? fail(
					'truncated',
					'This backup file is incomplete (cut off before its end): it may not have finished downloading or copying. Nothing was imported.'
				)
			: fail('not-json', 'This file is not a Limber backup: it is not JSON data.');
	}
	if (!isObject(data) || data.app !== BACKUP_APP) {
		return fail('wrong-app', 'This file is not a Limber backup: it comes from another app.');
	}
	if (typeof data.format === 'number' && data.format > BACKUP_FORMAT) {
		return fail(
			'future-version',
			'This backup was made by a newer version of Limber. Reload Limber to update it, then import again.'
		);
	}
	const parsed = v.safeParse(backupSchema, data);
	if (!parsed.success) {
		const report = describeIssues(parsed.issues);
		const text = report?.text ?? 'something in it is wrong';
		return report?.kind === 'impossible'
			? fail('impossible', `This backup holds a value that cannot be right: ${text}.`, report.path)
			: fail('invalid', `This backup is damaged: ${text}.`, report?.path);
	}
	const impossible = findImpossible(parsed.output, options.now ?? Date.now());
	if (impossible) {
		return fail(
			'impossible',
			`This backup holds a value that cannot be right: ${impossible.path} ${impossible.text}.`,
			impossible.path
		);
	}
	const seen = new Set<string>();
	const sessions: SessionRecord[] = [];
	for (const session of parsed.output.sessions) {
		if (seen.has(session.id)) continue;
		seen.add(session.id);
		// requests from before issue 11 lack `without` and `hold`: the generator fills them in
		sessions.push(session as SessionRecord);
	}
	// a loop, not Math.min(...): a large file would overflow the argument list
	let first: number | null = null;
	let last: number | null = null;
	for (const { startedAt } of sessions) {
		if (first === null || startedAt < first) first = startedAt;
		if (last === null || startedAt > last) last = startedAt;
	}
	const backup: Backup = {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: parsed.output.exportedAt,
		sessions,
		// fields a format-1 file from an older Limber lacks take the defaults
		settings: mergeSettings(parsed.output.settings).settings
	};
	return {
		ok: true,
		backup,
		summary: {
			sessions: sessions.length,
			duplicatesInFile: parsed.output.sessions.length - sessions.length,
			firstStartedAt: first,
			lastStartedAt: last,
			exportedAt: backup.exportedAt
		}
	};
}

// ---- import

export interface ImportPlan {
	/** sessions in the backup */
	total: number;
	/** sessions an import would add */
	new: number;
	/** sessions already stored under the same id: an import leaves them as they are */
	duplicates: number;
	/** whether the backup's settings differ from the stored ones */
	settingsChanged: boolean;
}

export interface ImportResult {
	added: number;
	duplicates: number;
	settingsWritten: boolean;
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) =>
		sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/** what `applyImport` would do, without changing anything */
export async function planImport(db: LimberDatabase, backup: Backup): Promise<ImportPlan> {
	const { keys, rawSettings } = await inTransaction(
		db,
		['sessions', 'settings'],
		'readonly',
		async (tx) => ({
			keys: await tx.objectStore('sessions').getAllKeys(),
			rawSettings: await tx.objectStore('settings').get(SETTINGS_KEY)
		})
	);
	const stored = new Set<string>(keys);
	const fresh = new Set(backup.sessions.map((s) => s.id).filter((id) => !stored.has(id)));
	return {
		total: backup.sessions.length,
		new: fresh.size,
		duplicates: backup.sessions.length - fresh.size,
		settingsChanged: !sameValue(mergeSettings(rawSettings).settings, backup.settings)
	};
}

/**
 * Adds the backup's sessions whose ids are not stored yet (stored ones are never
 * overwritten, so importing a file twice adds nothing), and the settings when asked, in
 * one readwrite transaction: on any failure it aborts, the stores stay exactly as they
 * were, and this rejects with a StorageError ('quota' when the device is full).
 * Pass the backup `parseBackup` returned, not a `$state` proxy of it.
 */
export async function applyImport(
	db: LimberDatabase,
	backup: Backup,
	options: { includeSettings: boolean }
): Promise<ImportResult> {
	// cloned before the transaction: cloning is not IndexedDB work
	let sessions: SessionRecord[];
	let settings: Settings;
	try {
		sessions = structuredClone(backup.sessions);
		settings = structuredClone(backup.settings);
	} catch (error) {
		// a $state proxy: the caller should pass the plain backup
		throw toStorageError(error);
	}
	const stores = options.includeSettings
		? (['sessions', 'settings'] as const)
		: (['sessions'] as const);
	const added = await inTransaction(db, stores, 'readwrite', async (tx) => {
		const store = tx.objectStore('sessions');
		const taken = new Set<string>(await store.getAllKeys());
		const writes: Promise<unknown>[] = [];
		// each write's failure is marked handled at once: if a later call throws before
		// Promise.all, the abort still rejects the earlier ones, which must not go unhandled
		const issue = (write: Promise<unknown>) => {
			write.catch(() => {});
			writes.push(write);
		};
		for (const session of sessions) {
			if (taken.has(session.id)) continue;
			taken.add(session.id);
			// add, not put: should the id appear meanwhile, fail (and abort) rather than overwrite
			issue(store.add(session));
		}
		if (options.includeSettings) {
			issue(tx.objectStore('settings').put(settings, SETTINGS_KEY));
		}
		await Promise.all(writes);
		return writes.length - (options.includeSettings ? 1 : 0);
	});
	return {
		added,
		duplicates: sessions.length - added,
		settingsWritten: options.includeSettings
	};
}
