import { expect, test } from '@playwright/test';
import { PAGES, PAGE_LIMITS, firstVisit } from '../../scripts/first-visit.js';

// issues #2 and 16: a byte count, the same on every machine (timings stay in `npm run bench`)
test('every route has a first-visit limit', () => {
	expect(Object.keys(PAGE_LIMITS).sort()).toEqual([...PAGES].sort());
});

for (const path of PAGES) {
	const limit = PAGE_LIMITS[path] ?? 0;
	test(`a first visit of ${path} stays within ${(limit / 1024).toFixed(1)} KB of gzip JS`, async ({
		browser,
		baseURL
	}) => {
		const visit = await firstVisit(browser, `${baseURL}${path}`);
		const files = visit.jsByFile.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.path}`);
		expect(visit.jsFiles).toBeGreaterThan(0);
		expect(
			visit.jsGzip,
			`gzip JS of the first visit of ${path}, ${(visit.jsGzip / 1024).toFixed(1)} KB:\n${files.join('\n')}`
		).toBeLessThan(limit);
	});
}
