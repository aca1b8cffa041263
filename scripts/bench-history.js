// History with 10,000 sessions, through the real UI of a running preview server: import a
// generated backup on Settings, open History, export. Prints nothing; returns the figures
// (milliseconds) for scripts/bench.js to print. Machines here are shared and noisy: the
// figures are for reading and comparing, never for failing a build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SESSIONS = 10_000;
const RUNS = 5;
const DAY = 86_400_000;
const KINDS = /** @type {const} */ (['daily', 'warmup', 'core', 'stretch']);
const MINUTES = { daily: 25, warmup: 5, core: 10, stretch: 10 };
const EXERCISES = ['cat-camel', 'dead-bug', 'bird-dog', 'glute-bridge'];

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;

/**
 * A valid backup (format 1 of src/lib/storage/backup.ts) of `count` sessions, five a day
 * going back from yesterday, oldest first.
 * @param {number} count @param {number} now
 */
export function generateBackup(count, now = Date.now()) {
	const sessions = [];
	for (let i = count - 1; i >= 0; i--) {
		const kind = KINDS[i % KINDS.length] ?? 'daily';
		const minutes = MINUTES[kind];
		// five a day: 10,000 sessions reach back about five and a half years, after 2020
		const startedAt = now - DAY - Math.floor(i / 5) * DAY - (i % 5) * 2 * 3_600_000;
		const partial = i % 11 === 0;
		const plannedSec = minutes * 60;
		const completedSec = partial ? Math.round(plannedSec * 0.6) : plannedSec;
		sessions.push({
			id: `bench-${i}`,
			kind,
			request: {
				kind,
				minutes,
				level: 'beginner',
				backFriendly: true,
				equipment: ['mat'],
				focus: [],
				avoid: [],
				lowImpact: false,
				seed: `b${i}`
			},
			startedAt,
			endedAt: startedAt + completedSec * 1000,
			tzOffsetMin: 0,
			plannedSec,
			completedSec,
			exercisesCompleted: EXERCISES.slice(0, 2 + (i % 3)),
			status: partial ? 'partial' : 'completed',
			...(i % 4 === 0 ? { rating: 1 + (i % 5), note: `session ${i}` } : {})
		});
	}
	return {
		app: 'limber',
		format: 1,
		exportedAt: new Date(now).toISOString(),
		sessions,
		settings: {
			level: 'beginner',
			equipment: ['mat'],
			backFriendly: true,
			minutes: { warmup: 5, core: 10, stretch: 10, daily: 25 },
			cues: { voice: true, sound: true, vibration: true },
			weeklyGoal: 3,
			emergencyNumber: '',
			readiness: null
		}
	};
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base e.g. http://localhost:4175
 * @returns {Promise<{ sessions: number, fileBytes: number, parseMs: number, importMs: number, openToFirstRowsMs: number, statsMs: number, exportMs: number }>}
 */
export async function benchHistory(browser, base) {
	const dir = mkdtempSync(join(tmpdir(), 'limber-bench-history-'));
	const context = await browser.newContext({
		// the readiness questions are answered, so the first-run dialog stays away
		storageState: {
			cookies: [],
			origins: [
				{
					origin: base,
					localStorage: [
						{
							name: 'limber.readiness',
							value: JSON.stringify({ answeredAt: new Date().toISOString(), anyYes: false })
						}
					]
				}
			]
		}
	});
	try {
		const page = await context.newPage();
		const text = JSON.stringify(generateBackup(SESSIONS));
		const file = join(dir, 'limber-backup-bench.json');
		writeFileSync(file, text);

		// import: choosing the file (read, check, plan), then the write
		await page.goto(`${base}/settings`);
		let start = performance.now();
		await page.getByLabel('Import data').setInputFiles(file);
		await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
		const parseMs = performance.now() - start;
		start = performance.now();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page
			.getByRole('status')
			.filter({ hasText: `Imported ${SESSIONS} sessions` })
			.waitFor({ timeout: 120_000 });
		const importMs = performance.now() - start;

		// open History: navigation start to the first rows; the summary's own time
		/** @type {number[]} */
		const open = [];
		/** @type {number[]} */
		const stats = [];
		for (let i = 0; i < RUNS; i++) {
			await page.goto(`${base}/history`);
			const firstRows = await page.waitForFunction(
				() => (document.querySelector('ul[aria-label="Sessions"] > li') ? performance.now() : null),
				undefined,
				{ polling: 'raf', timeout: 60_000 }
			);
			open.push(/** @type {number} */ (await firstRows.jsonValue()));
			const measured = await page.waitForFunction(
				() => performance.getEntriesByName('limber:stats', 'measure')[0]?.duration ?? null,
				undefined,
				{ timeout: 60_000 }
			);
			stats.push(/** @type {number} */ (await measured.jsonValue()));
		}

		// export: the click to the download
		/** @type {number[]} */
		const exports = [];
		await page.goto(`${base}/settings`);
		for (let i = 0; i < 3; i++) {
			start = performance.now();
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 60_000 }),
				page.getByRole('button', { name: 'Export data' }).click()
			]);
			exports.push(performance.now() - start);
			await download.delete();
		}

		return {
			sessions: SESSIONS,
			fileBytes: Buffer.byteLength(text),
			parseMs: round(parseMs),
			importMs: round(importMs),
			openToFirstRowsMs: round(median(open)),
			statsMs: round(median(stats)),
			exportMs: round(median(exports))
		};
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
