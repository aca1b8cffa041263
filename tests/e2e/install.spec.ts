import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from '../../scripts/chromium.js';

/** width and height from a PNG's IHDR chunk */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('Chromium finds the app installable', async ({ baseURL }) => {
	// installability is reported only in a persistent (non-incognito) profile
	const dir = mkdtempSync(join(tmpdir(), 'limber-install-'));
	const context = await chromium.launchPersistentContext(dir, { ...launchOptions(), baseURL });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		await expect
			.poll(async () => {
				const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
				return installabilityErrors;
			})
			.toEqual([]);
		const { url, data } = await cdp.send('Page.getAppManifest');
		expect(url).toMatch(/manifest\.webmanifest$/);
		expect(data).toBeTruthy();
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the manifest describes the app and every icon loads at its declared size', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Limber'),
		short_name: 'Limber',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	expect(manifest.theme_color).toMatch(/^#/);
	expect(manifest.background_color).toMatch(/^#/);
	expect(manifest.categories).toContain('health');

	const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
	expect(icons.some((i) => i.sizes === '192x192' && i.type === 'image/png')).toBe(true);
	expect(icons.some((i) => i.sizes === '512x512' && i.type === 'image/png')).toBe(true);
	expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
	expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
	for (const icon of icons) {
		const response = await request.get(icon.src);
		expect(response.ok(), icon.src).toBe(true);
		expect(response.headers()['content-type']).toContain(icon.type);
		const body = await response.body();
		if (icon.type === 'image/png') expect(pngSize(body), icon.src).toBe(icon.sizes);
		else expect(body.toString('utf8')).toContain('<svg');
	}

	// iOS reads these instead of the manifest
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect(pngSize(await (await request.get(touchIcon!)).body())).toBe('180x180');
	await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
		'content',
		'Limber'
	);
});

test('an Install app button appears when the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: () => Promise.resolve(),
			userChoice: Promise.resolve({ outcome: 'dismissed' })
		});
		window.dispatchEvent(event);
	});
	const button = page.getByRole('button', { name: 'Install app' });
	await expect(button).toBeVisible();
	await button.click();
	// the prompt can be shown only once
	await expect(button).toHaveCount(0);
});
