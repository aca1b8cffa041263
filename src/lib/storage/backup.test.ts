import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
} from './backup';
import { dump, freshDB, makeSession, NOW } from './fixtures';
import {
	allSessions,
	closeLimberDB,
	getSettings,
	onStorageProblem,
	saveSession,
	saveSettings,
	StorageError
} from './index';
import type { LimberDatabase } from './schema';

const DAY = 86_400_000;
const MY_SETTINGS: Settings = { ...DEFAULT_SETTINGS, level: 'advanced', weeklyGoal: 5 };

let db: LimberDatabase;

beforeEach(async () => {
	db = await freshDB();
});

afterEach(async () => {
	vi.restoreAllMocks();
	await closeLimberDB();
});

const parse = (text: string, size = text.length) => parseBackup(text, size, { now: NOW });

function backupOf(sessions: SessionRecord[], settings: Settings = MY_SETTINGS): Backup {
	return {
		app: 'limber',
		format: 1,
		exportedAt: new Date(NOW).toISOString(),
		sessions,
		settings
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

describe('export and import', () => {
	it('round-trips: export → JSON → parse gives the same sessions and settings', async () => {
		await fill(30);
		const exported = await exportBackup(db, { now: NOW });
		expect(exported.sessions).toHaveLength(30);
		// oldest first
		const starts = exported.sessions.map((s) => s.startedAt);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		const json = backupToJson(exported);
		const result = parse(json);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup).toEqual(exported);
		expect(result.summary).toEqual({
			sessions: 30,
			duplicatesInFile: 0,
			firstStartedAt: starts[0],
			lastStartedAt: starts.at(-1),
			exportedAt: new Date(NOW).toISOString()
		});

		// and into an empty database: the same data comes out
		db = await freshDB();
		expect(await planImport(db, result.backup)).toEqual({
			total: 30,
			new: 30,
			duplicates: 0,
			settingsChanged: true
		});
		expect(await applyImport(db, result.backup, { includeSettings: true })).toEqual({
			added: 30,
			duplicates: 0,
			settingsWritten: true
		});
		expect(await exportBackup(db, { now: NOW })).toEqual(exported);
		expect(await getSettings()).toEqual(MY_SETTINGS);
	});

	it('exports the defaults and no sessions from an empty database, and that imports', async () => {
		const exported = await exportBackup(db, { now: NOW });
		expect(exported).toEqual(backupOf([], DEFAULT_SETTINGS));
		expect(parse(backupToJson(exported)).ok).toBe(true);
	});

	it('leaves unreadable stored records out of the export', async () => {
		await fill(3);
		await (db as unknown as { put(s: string, v: unknown): Promise<unknown> }).put('sessions', {
			id: 'broken',
			startedAt: NOW - DAY
		});
		const exported = await exportBackup(db, { now: NOW });
		expect(exported.sessions.map((s) => s.id)).not.toContain('broken');
		expect(parse(backupToJson(exported)).ok).toBe(true);
	});

	it('imports the same file twice and adds nothing the second time', async () => {
		await fill(5);
		const backup = parsedOrThrow(
			backupToJson(backupOf(Array.from({ length: 12 }, (_, i) => makeSession(i))))
		);
		expect(await planImport(db, backup)).toEqual({
			total: 12,
			new: 7,
			duplicates: 5,
			settingsChanged: false
		});
		expect(await applyImport(db, backup, { includeSettings: false })).toMatchObject({
			added: 7,
			duplicates: 5
		});
		const once = await dump(db);
		expect(once.sessions).toHaveLength(12);
		expect(await planImport(db, backup)).toMatchObject({ new: 0, duplicates: 12 });
		expect(await applyImport(db, backup, { includeSettings: false })).toMatchObject({
			added: 0,
			duplicates: 12
		});
		expect(await dump(db)).toEqual(once);
	});

	it('never overwrites a stored session that has the same id', async () => {
		const mine = makeSession(1, { rating: 5, note: 'mine' });
		await saveSession(mine);
		const theirs = makeSession(1, { rating: 1, note: 'theirs' });
		const backup = parsedOrThrow(backupToJson(backupOf([theirs, makeSession(2)])));
		await applyImport(db, backup, { includeSettings: false });
		expect((await allSessions()).sessions.find((s) => s.id === mine.id)).toEqual(mine);
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

	it('keeps one record of an id repeated within the file (the first)', async () => {
		const first = makeSession(1, { note: 'first' });
		const again = makeSession(1, { note: 'again' });
		const result = parse(backupToJson(backupOf([first, makeSession(3), again])));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.backup.sessions.map((s) => s.note)).toEqual(['first', undefined]);
		expect(result.summary).toMatchObject({ sessions: 2, duplicatesInFile: 1 });
		await applyImport(db, result.backup, { includeSettings: false });
		expect((await allSessions()).sessions).toHaveLength(2);
	});

	it('fills settings an older format-1 file lacks with the defaults', () => {
		const file = goodFile(1);
		file.settings = { level: 'intermediate' };
		const result = parse(JSON.stringify(file));
		expect(result.ok && result.backup.settings).toEqual({
			...DEFAULT_SETTINGS,
			level: 'intermediate'
		});
	});
});

describe('refusing bad files', () => {
	const good = () => goodFile();
	const withSession = (i: number, change: (s: Record<string, unknown>) => void) => {
		const file = good();
		const session = file.sessions[i];
		if (!session) throw new Error('no such session');
		change(session);
		return JSON.stringify(file);
	};
	const request = (s: Record<string, unknown>) => s.request as Record<string, unknown>;
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
			JSON.stringify({ ...good(), format: 2 }),
			'future-version',
			/newer version of Limber/
		]
	];

	it.each(cases)('refuses %s', (_name, text, code, message, size) => {
		const result = parse(text, size);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe(code);
		expect(result.error.message).toMatch(message);
	});

	const wrong: [string, string, string, string][] = [
		[
			'a start time that is text',
			withSession(3, (s) => (s.startedAt = 'yesterday')),
			'sessions[3].startedAt',
			'sessions[3].startedAt must be a number'
		],
		[
			'a missing field',
			withSession(1, (s) => delete s.endedAt),
			'sessions[1].endedAt',
			'sessions[1].endedAt is missing'
		],
		[
			'a request that is not an object',
			withSession(0, (s) => (s.request = 'daily')),
			'sessions[0].request',
			'sessions[0].request must be an object'
		],
		[
			'a list of exercises that is not a list',
			withSession(2, (s) => (s.exercisesCompleted = 'cat-camel')),
			'sessions[2].exercisesCompleted',
			'must be a list'
		],
		[
			'sessions that are not a list',
			JSON.stringify({ ...good(), sessions: {} }),
			'sessions',
			'sessions must be a list'
		],
		[
			'settings of the wrong type',
			JSON.stringify({ ...good(), settings: { ...MY_SETTINGS, cues: { voice: 'yes' } } }),
			'settings.cues.voice',
			'settings.cues.voice must be true or false'
		],
		['a format that is text', JSON.stringify({ ...good(), format: '1' }), 'format', 'format'],
		[
			// a wrong type is reported before an impossible value earlier in the file
			'a wrong type after an impossible value',
			JSON.stringify({
				...good(),
				sessions: good().sessions.map((s, i) =>
					i === 1 ? { ...s, rating: 9 } : i === 4 ? { ...s, plannedSec: '600' } : s
				)
			}),
			'sessions[4].plannedSec',
			'sessions[4].plannedSec must be a number'
		]
	];

	it.each(wrong)('refuses %s as invalid, naming the place', (_name, text, path, message) => {
		const result = parse(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toMatchObject({ code: 'invalid', path });
		expect(result.error.message).toContain(message);
	});

	const impossible: [string, string, string, RegExp][] = [
		[
			'a negative time',
			withSession(2, (s) => (s.completedSec = -5)),
			'sessions[2].completedSec',
			/negative/
		],
		[
			'more than 24 hours',
			withSession(2, (s) => {
				s.plannedSec = 90_000;
				s.completedSec = 90_000;
			}),
			'sessions[2].plannedSec',
			/24 hours/
		],
		[
			'more done than planned',
			withSession(2, (s) => (s.completedSec = (s.plannedSec as number) + 600)),
			'sessions[2].completedSec',
			/planned/
		],
		[
			'an end before the start',
			withSession(4, (s) => (s.endedAt = (s.startedAt as number) - 1)),
			'sessions[4].endedAt',
			/before its startedAt/
		],
		[
			'a date before 2020',
			withSession(0, (s) => (s.startedAt = Date.UTC(2019, 11, 31))),
			'sessions[0].startedAt',
			/before 2020/
		],
		[
			'a date in the future',
			withSession(0, (s) => {
				s.startedAt = NOW + 2 * DAY;
				s.endedAt = NOW + 2 * DAY + 60_000;
			}),
			'sessions[0].startedAt',
			/future/
		],
		['a rating of 6', withSession(5, (s) => (s.rating = 6)), 'sessions[5].rating', /1 to 5/],
		['a rating of 0', withSession(5, (s) => (s.rating = 0)), 'sessions[5].rating', /1 to 5/],
		['a rating of 2.5', withSession(5, (s) => (s.rating = 2.5)), 'sessions[5].rating', /1 to 5/],
		[
			'a note of 2,001 characters',
			withSession(1, (s) => (s.note = 'x'.repeat(2001))),
			'sessions[1].note',
			/2,000/
		],
		[
			'an unknown kind',
			withSession(3, (s) => {
				s.kind = 'yoga';
				request(s).kind = 'yoga';
			}),
			'sessions[3].kind',
			/not a known routine kind/
		],
		[
			'a kind unlike its request',
			withSession(3, (s) => (s.kind = 'core')),
			'sessions[3].kind',
			/match/
		],
		[
			'an unknown level',
			withSession(1, (s) => (request(s).level = 'expert')),
			'sessions[1].request.level',
			/level/
		],
		[
			'unknown equipment',
			withSession(1, (s) => (request(s).equipment = ['mat', 'barbell'])),
			'sessions[1].request.equipment[1]',
			/equipment/
		],
		[
			'an unknown region',
			withSession(1, (s) => (request(s).focus = ['toes'])),
			'sessions[1].request.focus[0]',
			/region/
		],
		[
			'minutes out of range',
			withSession(1, (s) => (request(s).minutes = 600)),
			'sessions[1].request.minutes',
			/1 to 60/
		],
		[
			'an unknown status',
			withSession(1, (s) => (s.status = 'abandoned')),
			'sessions[1].status',
			/status/
		],
		[
			'a weekly goal of 9 days',
			JSON.stringify({ ...good(), settings: { ...MY_SETTINGS, weeklyGoal: 9 } }),
			'settings.weeklyGoal',
			/at most 7/
		]
	];

	it.each(impossible)(
		'refuses %s as impossible, naming the place',
		(_name, text, path, message) => {
			const result = parse(text);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.error).toMatchObject({ code: 'impossible', path });
			expect(result.error.message).toMatch(message);
			expect(result.error.message).toContain(path);
		}
	);

	it('accepts the untouched file the cases above were made from', () => {
		expect(parse(goodJson).ok).toBe(true);
		expect(parse(`\uFEFF${goodJson}\n`).ok).toBe(true);
	});

	it('changes nothing stored when any bad file is chosen and confirmed', async () => {
		await fill(8);
		const before = await dump(db);
		const texts = [...cases, ...wrong, ...impossible].map(([, text]) => text);
		for (const text of texts) {
			// what the settings page does: import only what parsed
			const result = parse(text, text === goodJson ? MAX_BACKUP_BYTES + 1 : text.length);
			if (result.ok) await applyImport(db, result.backup, { includeSettings: true });
			expect(result.ok).toBe(false);
		}
		expect(await dump(db)).toEqual(before);
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
