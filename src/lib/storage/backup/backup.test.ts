import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMERGENCY_PREF } from '$lib/care/emergency';
import { READINESS_PREF } from '$lib/care/readiness';
import { REMINDER_PREF } from '$lib/care/reminder';
import { DEFAULT_SETTINGS, type SessionRecord, type Settings } from '$lib/progress/types';
import {
	applyImport,
	backupToJson,
	exportBackup,
	MAX_BACKUP_BYTES,
	parseBackup,
	planImport,
	sessionsToCsv,
	type Backup,
	type BackupErrorCode
} from './index';
import { saveCheckin } from '../checkins';
import { dump, freshDB, makeSession, NOW } from '../fixtures';
import {
	allSessions,
	closeLimberDB,
	getSettings,
	onStorageProblem,
	saveSession,
	saveSettings,
	StorageError
} from '../index';
import { loadPref, savePref } from '../prefs';
import type { LimberDatabase } from '../schema';

const DAY = 86_400_000;
const MY_SETTINGS: Settings = {
	...DEFAULT_SETTINGS,
	level: 'advanced',
	weeklyGoal: 5,
	avoid: ['bird-dog-leg-only', 'cat-camel']
};
const REMINDER = {
	time: '06:15',
	weekdays: ['MO' as const],
	alarmMinutesBefore: 10,
	notify: false
};

let db: LimberDatabase;

beforeEach(async () => {
	db = await freshDB();
});

afterEach(async () => {
	vi.restoreAllMocks();
	await closeLimberDB();
});

const parse = (text: string, size = text.length) => parseBackup(text, size);

function backupOf(sessions: SessionRecord[], settings: Settings = MY_SETTINGS): Backup {
	return {
		app: 'limber',
		format: 2,
		exportedAt: new Date(NOW).toISOString(),
		sessions,
		settings,
		prefs: {},
		checkins: []
	};
}

/** a good backup file, as plain JSON data to break in one place */
function goodFile(count = 6): Record<string, unknown> & { sessions: Record<string, unknown>[] } {
	return JSON.parse(
		backupToJson(backupOf(Array.from({ length: count }, (_, i) => makeSession(i))))
	);
}

function parsedOrThrow(text: string): Backup {
	const result = parse(text);
	if (!result.ok) throw new Error(result.error.message);
	return result.backup;
}

async function fill(count: number) {
	for (let i = 0; i < count; i++) await saveSession(makeSession(i));
	await saveSettings(MY_SETTINGS);
}

/** everything a user can set or record, through the app's own writes */
async function fillEverything() {
	await fill(30);
	await savePref(READINESS_PREF, { answeredAt: '2026-06-01T08:00:00.000Z', anyYes: true });
	await savePref(EMERGENCY_PREF, '112');
	await savePref(REMINDER_PREF, REMINDER);
	await saveCheckin({ date: '2026-06-14', compared: 'better' });
	await saveCheckin({ date: '2026-06-15', compared: 'worse' });
}

