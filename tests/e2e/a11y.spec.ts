import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ROUTES } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no WCAG 2.1 A/AA violations on any route, ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		for (const { path } of ROUTES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		}
	});
}
