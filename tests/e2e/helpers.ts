import { expect, type Locator, type Page } from '@playwright/test';

/** every route of the contract with its page heading and its link in the main navigation */
export const ROUTES = [
	{ path: '/', h1: 'Today', nav: 'Today' },
	{ path: '/plan', h1: 'Plan a routine', nav: 'Plan' },
	{ path: '/play', h1: 'Player', nav: null },
	{ path: '/history', h1: 'History', nav: 'History' },
	{ path: '/exercises', h1: 'Exercises', nav: 'Exercises' },
	{ path: '/care', h1: 'Back spasm care', nav: 'Care' },
	{ path: '/settings', h1: 'Settings', nav: 'Settings' },
	{ path: '/about', h1: 'About Limber', nav: null }
] as const;

/** waits until a service worker controls the page, so everything is precached */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			// the first visit is not controlled until the worker claims it or the page reloads
			await new Promise<void>((resolve) => {
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				});
				if (navigator.serviceWorker.controller) resolve();
			});
		}
		return registration.active?.state;
	});
}

/** after the first load, waits for the worker and reloads so the page is controlled */
export async function openControlled(page: Page, path = '/') {
	await page.goto(path);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await waitForServiceWorker(page);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** a URL at `path`, with or without a query (a bare /plan fills in the user's defaults) */
export function atPath(path: string) {
	return (url: URL) => url.pathname === path;
}

/** a value of the app's `prefs` store in IndexedDB, read in the page (undefined when none) */
export async function readPref(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		(key) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('limber');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('prefs')) {
						db.close();
						resolve(undefined);
						return;
					}
					const get = db.transaction('prefs').objectStore('prefs').get(key);
					get.onsuccess = () => {
						db.close();
						resolve(get.result);
					};
					get.onerror = () => reject(new Error(String(get.error)));
				};
			}),
		key
	);
}

/** an `<img>` has loaded its picture (scrolled to first: the list icons load lazily) */
export async function expectImageLoaded(image: Locator) {
	await image.scrollIntoViewIfNeeded();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
}
