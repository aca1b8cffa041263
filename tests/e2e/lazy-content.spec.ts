// Issue 16: the exercises' texts and pictures load in modules of their own, for what a page
// shows. Each shows in the prerendered page where it can, says so when its module cannot load
// (offline before the app was cached), and has a Try again.
import { expect, test, type Page, type Route } from '@playwright/test';
import { exerciseById } from '../../src/lib/catalogue';
import { ALL_TEXTS } from '../../src/lib/catalogue/texts/all';
import { heading, headingAt, reloadMidRoutine, routineFor } from './player-helpers';

// the page's own requests, not the service worker's: these tests make some of them fail
test.use({ serviceWorkers: 'block' });

const birdDog = ALL_TEXTS['bird-dog'];

/** scripts whose text contains `marker` fail, as if offline; returns how to let them through */
async function refuseScriptsWith(page: Page, marker: string) {
	const handler = async (route: Route) => {
		const response = await route.fetch();
		if ((await response.text()).includes(marker)) await route.abort('internetdisconnected');
		else await route.fulfill({ response });
	};
	await page.route('**/_app/immutable/**', handler);
	return () => page.unroute('**/_app/immutable/**', handler);
}

/** the routines in progress, as stored in IndexedDB */
function activeSlots(page: Page): Promise<unknown[]> {
	return page.evaluate(
		() =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('limber');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction('active').objectStore('active').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result);
					};
					all.onerror = () => reject(new Error(String(all.error)));
				};
			})
	);
}

test("an exercise's page is prerendered with its steps and picture", async ({ request }) => {
	const html = await (await request.get('/exercises/bird-dog')).text();
	for (const step of birdDog?.steps ?? ['(no steps)']) expect(html).toContain(step);
	expect(html).toContain(birdDog?.cue ?? '(no cue)');
	// the picture is drawn in the page, not only after its script
	expect(html).toMatch(/aria-label="Bird dog, arm and leg"[^>]*>[\s\S]*?<path/);
});

