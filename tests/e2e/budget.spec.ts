import { expect, test } from '@playwright/test';
import { FIRST_VISIT_BUDGET, firstVisit } from '../../scripts/first-visit.js';

// issue #2: a byte count, the same on every machine (timings stay in `npm run bench`)
test('a first visit of Today stays within the JavaScript budget', async ({ browser, baseURL }) => {
	const visit = await firstVisit(browser, `${baseURL}/`);
	const files = visit.jsByFile.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.path}`);
	expect(visit.jsFiles).toBeGreaterThan(0);
	expect(visit.jsGzip, `gzip JS of the first visit of /:\n${files.join('\n')}`).toBeLessThan(
		FIRST_VISIT_BUDGET
	);
});
