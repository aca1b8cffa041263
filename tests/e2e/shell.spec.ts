import { expect, test } from '@playwright/test';
import { atPath, ROUTES } from './helpers';

test('every route renders its heading', async ({ page }) => {
	for (const { path, h1 } of ROUTES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
		await expect(page).toHaveTitle(/Limber/);
	}
});

test('every route is reachable from the navigation', async ({ page }) => {
	await page.goto('/about');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const { path, h1, nav: label } of ROUTES) {
		if (!label) continue;
		await nav.getByRole('link', { name: label }).click();
		await expect(page).toHaveURL(atPath(path));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
	}
	await page.getByRole('link', { name: 'About' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Limber');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	await page.getByRole('link', { name: 'Start' }).first().click();
	await expect(page).toHaveURL(/\/play/);
});

test('a skip link moves focus to the content', async ({ page }) => {
	await page.goto('/plan');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('no request leaves the origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	await page.context().route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
			foreign.push(url.href);
			await route.abort();
		} else {
			await route.continue();
		}
	});
	for (const { path } of ROUTES) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(foreign).toEqual([]);
});

test('pages carry a strict content security policy', async ({ page }) => {
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).not.toContain('unsafe-eval');
	const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).not.toContain('unsafe-inline');
	// every inline script is allowed only by its hash
	expect(scriptSrc).toMatch(/'sha256-/);
});

test('layouts fit a 320 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const { path } of ROUTES) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

// issue 16: Lighthouse counts layout shifts in performance; Today's card used to appear once the
// settings were read and push "Something shorter" down (a shift of 0.06)
test("Today's content stays in place while the settings are read", async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.shifts.push((entry as unknown as { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	await expect(page.getByRole('link', { name: "Start today's routine" })).toHaveAttribute(
		'href',
		/^\/play\?/
	);
	await expect(page.getByRole('button', { name: 'Exercises' })).toBeEnabled();
	const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
	expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
});

test('the build is named by the package version, so an unchanged rebuild is no update', async ({
	request
}) => {
	const { version } = await (await request.get('/_app/version.json')).json();
	const pkg = await import('../../package.json', { with: { type: 'json' } });
	expect(version).toBe(pkg.default.version);
});
