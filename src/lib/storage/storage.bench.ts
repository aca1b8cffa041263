// figures over fake-indexeddb (in-memory, in Node) are indicative only: a browser differs
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { applyImport, backupToJson, exportBackup, parseBackup, type Backup } from './backup';
import { freshDB, makeSession, NOW } from './fixtures';
import { listSessions } from './index';
import type { LimberDatabase } from './schema';
import { DEFAULT_SETTINGS } from '$lib/progress/types';

const COUNT = 10_000;
const backup: Backup = {
	app: 'limber',
	format: 2,
	exportedAt: new Date(NOW).toISOString(),
	sessions: Array.from({ length: COUNT }, (_, i) => makeSession(i)),
	settings: DEFAULT_SETTINGS,
	prefs: {},
	checkins: []
};
const json = backupToJson(backup);

let filled: LimberDatabase | undefined;
async function filledDB(): Promise<LimberDatabase> {
	if (!filled) {
		filled = await freshDB();
		await applyImport(filled, backup, { includeSettings: true });
	}
	return filled;
}

describe(`storage with ${COUNT.toLocaleString('en')} sessions`, () => {
	bench(
		'applyImport into an empty database (one transaction)',
		async () => {
			const db = await freshDB();
			await applyImport(db, backup, { includeSettings: true });
			filled = undefined;
		},
		{ iterations: 3, time: 0, warmupIterations: 0 }
	);

	bench(
		'parseBackup of the file (validation included)',
		() => {
			const result = parseBackup(json, json.length);
			if (!result.ok) throw new Error(result.error.message);
		},
		{ iterations: 5, time: 0 }
	);

	bench(
		'listSessions: first page of 50, newest first',
		async () => {
			await listSessions({ limit: 50 });
		},
		{ iterations: 50, time: 0, setup: async () => void (await filledDB()) }
	);

	bench(
		'exportBackup + backupToJson',
		async () => {
			backupToJson((await exportBackup(await filledDB(), { now: NOW })).backup);
		},
		{ iterations: 5, time: 0, setup: async () => void (await filledDB()) }
	);
});
