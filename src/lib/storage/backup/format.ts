/**
 * The backup file, format 2: everything the user set or recorded (sessions with what was
 * played, settings, prefs, check-ins) as versioned JSON. Format 1 files (sessions and
 * settings) still read.
 *
 * Reading is in two levels. A file that is not a Limber backup at all (not JSON, cut off,
 * another app's, a newer format, no list of sessions) is refused whole. Inside a backup,
 * each record is checked by the same schema that checks every write (`../records.ts`): a
 * bad record is left out with its reason, and every good one is kept.
 */
import type { Checkin, SessionRecord, Settings } from '$lib/progress/types';
import { isRecord } from '$lib/is-record';
import { inTransaction } from '../tx';
import { describeProblem, mergeSettings, read, SETTINGS_FIELDS, type Problem } from '../records';
import { checkin, sessionRecord } from '../session-record';
import { PREF_KEYS, SETTINGS_KEY, type LimberDatabase, type PrefKey } from '../schema';
import { PREFS, type Prefs } from './prefs';

export const BACKUP_APP = 'limber';
export const BACKUP_FORMAT = 2;
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface Backup {
	app: typeof BACKUP_APP;
	format: typeof BACKUP_FORMAT;
	/** ISO 8601 */
	exportedAt: string;
	/** oldest first */
	sessions: SessionRecord[];
	/** in a file read back: only the fields that were good (the rest stay as stored) */
	settings: Partial<Settings>;
	/** the prefs that have a value, by key */
	prefs: Prefs;
	/** oldest date first */
	checkins: Checkin[];
}

export type BackupErrorCode =
	'too-large' | 'not-json' | 'truncated' | 'wrong-app' | 'future-version' | 'invalid';

export interface BackupError {
	code: BackupErrorCode;
	/** one clear sentence for the UI */
	message: string;
	/** for 'invalid': the bad place, e.g. `sessions` */
	path?: string;
}

/** a record left out of an import, and why */
export interface Skipped {
	/** the record, e.g. `sessions[3]`, `prefs.reminder`, `settings.level` */
	path: string;
	/** e.g. "sessions[3].startedAt is not a date" */
	reason: string;
}

export interface BackupSummary {
	/** sessions in the file that can be restored, after dropping repeated ids */
	sessions: number;
	/** records left out because an earlier record in the file had the same id or date */
	duplicatesInFile: number;
	checkins: number;
	/** prefs in the file that can be restored */
	prefs: number;
	/** what cannot be restored, each with its reason, in file order */
	skipped: Skipped[];
	/** start of the oldest and the newest session, epoch ms; null with no sessions */
	firstStartedAt: number | null;
	lastStartedAt: number | null;
	exportedAt: string;
	/** the file's format (1 or 2) */
	format: number;
}

export type ParseResult =
	{ ok: true; backup: Backup; summary: BackupSummary } | { ok: false; error: BackupError };

// ---- export

/**
 * Everything stored, as a backup, in one read transaction. Records the schemas cannot read
 * are left out (they could not be imported) and counted in `leftOut`.
 */
export async function exportBackup(
	db: LimberDatabase,
	options: { now?: number } = {}
): Promise<{ backup: Backup; leftOut: number }> {
	const raw = await inTransaction(
		db,
		['sessions', 'settings', 'prefs', 'checkins'],
		'readonly',
		async (tx) => ({
			sessions: await tx.objectStore('sessions').index('by-start').getAll(),
			sessionCount: await tx.objectStore('sessions').count(),
			settings: await tx.objectStore('settings').get(SETTINGS_KEY),
			prefKeys: await tx.objectStore('prefs').getAllKeys(),
			prefValues: await tx.objectStore('prefs').getAll(),
			checkins: await tx.objectStore('checkins').getAll()
		})
	);
	// a record with a broken startedAt is in no index: counted from the store
	let leftOut = raw.sessionCount - raw.sessions.length;
	const sessions: SessionRecord[] = [];
	for (const value of raw.sessions) {
		const record = read(sessionRecord, value);
		if (record) sessions.push(record);
		else leftOut += 1;
	}
	const prefs: Prefs = {};
	raw.prefKeys.forEach((key, i) => {
		const pref = PREFS[key];
		const value = pref?.read(raw.prefValues[i]);
		if (value !== undefined) prefs[key] = value;
		else leftOut += 1;
	});
	const checkins: Checkin[] = [];
	for (const value of raw.checkins) {
		const record = read(checkin, value);
		if (record) checkins.push(record);
		else leftOut += 1;
	}
	const backup: Backup = {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: new Date(options.now ?? Date.now()).toISOString(),
		sessions,
		settings: mergeSettings(raw.settings).settings,
		prefs,
		checkins
	};
	return { backup, leftOut };
}