describe('export and import', () => {
	it('round-trips everything: export → JSON → parse → a fresh database → the same export', async () => {
		await fillEverything();
		const { backup: exported, leftOut } = await exportBackup(db, { now: NOW });
		expect(leftOut).toBe(0);
		expect(exported.sessions).toHaveLength(30);
		expect(exported.checkins).toEqual([
			{ date: '2026-06-14', compared: 'better' },
			{ date: '2026-06-15', compared: 'worse' }
		]);
		expect(exported.prefs).toEqual({
			readiness: { answeredAt: '2026-06-01T08:00:00.000Z', anyYes: true },
			emergencyNumber: '112',
			reminder: REMINDER
		});
		// oldest first
		const starts = exported.sessions.map((s) => s.startedAt);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		const result = parse(backupToJson(exported));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup).toEqual(exported);
		expect(result.summary).toEqual({
			sessions: 30,
			duplicatesInFile: 0,
			checkins: 2,
			prefs: 3,
			skipped: [],
			firstStartedAt: starts[0],
			lastStartedAt: starts.at(-1),
			exportedAt: new Date(NOW).toISOString(),
			format: 2
		});

		// and into an empty database: the same data comes out
		db = await freshDB();
		expect(await planImport(db, result.backup)).toEqual({
			total: 30,
			new: 30,
			duplicates: 0,
			checkinsNew: 2,
			prefsNew: 3,
			settingsChanged: true
		});
		expect(await applyImport(db, result.backup, { includeSettings: true })).toEqual({
			added: 30,
			duplicates: 0,
			checkinsAdded: 2,
			prefsWritten: 3,
			settingsWritten: true
		});
		expect((await exportBackup(db, { now: NOW })).backup).toEqual(exported);
		expect(await getSettings()).toEqual(MY_SETTINGS);
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
	});

	it('restores what the app itself wrote on a device whose clock was wrong', async () => {
		// a phone whose date said 2019, one that said 2031, and a clock moved back mid-routine
		const odd = [
			makeSession(1, {
				id: 'in-2019',
				startedAt: Date.UTC(2019, 3, 1),
				endedAt: Date.UTC(2019, 3, 1) + 600_000
			}),
			makeSession(2, {
				id: 'in-2031',
				startedAt: Date.UTC(2031, 0, 1),
				endedAt: Date.UTC(2031, 0, 1) + 600_000
			}),
			makeSession(3, { id: 'backwards', startedAt: NOW, endedAt: NOW - 3_600_000 }),
			makeSession(4, { id: 'at-1970', startedAt: 0, endedAt: 600_000 })
		];
		for (const s of odd) await saveSession(s);
		const { backup } = await exportBackup(db, { now: NOW });
		db = await freshDB();
		const result = parse(backupToJson(backup));
		expect(result.ok && result.summary.skipped).toEqual([]);
		if (!result.ok) return;
		await applyImport(db, result.backup, { includeSettings: false });
		const back = (await allSessions()).sessions.map((s) => s.id).sort();
		expect(back).toEqual(odd.map((s) => s.id).sort());
	});

	it('refuses to store what it could not restore: every write goes through the schema', async () => {
		for (const bad of [
			makeSession(1, { rating: 9 }),
			makeSession(1, { startedAt: Infinity }),
			makeSession(1, { plannedSec: Infinity }),
			makeSession(1, { painAfter: 11 }),
			makeSession(1, { note: 'x'.repeat(2001) })
		]) {
			await expect(saveSession(bad)).rejects.toBeInstanceOf(StorageError);
		}
		expect((await allSessions()).sessions).toEqual([]);
		await expect(saveSettings({ ...MY_SETTINGS, weeklyGoal: 9 })).rejects.toBeInstanceOf(
			StorageError
		);
		await expect(saveCheckin({ date: '2026-13-01', compared: 'same' })).rejects.toBeInstanceOf(
			StorageError
		);
		expect((await dump(db)).settings).toEqual([]);
	});

	it('exports the defaults and nothing else from an empty database, and that imports', async () => {
		const { backup } = await exportBackup(db, { now: NOW });
		expect(backup).toEqual(backupOf([], DEFAULT_SETTINGS));
		expect(parse(backupToJson(backup)).ok).toBe(true);
	});

	it('leaves unreadable stored records out of the export, and counts them', async () => {
		await fill(3);
		await (db as unknown as { put(s: string, v: unknown): Promise<unknown> }).put('sessions', {
			id: 'broken',
			startedAt: NOW - DAY
		});
		const { backup, leftOut } = await exportBackup(db, { now: NOW });
		expect(leftOut).toBe(1);
		expect(backup.sessions.map((s) => s.id)).not.toContain('broken');
		expect(parse(backupToJson(backup)).ok).toBe(true);
	});

	it('imports the same file twice and adds nothing the second time', async () => {
		await fill(5);
		const file = backupOf(Array.from({ length: 12 }, (_, i) => makeSession(i)));
		file.checkins = [{ date: '2026-01-02', compared: 'same' }];
		file.prefs = { emergencyNumber: '911' };
		const backup = parsedOrThrow(backupToJson(file));
		expect(await planImport(db, backup)).toEqual({
			total: 12,
			new: 7,
			duplicates: 5,
			checkinsNew: 1,
			prefsNew: 1,
			settingsChanged: false
		});
		expect(await applyImport(db, backup, { includeSettings: false })).toMatchObject({
			added: 7,
			duplicates: 5,
			checkinsAdded: 1,
			prefsWritten: 1
		});
		const once = await dump(db);
		expect(once.sessions).toHaveLength(12);
		expect(await planImport(db, backup)).toMatchObject({ new: 0, duplicates: 12, checkinsNew: 0 });
		expect(await applyImport(db, backup, { includeSettings: false })).toMatchObject({
			added: 0,
			duplicates: 12,
			checkinsAdded: 0,
			prefsWritten: 0
		});
		expect(await dump(db)).toEqual(once);
	});

	it('never overwrites a stored session, check-in or pref unless asked', async () => {
		const mine = makeSession(1, { rating: 5, note: 'mine' });
		await saveSession(mine);
		await saveCheckin({ date: '2026-01-02', compared: 'better' });
		await savePref(EMERGENCY_PREF, '999');
		const file = backupOf([makeSession(1, { rating: 1, note: 'theirs' }), makeSession(2)]);
		file.checkins = [{ date: '2026-01-02', compared: 'worse' }];
		file.prefs = { emergencyNumber: '112' };
		const backup = parsedOrThrow(backupToJson(file));
		expect((await planImport(db, backup)).settingsChanged).toBe(true);
		await applyImport(db, backup, { includeSettings: false });
		expect((await allSessions()).sessions.find((s) => s.id === mine.id)).toEqual(mine);
		expect((await dump(db)).checkins).toEqual([{ date: '2026-01-02', compared: 'better' }]);
		expect(await loadPref(EMERGENCY_PREF)).toBe('999');
		await applyImport(db, backup, { includeSettings: true });
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
	});

	it('writes the settings only when asked to', async () => {
		await fill(1);
		const other: Settings = { ...DEFAULT_SETTINGS, equipment: ['wall', 'chair'], weeklyGoal: 2 };
		const backup = parsedOrThrow(backupToJson(backupOf([], other)));
		expect((await planImport(db, backup)).settingsChanged).toBe(true);
		await applyImport(db, backup, { includeSettings: false });
		expect(await getSettings()).toEqual(MY_SETTINGS);
		await applyImport(db, backup, { includeSettings: true });
		expect(await getSettings()).toEqual(other);
		expect((await planImport(db, backup)).settingsChanged).toBe(false);
	});

	it('keeps one record of an id (or check-in date) repeated within the file: the first', async () => {
		const first = makeSession(1, { note: 'first' });
		const again = makeSession(1, { note: 'again' });
		const file = backupOf([first, makeSession(3), again]);
		file.checkins = [
			{ date: '2026-01-02', compared: 'better' },
			{ date: '2026-01-02', compared: 'worse' }
		];
		const result = parse(backupToJson(file));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.sessions.map((s) => s.note)).toEqual(['first', undefined]);
		expect(result.backup.checkins).toEqual([{ date: '2026-01-02', compared: 'better' }]);
		expect(result.summary).toMatchObject({ sessions: 2, duplicatesInFile: 2 });
		await applyImport(db, result.backup, { includeSettings: false });
		expect((await allSessions()).sessions).toHaveLength(2);
	});

	it('leaves settings an older file lacks as they are stored', async () => {
		await saveSettings(MY_SETTINGS);
		const file = goodFile(1);
		file.settings = { level: 'intermediate' };
		const backup = parsedOrThrow(JSON.stringify(file));
		expect(backup.settings).toEqual({ level: 'intermediate' });
		await applyImport(db, backup, { includeSettings: true });
		expect(await getSettings()).toEqual({ ...MY_SETTINGS, level: 'intermediate' });
	});
});

