import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMedicineWords } from '../../src/lib/safety/medicine-deny';

// CONTENT.md §4: no medicine advice, ever. Playwright's web server runs `npm run build`
// first, so build/ holds exactly what ships.
const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const TEXT = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt',
	'.xml',
	'.map'
]);

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

test('no shipped file mentions a medicine', () => {
	const files = filesUnder(BUILD).filter((f) => TEXT.has(extname(f)));
	// enough files that the scan cannot pass by finding nothing to read
	expect(files.length).toBeGreaterThan(20);
	expect(files.some((f) => f.endsWith('care.html'))).toBe(true);
	expect(files.some((f) => f.endsWith('.js'))).toBe(true);
	const hits = files
		.map((f) => ({ file: relative(BUILD, f), words: findMedicineWords(readFileSync(f, 'utf8')) }))
		.filter((h) => h.words.length > 0)
		.map((h) => `${h.file}: ${h.words.join(', ')}`);
	expect(hits).toEqual([]);
});

test('the pages as served carry no medicine words', async ({ request }) => {
	const pages = [
		'/',
		'/care',
		'/about',
		'/exercises',
		'/plan',
		'/settings',
		'/manifest.webmanifest'
	];
	for (const path of pages) {
		const response = await request.get(path);
		expect(response.ok(), path).toBe(true);
		const body = await response.text();
		expect(body.length, path).toBeGreaterThan(100);
		expect(findMedicineWords(body), path).toEqual([]);
	}
});
