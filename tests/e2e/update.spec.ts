import { expect, test, type Page } from '@playwright/test';
import { openControlled } from './helpers';
import { serveBuild } from './static-server';
import { READINESS_ANSWERED } from '../../playwright.config';

/** Today on a server of its own (the preview server answers the update check with 304) */
async function controlledOnOwnServer(page: Page) {
	const server = await serveBuild();
	// another origin than the configured one: answer the first-run questions here too
	await page.addInitScript(
		(answer) => localStorage.setItem('limber.readiness', answer),
		READINESS_ANSWERED
	);
	await openControlled(page, `${server.url}/`);
	return server;
}

test('a waiting new version is announced and applied only when the user accepts', async ({
	page
}) => {
	const server = await controlledOnOwnServer(page);
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	const hasWaiting = () =>
		page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
	const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker);

	// a marker that a reload would wipe out
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	// the next deploy: the same worker, one byte different
	server.override('/sw.js', (body) => `${body}\n// next version\n`);
	try {
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});

		const banner = page.getByRole('status').filter({ hasText: 'Update available' });
		await expect(banner).toBeVisible();
		await expect.poll(hasWaiting).toBe(true);

		// nothing reloads or takes over by itself
		await page.waitForTimeout(1500);
		expect(await marker()).toBe(1);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
			firstWorker
		);
		expect(await hasWaiting()).toBe(true);

		// the user accepts: the new worker takes over and the page reloads
		await Promise.all([
			page.waitForEvent('load'),
			banner.getByRole('button', { name: 'Reload' }).click()
		]);
		await expect.poll(marker).toBeUndefined();
		await expect.poll(hasWaiting).toBe(false);
		await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
	} finally {
		await server.close();
	}
});

test('after another tab applied the update, Reload here loads it; it never does nothing', async ({
	page,
	context
}) => {
	const server = await controlledOnOwnServer(page);
	const other = await context.newPage();
	await other.goto(`${server.url}/about`);
	await expect.poll(() => other.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	const marker = (p: typeof page) =>
		p.evaluate(() => (window as unknown as { marker?: number }).marker);
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	server.override('/sw.js', (body) => `${body}\n// next version\n`);
	try {
		for (const p of [page, other]) {
			await p.evaluate(async () => {
				await (await navigator.serviceWorker.getRegistration())?.update();
			});
		}
		const banner = (p: typeof page) =>
			p.getByRole('status').filter({ hasText: 'Update available' });
		await expect(banner(page)).toBeVisible();
		await expect(banner(other)).toBeVisible();

		// the other tab applies it
		await Promise.all([
			other.waitForEvent('load'),
			banner(other).getByRole('button', { name: 'Reload' }).click()
		]);
		await expect(banner(other)).toHaveCount(0);

		// this tab still runs the old page: it keeps the offer, and nothing reloaded by itself
		await page.waitForTimeout(1000);
		expect(await marker(page)).toBe(1);
		await expect(banner(page)).toBeVisible();
		await Promise.all([
			page.waitForEvent('load'),
			banner(page).getByRole('button', { name: 'Reload' }).click()
		]);
		await expect.poll(() => marker(page)).toBeUndefined();
		await expect(banner(page)).toHaveCount(0);
	} finally {
		await server.close();
	}
});