describe("the avoid list (Exercises I don't want)", () => {
	const withAvoid = (avoid: unknown) =>
		JSON.stringify({ ...goodFile(1), settings: { ...MY_SETTINGS, avoid } });

	it('round-trips through export and import', async () => {
		await fill(1);
		const { backup } = await exportBackup(db, { now: NOW });
		expect(backup.settings.avoid).toEqual(['bird-dog-leg-only', 'cat-camel']);
		const parsed = parsedOrThrow(backupToJson(backup));
		db = await freshDB();
		await applyImport(db, parsed, { includeSettings: true });
		expect((await getSettings()).avoid).toEqual(['bird-dog-leg-only', 'cat-camel']);
	});

	it('leaves out an id this version does not know, keeping the rest of the list', () => {
		const known = new Set(['bird-dog-leg-only', 'cat-camel']);
		const result = parseBackup(withAvoid(['cat-camel', 'wall-angel', 'bird-dog-leg-only']), 1, {
			knownExercise: (id) => known.has(id)
		});
		if (!result.ok) throw new Error(result.error.message);
		expect(result.backup.settings.avoid).toEqual(['cat-camel', 'bird-dog-leg-only']);
		expect(result.summary.skipped).toEqual([
			{
				path: 'settings.avoid[1]',
				reason: 'settings.avoid[1] "wall-angel" is not an exercise this version of Limber knows'
			}
		]);
	});

	it('refuses a list with a malformed id whole, listing it: the stored list stays', async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['side-bridge-knees'] });
		const result = parse(withAvoid(['cat-camel', 'Bird Dog!']));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.summary.skipped).toEqual([
			{ path: 'settings.avoid[1]', reason: 'settings.avoid[1] is not an id' }
		]);
		expect(result.backup.settings).not.toHaveProperty('avoid');
		await applyImport(db, result.backup, { includeSettings: true });
		expect((await getSettings()).avoid).toEqual(['side-bridge-knees']);
	});

	it('keeps the stored list when the file has something else there', async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['cat-camel'] });
		const result = parse(withAvoid('cat-camel'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.summary.skipped).toEqual([
			{ path: 'settings.avoid', reason: 'settings.avoid must be a list' }
		]);
		expect(result.backup.settings).not.toHaveProperty('avoid');
		await applyImport(db, result.backup, { includeSettings: true });
		expect(await getSettings()).toEqual({ ...MY_SETTINGS, avoid: ['cat-camel'] });
		// more ids than any catalogue: left out whole too
		const huge = parse(withAvoid(Array.from({ length: 1001 }, (_, i) => `x-${i}`)));
		if (!huge.ok) throw new Error(huge.error.message);
		expect(huge.summary.skipped).toEqual([
			{ path: 'settings.avoid', reason: 'settings.avoid has more than 1,000 items' }
		]);
		expect(huge.backup.settings).not.toHaveProperty('avoid');
	});
});

