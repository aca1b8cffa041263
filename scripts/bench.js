// `npm run bench`: prints the figures the project watches. Never asserts: machines here are
// shared and noisy, so numbers are for reading and comparing, not for failing a build.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { benchFigures } from './bench-figures.js';
import { benchHistory } from './bench-history.js';
import { launchOptions } from './chromium.js';
import { lighthouseScores, printScores } from './lighthouse.js';
import { FLOOR, GOAL_OTHER, GOAL_TODAY, PAGES, PAGE_LIMITS, firstVisit } from './first-visit.js';

const port = 4175;
const base = `http://localhost:${port}`;

/** @param {string} command @param {string[]} args */
function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** the pure benchmarks (generator and the like), through Vitest's bench runner */
function pureBenches() {
	const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.bench.ts'))
		.map((f) => `src/${f}`);
	if (files.length === 0) return;
	console.log('\n## Domain benchmarks (vitest bench)\n');
	run('npx', ['vitest', 'bench', '--run', ...files]);
}

async function startPreview() {
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(base)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('preview server did not start');
}

pureBenches();

console.log('\n## Exercise pictures\n');
const figures = await benchFigures();
console.log(
	`pose data + renderer + component: ${kb(figures.raw)} minified, ${kb(figures.gzip)} gzip (no requests: drawn in code), on /exercises, /exercises/<id>, /plan and /play`
);
console.log(
	`  of which pose data ${kb(figures.poses.raw)} minified, ${kb(figures.poses.gzip)} gzip; renderer and component ${kb(figures.raw - figures.poses.raw)} minified`
);

console.log('\n## First visit\n');
run('npx', ['vite', 'build', '--logLevel', 'error']);
const server = await startPreview();
const browser = await chromium.launch(launchOptions());
try {
	console.log(
		`${'page'.padEnd(28)}${'requests'.padStart(9)}${'JS gzip'.padStart(10)}${'CSS gzip'.padStart(10)}${'× floor'.padStart(9)}`
	);
	/** @type {Awaited<ReturnType<typeof firstVisit>> | undefined} */
	let today;
	for (const path of PAGES) {
		const v = await firstVisit(browser, `${base}${path}`);
		if (path === '/') today = v;
		console.log(
			`${path.padEnd(28)}${String(v.requests).padStart(9)}${kb(v.jsGzip).padStart(10)}${kb(v.cssGzip).padStart(10)}${(v.jsGzip / FLOOR).toFixed(2).padStart(9)}`
		);
	}
	if (today) {
		console.log(
			`\nthe service worker then precaches ${today.precacheFiles} files, ${kb(today.precacheBytes)}; the floor is a bare SvelteKit + PWA shell, ${kb(FLOOR)}`
		);
		// where the budget goes: the largest scripts of Today's first visit
		console.log("\nToday's largest scripts:");
		for (const f of today.jsByFile.slice(0, 8))
			console.log(`${kb(f.gzip).padStart(10)}  ${f.path}`);
	}
	console.log(
		`\ngoal (issue 16): ${kb(GOAL_TODAY)} of gzip JS on the first visit of /, ${kb(GOAL_OTHER)} on every other page; held now to:`
	);
	for (const path of PAGES)
		console.log(`${path.padEnd(28)}${kb(PAGE_LIMITS[path] ?? 0).padStart(10)}`);

	const h = await benchHistory(browser, base);
	console.log(`\n## History with ${h.sessions} sessions (${kb(h.fileBytes)} backup)\n`);
	console.log(
		`read and check the file ${h.parseMs} ms, import ${h.importMs} ms, /history to first rows ${h.openToFirstRowsMs} ms (median of 5; goal under 200 ms), stats ${h.statsMs} ms (goal under 50 ms), export ${h.exportMs} ms`
	);

	// mobile, one run each: performance moves with the machine's load, the others should not
	console.log('\n## Lighthouse (mobile)\n');
	printScores(await lighthouseScores(base));
} finally {
	await browser.close();
	if (server.pid) process.kill(-server.pid);
}
