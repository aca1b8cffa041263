// Lighthouse on the pages people land on (issue 16): Today and a shared routine link to the plan
// and the player, mobile (Lighthouse's default: a mid-range phone, throttled), against the
// production build served by `vite preview`. Run by `npm run bench`, or alone after a build:
// `node scripts/lighthouse.js`. Prints the scores, never fails: performance varies with the
// machine, and this one is shared.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { launchOptions } from './chromium.js';

export const LIGHTHOUSE_PAGES = ['/', '/plan?kind=daily&min=25', '/play?kind=core&min=10'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const DEBUG_PORT = 9333;

/**
 * each page's scores (0–100), one Lighthouse run each, in a browser of its own
 * @param {string} base the running preview, e.g. http://localhost:4175
 */
export async function lighthouseScores(base) {
	const options = launchOptions();
	const browser = await chromium.launch({
		...options,
		args: [...options.args, `--remote-debugging-port=${DEBUG_PORT}`]
	});
	/** @type {{ path: string, scores: Record<string, number | null> }[]} */
	const rows = [];
	try {
		for (const path of LIGHTHOUSE_PAGES) {
			const result = await lighthouse(`${base}${path}`, {
				port: DEBUG_PORT,
				logLevel: 'error',
				output: 'json',
				onlyCategories: CATEGORIES
			});
			const categories = result?.lhr.categories ?? {};
			/** @type {Record<string, number | null>} */
			const scores = {};
			for (const c of CATEGORIES) {
				const score = categories[c]?.score;
				scores[c] = typeof score === 'number' ? Math.round(score * 100) : null;
			}
			rows.push({ path, scores });
		}
	} finally {
		await browser.close();
	}
	return rows;
}

/** @param {Awaited<ReturnType<typeof lighthouseScores>>} rows */
export function printScores(rows) {
	const head = ['performance', 'accessibility', 'best practices', 'SEO'];
	console.log(`${'page'.padEnd(28)}${head.map((h) => h.padStart(16)).join('')}`);
	for (const { path, scores } of rows)
		console.log(
			`${path.padEnd(28)}${CATEGORIES.map((c) => String(scores[c] ?? '–').padStart(16)).join('')}`
		);
}

// alone: serve the existing build and print
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = 4177;
	const base = `http://localhost:${port}`;
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(base)).ok) break;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		printScores(await lighthouseScores(base));
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}