describe('format 1', () => {
	const format1 = {
		app: 'limber',
		format: 1,
		exportedAt: new Date(NOW).toISOString(),
		sessions: [makeSession(0), makeSession(1)],
		settings: {
			...MY_SETTINGS,
			emergencyNumber: '000',
			readiness: { answeredAt: Date.UTC(2026, 0, 5), anyYes: false }
		}
	};

	it('still imports, its emergency number and readiness answer becoming prefs', async () => {
		const result = parse(JSON.stringify(format1));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.summary).toMatchObject({ format: 1, sessions: 2, skipped: [] });
		expect(result.backup.settings).toEqual(MY_SETTINGS);
		expect(result.backup.prefs).toEqual({
			emergencyNumber: '000',
			readiness: { answeredAt: '2026-01-05T00:00:00.000Z', anyYes: false }
		});
		await applyImport(db, result.backup, { includeSettings: false });
		expect(await loadPref(EMERGENCY_PREF)).toBe('000');
		expect(await loadPref(READINESS_PREF)).toMatchObject({ anyYes: false });
		expect((await allSessions()).sessions).toHaveLength(2);
	});

	it('takes the empty number and unanswered readiness of the old exports as nothing', () => {
		const old = { ...format1, settings: { ...MY_SETTINGS, emergencyNumber: '', readiness: null } };
		const result = parse(JSON.stringify(old));
		expect(result.ok && result.backup.prefs).toEqual({});
		expect(result.ok && result.summary.skipped).toEqual([]);
	});
});