export function backupToJson(backup: Backup): string {
	return JSON.stringify(backup);
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

const damaged = (path: string, text: string) =>
	fail('invalid', `This backup is damaged: ${path} ${text}. Nothing was imported.`, path);

const skip = (problem: Problem, path: string): Skipped => ({
	path,
	reason: describeProblem(problem)
});

/** format 1 kept the emergency number and readiness answer (epoch ms) in its settings */
function prefsOfFormat1(settings: Record<string, unknown>): Record<string, unknown> {
	const prefs: Record<string, unknown> = {};
	const { emergencyNumber, readiness } = settings;
	if (typeof emergencyNumber === 'string' && emergencyNumber.trim() !== '') {
		prefs.emergencyNumber = emergencyNumber;
	}
	if (isRecord(readiness)) {
		const at = readiness.answeredAt;
		const date = typeof at === 'number' && Math.abs(at) <= 8.64e15 ? new Date(at) : null;
		prefs.readiness = { answeredAt: date?.toISOString(), anyYes: readiness.anyYes };
	}
	return prefs;
}

/**
 * Reads a backup file's text (`sizeBytes` is the file's size, checked before anything
 * else). Refuses a file that is not a Limber backup with its own code and message; inside
 * one, keeps every good record (the first of any that share an id or date) and lists the
 * rest with their reasons.
 */
export interface ParseOptions {
	/**
	 * whether this version's catalogue has an exercise: ids of "Exercises I don't want"
	 * (`settings.avoid`) it lacks (a file from a newer Limber) are listed and left out
	 */
	knownExercise?: (id: string) => boolean;
}

export function parseBackup(
	text: string,
	sizeBytes: number,
	options: ParseOptions = {}
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
	if (!isRecord(data) || data.app !== BACKUP_APP) {
		return fail('wrong-app', 'This file is not a Limber backup: it comes from another app.');
	}
	if (typeof data.format === 'number' && data.format > BACKUP_FORMAT) {
		return fail(
			'future-version',
			'This backup was made by a newer version of Limber. Reload Limber to update it, then import again.'
		);
	}
	if (data.format !== 1 && data.format !== 2) return damaged('format', 'must be 1 or 2');
	const format = data.format;
	if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
		return damaged('exportedAt', 'must be a date and time');
	}
	if (!Array.isArray(data.sessions)) return damaged('sessions', 'must be a list');
	if (data.settings !== undefined && !isRecord(data.settings)) {
		return damaged('settings', 'must be an object');
	}
	const skipped: Skipped[] = [];
	let duplicatesInFile = 0;

	const seen = new Set<string>();
	const sessions: SessionRecord[] = [];
	for (let i = 0; i < data.sessions.length; i++) {
		const path = `sessions[${i}]`;
		const r = sessionRecord(data.sessions[i], path);
		if (!r.ok) {
			skipped.push(skip(r.problem, path));
		} else if (seen.has(r.value.id)) {
			duplicatesInFile += 1;
		} else {
			seen.add(r.value.id);
			sessions.push(r.value);
		}
	}

	// settings: each good field; a bad one is listed and the stored value stays
	const rawSettings = (data.settings ?? {}) as Record<string, unknown>;
	const settings: Partial<Settings> = {};
	const merged = mergeSettings(rawSettings);
	// a group with one bad entry (minutes.core) is restored with the good ones and the default
	const bad = new Set(merged.problems.map((p) => p.path.split('.')[1]?.replace(/\[.*/, '')));
	for (const problem of merged.problems) skipped.push(skip(problem, problem.path));
	for (const key of Object.keys(SETTINGS_FIELDS) as (keyof Settings)[]) {
		if (rawSettings[key] === undefined || bad.has(key)) continue;
		(settings as Record<string, unknown>)[key] = merged.settings[key];
	}
	// exercises to avoid that this version lacks (a newer Limber's file): left out, and listed
	const known = options.knownExercise;
	if (settings.avoid && known) {
		settings.avoid.forEach((id, i) => {
			const path = `settings.avoid[${i}]`;
			if (!known(id)) {
				skipped.push({
					path,
					reason: `${path} "${id}" is not an exercise this version of Limber knows`
				});
			}
		});
		settings.avoid = settings.avoid.filter(known);
	}

	const rawPrefs = format === 1 ? prefsOfFormat1(rawSettings) : (data.prefs ?? {});
	const prefs: Prefs = {};
	if (!isRecord(rawPrefs)) {
		skipped.push({ path: 'prefs', reason: 'prefs must be an object' });
	} else {
		for (const [key, value] of Object.entries(rawPrefs)) {
			const path = `prefs.${key}`;
			if (!(PREF_KEYS as readonly string[]).includes(key)) {
				skipped.push({ path, reason: `${path} is not something this version of Limber keeps` });
				continue;
			}
			const good = PREFS[key as PrefKey].read(value);
			if (good === undefined) skipped.push({ path, reason: `${path} is not a valid ${key}` });
			else prefs[key as PrefKey] = good;
		}
	}

	const checkins: Checkin[] = [];
	const rawCheckins = format === 1 ? [] : (data.checkins ?? []);
	if (!Array.isArray(rawCheckins)) {
		skipped.push({ path: 'checkins', reason: 'checkins must be a list' });
	} else {
		const dates = new Set<string>();
		rawCheckins.forEach((value: unknown, i) => {
			const path = `checkins[${i}]`;
			const r = checkin(value, path);
			if (!r.ok) skipped.push(skip(r.problem, path));
			else if (dates.has(r.value.date)) duplicatesInFile += 1;
			else {
				dates.add(r.value.date);
				checkins.push(r.value);
			}
		});
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
		exportedAt: data.exportedAt,
		sessions,
		settings,
		prefs,
		checkins
	};
	return {
		ok: true,
		backup,
		summary: {
			sessions: sessions.length,
			duplicatesInFile,
			checkins: checkins.length,
			prefs: Object.keys(prefs).length,
			skipped,
			firstStartedAt: first,
			lastStartedAt: last,
			exportedAt: data.exportedAt,
			format
		}
	};
}
