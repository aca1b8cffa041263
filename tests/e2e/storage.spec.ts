import { expect, test } from '@playwright/test';

test('without IndexedDB a banner says so, and routines still generate and play', async ({
	page
}) => {
	await page.addInitScript(() => {
		// as in a browser that refuses storage (some private modes)
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/');
	await expect(
		page.getByRole('alert').filter({ hasText: 'not letting Limber save data' })
	).toBeVisible();
	// the readiness answer cannot be kept: asked, and the answer says so
	const dialog = page.getByRole('dialog', { name: 'Before you start' });
	await dialog.getByRole('button', { name: 'None of these apply — continue' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toBeVisible();
	await expect(page.locator('.total')).toHaveText(/\d+:\d\d$/);
	await page.getByRole('link', { name: 'Start' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('when another tab upgrades the database, this one asks to reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.locator('.total')).toHaveText(/\d+:\d\d$/);
	const other = await context.newPage();
	await other.goto('/about');
	// a newer Limber in another tab opens the database at a higher version
	const upgraded = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('limber', 1000);
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					resolve(version);
				};
				request.onerror = () => reject(new Error(String(request.error)));
			})
	);
	expect(upgraded).toBe(1000);
	const banner = page.getByRole('alert').filter({ hasText: 'updated in another tab' });
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();

	// this build cannot open the newer database: it says so, offers no reload, and still plays
	await banner.getByRole('button', { name: 'Reload' }).click();
	const stale = page.getByRole('alert').filter({ hasText: 'newer Limber stored data here' });
	await expect(stale).toBeVisible();
	await expect(stale.getByRole('button')).toHaveCount(0);
	await expect(page.getByRole('alert').filter({ hasText: 'updated in another tab' })).toHaveCount(
		0
	);
	// the stored readiness answer is out of reach too: asked again, and said it is not kept
	await page
		.getByRole('dialog', { name: 'Before you start' })
		.getByRole('button', { name: 'None of these apply — continue' })
		.click();
	await page.getByRole('link', { name: 'Start' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
});