describe('refusing files that are not backups', () => {
	const good = () => goodFile();
	const goodJson = JSON.stringify(good());

	const cases: [string, string, BackupErrorCode, RegExp, number?][] = [
		['a file over 50 MB', goodJson, 'too-large', /over 50 MB/, MAX_BACKUP_BYTES + 1],
		['an empty file', '  \n', 'not-json', /empty/],
		['plain text', 'hello, this is my diary', 'not-json', /not JSON/],
		['broken JSON in the middle', '{"app": limber, "format": 1}', 'not-json', /not JSON/],
		['JSON cut off halfway', goodJson.slice(0, goodJson.length / 2), 'truncated', /incomplete/],
		[
			'JSON cut off in a string',
			goodJson.slice(0, goodJson.indexOf('session-') + 4),
			'truncated',
			/incomplete/
		],
		['JSON cut off after the first brace', '{', 'truncated', /incomplete/],
		['another app’s file', '{"app":"strava","format":1,"sessions":[]}', 'wrong-app', /another app/],
		['a JSON array', '[1,2,3]', 'wrong-app', /another app/],
		['a JSON string', '"limber"', 'wrong-app', /another app/],
		[
			'a newer format',
			JSON.stringify({ ...good(), format: 3 }),
			'future-version',
			/newer version of Limber/
		],
		['a format that is text', JSON.stringify({ ...good(), format: '1' }), 'invalid', /format/],
		[
			'sessions that are not a list',
			JSON.stringify({ ...good(), sessions: {} }),
			'invalid',
			/sessions must be a list/
		],
		['no export date', JSON.stringify({ ...good(), exportedAt: 'soon' }), 'invalid', /exportedAt/],
		[
			'settings that are a list',
			JSON.stringify({ ...good(), settings: [] }),
			'invalid',
			/settings must be an object/
		]
	];

	it.each(cases)('refuses %s', (_name, text, code, message, size) => {
		const result = parse(text, size);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe(code);
		expect(result.error.message).toMatch(message);
	});

	it('accepts the untouched file the cases above were made from', () => {
		expect(parse(goodJson).ok).toBe(true);
		expect(parse(`\uFEFF${goodJson}\n`).ok).toBe(true);
	});

	it('changes nothing stored when any of them is chosen', async () => {
		await fill(8);
		const before = await dump(db);
		for (const [, text, , , size] of cases) {
			// what the settings page does: import only what parsed
			const result = parse(text, size ?? text.length);
			if (result.ok) await applyImport(db, result.backup, { includeSettings: true });
			expect(result.ok).toBe(false);
		}
		expect(await dump(db)).toEqual(before);
	});
});