test("an exercise's steps that cannot load say so, and Try again shows them", async ({ page }) => {
	await page.goto('/exercises');
	await expect(page.getByRole('list', { name: 'Exercises' })).toBeVisible();
	// the core moves' texts fail to load: the next page's load cannot find bird dog's steps
	const allow = await refuseScriptsWith(page, birdDog?.steps[0] ?? '(no steps)');
	await page.getByRole('link', { name: 'Bird dog, arm and leg' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bird dog, arm and leg');
	await expect(page.getByRole('alert')).toHaveText(/The instructions could not load/);
	await expect(page.getByText(birdDog?.cue ?? '(no cue)')).toHaveCount(0);
	await allow();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: birdDog?.steps[1] })).toBeVisible();
	await expect(page.getByText(birdDog?.cue ?? '(no cue)')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the player has the first exercise\'s "How to do it" as soon as it starts', async ({
	page
}) => {
	const { routine } = routineFor({ kind: 'core', minutes: 10 });
	const first = ALL_TEXTS[routine.items[0]?.exerciseId ?? ''];
	await page.goto(`/play?kind=core&min=10&seed=e2e`);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByText('How to do it').click();
	await expect(page.getByText(first?.cue ?? '(no cue)')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});

test("the player's instructions that cannot load say so, and Try again shows them", async ({
	page
}) => {
	const { routine } = routineFor({ kind: 'core', minutes: 10 });
	const id = routine.items[0]?.exerciseId ?? '';
	const first = ALL_TEXTS[id];
	const allow = await refuseScriptsWith(page, first?.steps[0] ?? '(no steps)');
	await page.goto(`/play?kind=core&min=10&seed=e2e`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(exerciseById(id)?.name ?? id);
	await page.getByText('How to do it').click();
	await expect(page.getByRole('alert')).toHaveText(/The instructions could not load/);
	await allow();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByText(first?.cue ?? '(no cue)')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test("a plan's icon that cannot load leaves its exercise's name", async ({ page }) => {
	const { routine } = routineFor({ kind: 'core', minutes: 10 });
	const id = routine.items[0]?.exerciseId ?? '';
	const name = exerciseById(id)?.name ?? id;
	// the icons are image files: one that fails shows its name, and nothing else is affected
	await page.route(`**/figures/${id}.svg`, (route) => route.abort('internetdisconnected'));
	await page.goto('/plan?kind=core&min=10&seed=e2e');
	const list = page.getByRole('list', { name: 'Planned exercises' });
	const icon = list.getByRole('img', { name, exact: true }).first();
	await expect(icon).toBeVisible();
	await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
	expect(await icon.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
	await expect(list.getByRole('link', { name, exact: true }).first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test("the plan's Swap loads its code when pressed; when it cannot, it says so, and Try again swaps", async ({
	page
}) => {
	// the swap code's own message: in its chunk only
	const marker = 'There is no other exercise to swap in here.';
	const loads: string[] = [];
	let offline = false;
	await page.route('**/_app/immutable/**', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes(marker)) {
			loads.push(route.request().url());
			if (offline) return route.abort('internetdisconnected');
		}
		await route.fulfill({ response });
	});
	await page.goto('/plan?kind=stretch&min=10&seed=swap');
	const list = page.getByRole('list', { name: 'Planned exercises' });
	const names = () => list.getByRole('link').allTextContents();
	await expect(list.getByRole('listitem')).not.toHaveCount(0);
	const before = await names();
	await page.waitForLoadState('networkidle');
	// the plan shows without it
	expect(loads).toEqual([]);

	offline = true;
	await page.getByRole('button', { name: /^Swap/ }).nth(2).click();
	await expect(page.getByRole('alert')).toHaveText(/The swaps could not load/);
	// the message is above the list: focus goes to its Try again
	await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
	expect(loads).toHaveLength(1);
	expect(page.url()).not.toContain('swap=');
	expect(await names()).toEqual(before);

	offline = false;
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page).toHaveURL(/swap=2/);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect.poll(async () => (await names())[2]).not.toBe(before[2]);
	// loaded now: the next Swap needs nothing more
	await page.getByRole('button', { name: /^Swap/ }).nth(0).click();
	await expect(page).toHaveURL(/swap=2,0/);
	expect(loads).toHaveLength(2);
});

test('a plan link with swaps waits for the swap code, then shows the swapped routine', async ({
	page
}) => {
	const { routine } = routineFor({ kind: 'stretch', minutes: 10, seed: 'swap' });
	await page.goto('/plan?kind=stretch&min=10&seed=swap&swap=2');
	const list = page.getByRole('list', { name: 'Planned exercises' });
	await expect(list.getByRole('listitem')).toHaveCount(routine.items.length);
	const names = await list.getByRole('link').allTextContents();
	expect(names[2]).not.toBe(exerciseById(routine.items[2]?.exerciseId ?? '')?.name);
	expect(names.filter((_, i) => i !== 2)).toEqual(
		routine.items.filter((_, i) => i !== 2).map((i) => exerciseById(i.exerciseId)?.name)
	);
	await expect(page.getByRole('link', { name: 'Start' })).toHaveAttribute('href', /swap=2$/);
});

test("the ready screen does not load the player's code; pointing at Start begins it", async ({
	page
}) => {
	// the player screen's script, told by a text only it has
	let playerLoaded = false;
	page.on('response', async (response) => {
		if (!response.url().includes('/_app/immutable/')) return;
		if ((await response.text()).includes('Time left in this step')) playerLoaded = true;
	});
	await page.goto('/play?kind=core&min=10&seed=e2e');
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(playerLoaded).toBe(false);
	await page.getByRole('button', { name: 'Start' }).hover();
	await expect.poll(() => playerLoaded).toBe(true);
	// only loaded: nothing starts before the tap
	await expect(page.getByRole('timer')).toHaveCount(0);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
});

test("the player's code that cannot load says so, stores nothing, and Try again starts", async ({
	page
}) => {
	const { timeline } = routineFor({ kind: 'core', minutes: 10 });
	await page.goto('/play?kind=core&min=10&seed=e2e');
	await expect(page.getByRole('heading', { name: 'Core, 10 min' })).toBeVisible();
	// the ready screen is there; from now on no script loads (the player's among them)
	const refuse = (route: Route) => route.abort('internetdisconnected');
	await page.route('**/_app/immutable/**', refuse);
	await page.getByRole('radio', { name: '3' }).check();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('alert')).toHaveText(/The player could not load/);
	await expect(page.getByRole('timer')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
	// nothing was stored: a reload would offer no Resume
	expect(await activeSlots(page)).toEqual([]);
	await page.unroute('**/_app/immutable/**', refuse);
	await page.getByRole('button', { name: 'Try again' }).click();
	const timer = page.getByRole('timer');
	await expect(timer).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(headingAt(timeline, 0));
	// it runs: the time left moves on
	const shown = await timer.textContent();
	await expect(timer).not.toHaveText(shown ?? '');
});

test('a Resume whose code cannot load says so and keeps the routine; Try again resumes it', async ({
	page
}) => {
	const expected = await reloadMidRoutine(page);
	// the Resume card is there; from now on no script loads (the player's among them)
	const refuse = (route: Route) => route.abort('internetdisconnected');
	const saved = await activeSlots(page);
	expect(saved).toHaveLength(1);
	await page.route('**/_app/immutable/**', refuse);
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(page.getByRole('alert')).toHaveText(/The player could not load/);
	await expect(page.getByRole('timer')).toHaveCount(0);
	// still offered, as it was stored
	await expect(page.getByRole('button', { name: 'Discard' })).toBeVisible();
	expect(await activeSlots(page)).toEqual(saved);
	await page.unroute('**/_app/immutable/**', refuse);
	await page.getByRole('button', { name: 'Try again' }).click();
	// back where it stopped, paused until the user resumes
	await expect(heading(page)).toHaveText(expected);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});