describe('restoring every good record of a damaged backup', () => {
	const withSession = (i: number, change: (s: Record<string, unknown>) => void) => {
		const file = goodFile();
		const session = file.sessions[i];
		if (!session) throw new Error('no such session');
		change(session);
		return JSON.stringify(file);
	};
	const request = (s: Record<string, unknown>) => s.request as Record<string, unknown>;

	const damaged: [string, string, string, RegExp][] = [
		[
			'a start time that is text',
			withSession(3, (s) => (s.startedAt = 'yesterday')),
			'sessions[3]',
			/sessions\[3\]\.startedAt is not a date/
		],
		[
			'a missing field',
			withSession(1, (s) => delete s.endedAt),
			'sessions[1]',
			/sessions\[1\]\.endedAt is missing/
		],
		[
			'a request that is not an object',
			withSession(0, (s) => (s.request = 'daily')),
			'sessions[0]',
			/request must be an object/
		],
		[
			'exercises that are not a list',
			withSession(2, (s) => (s.exercisesCompleted = 'cat-camel')),
			'sessions[2]',
			/must be a list/
		],
		[
			'a negative time',
			withSession(2, (s) => (s.completedSec = -5)),
			'sessions[2]',
			/completedSec is negative/
		],
		[
			'an infinite planned time',
			// JSON has no Infinity: a number too large for a double is how a file carries one
			withSession(2, (s) => (s.plannedSec = 'INF')).replace('"INF"', '1e999'),
			'sessions[2]',
			/plannedSec must be a finite number/
		],
		[
			'more than 24 hours',
			withSession(2, (s) => {
				s.plannedSec = 90_000;
				s.completedSec = 90_000;
			}),
			'sessions[2]',
			/24 hours/
		],
		[
			'more done than planned',
			withSession(2, (s) => (s.completedSec = (s.plannedSec as number) + 600)),
			'sessions[2]',
			/longer than the planned time/
		],
		[
			'a rating of 9',
			withSession(5, (s) => (s.rating = 9)),
			'sessions[5]',
			/rating must be a whole number from 1 to 5/
		],
		['a rating of 2.5', withSession(5, (s) => (s.rating = 2.5)), 'sessions[5]', /1 to 5/],
		[
			'a note of 2,001 characters',
			withSession(1, (s) => (s.note = 'x'.repeat(2001))),
			'sessions[1]',
			/2,000/
		],
		[
			'an unknown kind',
			withSession(3, (s) => {
				s.kind = 'yoga';
				request(s).kind = 'yoga';
			}),
			'sessions[3]',
			/not a known routine kind/
		],
		[
			'a kind unlike its request',
			withSession(3, (s) => (s.kind = 'core')),
			'sessions[3]',
			/does not match its request/
		],
		[
			'an unknown level',
			withSession(1, (s) => (request(s).level = 'expert')),
			'sessions[1]',
			/request\.level is not a known level/
		],
		[
			'unknown equipment',
			withSession(1, (s) => (request(s).equipment = ['mat', 'barbell'])),
			'sessions[1]',
			/equipment\[1\] is not known equipment/
		],
		[
			'minutes out of range',
			withSession(1, (s) => (request(s).minutes = 600)),
			'sessions[1]',
			/1 to 60/
		],
		['an unknown status', withSession(1, (s) => (s.status = 'abandoned')), 'sessions[1]', /status/],
		[
			'a pain score of 11',
			withSession(4, (s) => (s.painAfter = 11)),
			'sessions[4]',
			/painAfter must be a whole number from 0 to 10/
		],
		[
			'a swap that is not an item number',
			withSession(4, (s) => (s.swaps = [-1])),
			'sessions[4]',
			/swaps\[0\]/
		],
		[
			'a weekly goal of 9 days',
			JSON.stringify({ ...goodFile(), settings: { ...MY_SETTINGS, weeklyGoal: 9 } }),
			'settings.weeklyGoal',
			/1 to 7/
		],
		[
			'a cue that is text',
			JSON.stringify({
				...goodFile(),
				settings: { ...MY_SETTINGS, cues: { ...MY_SETTINGS.cues, voice: 'yes' } }
			}),
			'settings.cues.voice',
			/true or false/
		],
		[
			'a reminder that is not one',
			JSON.stringify({ ...goodFile(), prefs: { reminder: 'daily' } }),
			'prefs.reminder',
			/not a valid reminder/
		],
		[
			'an unknown pref',
			JSON.stringify({ ...goodFile(), prefs: { theme: 'dark' } }),
			'prefs.theme',
			/not something this version/
		],
		[
			'a check-in of a day that does not exist',
			JSON.stringify({ ...goodFile(), checkins: [{ date: '2026-00-30', compared: 'same' }] }),
			'checkins[0]',
			/not a date/
		]
	];

	it.each(damaged)('leaves out %s, says why, and keeps the rest', (_name, text, path, reason) => {
		const result = parse(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.summary.skipped).toHaveLength(1);
		expect(result.summary.skipped[0]?.path).toBe(path);
		expect(result.summary.skipped[0]?.reason).toMatch(reason);
		const sessionsLeft = path.startsWith('sessions') ? 5 : 6;
		expect(result.backup.sessions).toHaveLength(sessionsLeft);
	});

	it('imports the good records of a file with bad ones in one transaction, and lists the bad', async () => {
		const file = goodFile(10);
		file.sessions[2]!.rating = 9;
		file.sessions[7]!.startedAt = 'yesterday';
		const result = parse(JSON.stringify(file));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.summary.skipped.map((s) => s.path)).toEqual(['sessions[2]', 'sessions[7]']);
		expect(await applyImport(db, result.backup, { includeSettings: false })).toMatchObject({
			added: 8
		});
		const ids = (await allSessions()).sessions.map((s) => s.id);
		expect(ids).toHaveLength(8);
		expect(ids).not.toContain(file.sessions[2]!.id);
	});

	it('restores a weekly goal of 9 as the stored one, keeping the other settings of the file', async () => {
		await saveSettings(MY_SETTINGS);
		const file = {
			...goodFile(0),
			settings: { ...DEFAULT_SETTINGS, level: 'intermediate', weeklyGoal: 9 }
		};
		const backup = parsedOrThrow(JSON.stringify(file));
		await applyImport(db, backup, { includeSettings: true });
		expect(await getSettings()).toEqual({
			...DEFAULT_SETTINGS,
			level: 'intermediate',
			weeklyGoal: 5
		});
	});
});

describe('failed imports change nothing', () => {
	const incoming = () =>
		parsedOrThrow(
			backupToJson(
				backupOf(
					Array.from({ length: 40 }, (_, i) => makeSession(i)),
					{ ...DEFAULT_SETTINGS, weeklyGoal: 7 }
				)
			)
		);

	it('rejects with a typed quota error when the device is full, and keeps the store as it was', async () => {
		await fill(10);
		const before = await dump(db);
		const problems: string[] = [];
		const stop = onStorageProblem((p) => problems.push(p.kind));
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		// the 20th write finds the disk full, after 19 went into the transaction
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['add']>
		) {
			calls += 1;
			if (calls === 20)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		});
		const error = await applyImport(db, incoming(), { includeSettings: true }).catch(
			(e: unknown) => e
		);
		stop();
		expect(calls).toBe(20);
		expect(error).toBeInstanceOf(StorageError);
		expect(error).toMatchObject({
			kind: 'quota',
			message:
				'Your device is out of storage space: nothing was saved, and what was already stored is unchanged.'
		});
		expect(problems).toEqual(['quota']);
		vi.restoreAllMocks();
		expect(await dump(db)).toEqual(before);
	});

	it('rolls back when a write fails later, inside the transaction', async () => {
		await fill(10);
		const before = await dump(db);
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		// the 25th write is refused by the database itself (an id already taken)
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['add']>
		) {
			calls += 1;
			return calls === 25 ? add.call(this, makeSession(0)) : add.apply(this, args);
		});
		await expect(applyImport(db, incoming(), { includeSettings: true })).rejects.toMatchObject({
			kind: 'error'
		});
		vi.restoreAllMocks();
		expect(await dump(db)).toEqual(before);
		// and the database still works
		expect(await applyImport(db, incoming(), { includeSettings: false })).toMatchObject({
			added: 30
		});
	});
});

/** a small RFC 4180 reader, to check what a spreadsheet would see */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	if (cell !== '' || row.length) throw new Error('the last row has no CRLF');
	return rows;
}

describe('CSV', () => {
	const column = (rows: string[][], name: string) => {
		const index = rows[0]?.indexOf(name) ?? -1;
		if (index < 0) throw new Error(`no column ${name}`);
		return rows.slice(1).map((r) => r[index]);
	};

	it('has a header row and one row per session, with ISO dates', () => {
		const sessions = [makeSession(1), makeSession(2)];
		const rows = readCsv(sessionsToCsv(sessions));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toContain('started');
		expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
		expect(column(rows, 'id')).toEqual(sessions.map((s) => s.id));
		expect(column(rows, 'started')).toEqual(
			sessions.map((s) => new Date(s.startedAt).toISOString())
		);
		// numbers stay numbers, even negative ones
		expect(column(rows, 'tz_offset_min')).toEqual(['300', '-60']);
		expect(sessionsToCsv([])).toBe(`${rows[0]?.join(',')}\r\n`);
	});

	it('quotes commas, quotes and line breaks so the text comes back exactly', () => {
		const note = 'sore, but "better"\nline two\r\nline three';
		const csv = sessionsToCsv([makeSession(1, { note })]);
		expect(csv).toContain('"sore, but ""better""\nline two\r\nline three"');
		expect(column(readCsv(csv), 'note')).toEqual([note]);
	});

	it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1'])(
		'neutralises a cell that a spreadsheet would run: %s',
		(note) => {
			const rows = readCsv(sessionsToCsv([makeSession(1, { note })]));
			expect(column(rows, 'note')).toEqual([`'${note}`]);
		}
	);

	it('leaves ordinary text alone', () => {
		const rows = readCsv(sessionsToCsv([makeSession(1, { note: 'a - b = c' })]));
		expect(column(rows, 'note')).toEqual(['a - b = c']);
	});
});
