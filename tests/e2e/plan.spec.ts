import { expect, test, type Page, type Route } from '@playwright/test';

const names = (page: Page) =>
	page
		.getByRole('list', { name: 'Planned exercises' })
		.getByRole('listitem')
		.getByRole('link')
		.allTextContents();
/** the routine's total as shown, m:ss (the element also holds a hidden "Total time" label) */
const total = (page: Page) => page.locator('.total');

test('a routine URL shows that routine: its total and its exercises', async ({ page }) => {
	await page.goto('/plan?kind=stretch&min=10&level=beginner&back=1&eq=mat&seed=abc');
	await expect(total(page)).toHaveText(/10:00$/);
	const list = await names(page);
	expect(list.length).toBeGreaterThanOrEqual(9);
	// the form shows the request
	await expect(page.getByLabel('Routine', { exact: true })).toHaveValue('stretch');
	await expect(page.getByLabel('Minutes')).toHaveValue('10');
	await expect(page.getByLabel('Level')).toHaveValue('beginner');
	await expect(page.getByLabel('Back-friendly')).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Equipment' }).getByRole('checkbox', { name: 'Mat' })
	).toBeChecked();

	// the same URL gives the same routine
	await page.reload();
	await expect(total(page)).toHaveText(/10:00$/);
	expect(await names(page)).toEqual(list);
});

test('changing the form changes the URL and the routine, to the exact minute', async ({ page }) => {
	await page.goto('/plan?kind=core&min=10&seed=xyz');
	await expect(total(page)).toHaveText(/10:00$/);
	await page.getByLabel('Minutes').fill('12');
	await page.getByLabel('Minutes').press('Enter');
	await expect(page).toHaveURL(/min=12/);
	await expect(total(page)).toHaveText(/12:00$/);
	await page.getByLabel('Routine', { exact: true }).selectOption('warmup');
	await expect(page).toHaveURL(/kind=warmup/);
	await expect(total(page)).toHaveText(/5:00$/);
});

test('Shuffle changes the routine and keeps the total', async ({ page }) => {
	await page.goto('/plan?kind=stretch&min=15&seed=one');
	await expect(total(page)).toHaveText(/15:00$/);
	const before = await names(page);
	const seeds = new Set<string>();
	let changed = false;
	// a shuffle may by chance pick the same set; a few tries must change it
	for (let i = 0; i < 5 && !changed; i++) {
		await page.getByRole('button', { name: 'Shuffle' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('seed')).not.toBe('one');
		seeds.add(new URL(page.url()).searchParams.get('seed') ?? '');
		await expect(total(page)).toHaveText(/15:00$/);
		changed = JSON.stringify(await names(page)) !== JSON.stringify(before);
	}
	expect(changed).toBe(true);
});

test('Swap replaces one exercise and keeps the total; the URL keeps the swap', async ({ page }) => {
	await page.goto('/plan?kind=stretch&min=10&seed=swap');
	await expect(total(page)).toHaveText(/10:00$/);
	const before = await names(page);
	await page.getByRole('button', { name: /^Swap/ }).nth(2).click();
	await expect(page).toHaveURL(/swap=2/);
	await expect.poll(async () => (await names(page))[2]).not.toBe(before[2]);
	const after = await names(page);
	expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
	await expect(total(page)).toHaveText(/10:00$/);

	// Start plays exactly this routine
	const start = page.getByRole('link', { name: 'Start' });
	await expect(start).toHaveAccessibleName('Start this routine');
	await expect(start).toHaveAttribute('href', /swap=2/);
	await page.reload();
	// the routine is built in the browser after load: wait for it
	await expect.poll(() => names(page)).toEqual(after);
});

test('a malformed routine URL falls back to defaults and says so', async ({ page }) => {
	await page.goto('/plan?kind=yoga&min=banana&level=expert&eq=trampoline');
	await expect(page.getByRole('list', { name: 'Notes about this link' })).toBeVisible();
	await expect(page.getByLabel('Routine', { exact: true })).toHaveValue('daily');
	await expect(total(page)).toHaveText(/25:00$/);
});

test('a request that cannot be met gets a clear message', async ({ page }) => {
	// from a link, too few minutes are raised to the least that works, and the page says so
	await page.goto('/plan?kind=core&min=2&seed=s');
	await expect(page.getByRole('list', { name: 'Notes about this link' })).toContainText(/core/i);
	await expect(page.getByLabel('Minutes')).not.toHaveValue('2');
	// a core routine with no mat is built from standing moves
	await page
		.getByRole('group', { name: 'Equipment' })
		.getByRole('checkbox', { name: 'Mat' })
		.uncheck();
	await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
	// a stretch without bending forward or twisting, and only a mat, has nothing for the glutes:
	// the form says which option to lift instead of showing a routine
	await page.goto('/plan?kind=stretch&min=10&eq=mat&seed=s');
	const leaveOut = page.getByRole('group', { name: 'Leave out' });
	await leaveOut.getByRole('checkbox', { name: 'Bending forward' }).check();
	await leaveOut.getByRole('checkbox', { name: 'Twisting' }).check();
	await expect(page.getByRole('alert')).toContainText(/glutes.*"Bending forward" or "Twisting"/i);
	await expect(page.getByRole('link', { name: 'Start' })).toHaveCount(0);
});

test('Today shows the daily routine with its total and Start', async ({ page }) => {
	await page.goto('/');
	await expect(total(page)).toHaveText(/\d+:\d\d$/);
	// the contract: a name that begins with Start; this one says what starts (link-text audit)
	const start = page.getByRole('link', { name: /^Start/ });
	await expect(start).toHaveAccessibleName("Start today's routine");
	await expect(start).toHaveAttribute('href', /^\/play\?.*kind=daily/);
	await expect(page.getByRole('link', { name: 'Adjust' })).toHaveAttribute(
		'href',
		(await start.getAttribute('href'))?.replace('/play', '/plan') ?? ''
	);
	// the list of exercises loads on request, and stays open on the next visit
	const toggle = page.getByRole('button', { name: 'Exercises' });
	const list = page.getByRole('list', { name: "Today's exercises" });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(list).toHaveCount(0);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(list.getByRole('listitem')).not.toHaveCount(0);
	await page.reload();
	await expect(list.getByRole('listitem')).not.toHaveCount(0);
	await page.getByRole('button', { name: 'Exercises' }).click();
	await expect(list).toHaveCount(0);

	await page.getByRole('link', { name: /Stretch, 10 min/ }).click();
	await expect(page).toHaveURL(/\/plan\?kind=stretch&min=10/);
	await expect(total(page)).toHaveText(/10:00$/);
});

test('Today lists the same routine that Start plays', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Exercises' }).click();
	const names = page.getByRole('list', { name: "Today's exercises" }).getByRole('link');
	await expect(names).not.toHaveCount(0);
	const listed = await names.allTextContents();
	await page.getByRole('link', { name: 'Adjust' }).click();
	await expect(page).toHaveURL(/\/plan\?/);
	const planned = page.getByRole('list', { name: 'Planned exercises' }).getByRole('link');
	await expect(planned).toHaveText(listed);
});

test('when the settings make no routine, Today, the player and the plan say why', async ({
	page
}) => {
	// leaving out both bending forward and twisting leaves no stretch for the glutes
	await page.goto('/settings');
	await page.getByRole('checkbox', { name: 'Bending forward' }).check();
	await page.getByRole('checkbox', { name: 'Twisting' }).check();
	// saved once a reload shows it (a navigation may cut off a write still in progress)
	await expect(async () => {
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Twisting' })).toBeChecked({ timeout: 1000 });
	}).toPass();
	await page.goto('/');
	await page.getByRole('button', { name: 'Exercises' }).click();
	await expect(page.getByRole('alert')).toContainText(/glutes/i);
	await page.getByRole('link', { name: /^Start/ }).click();
	await expect(page.getByRole('alert')).toContainText(/glutes/i);
	await page.getByRole('link', { name: 'Change it on the plan page' }).click();
	await expect(page).toHaveURL(/\/plan\?kind=daily&.*without=flexion,rotation/);
	await expect(page.getByRole('alert')).toContainText(/"Twisting"/);
	await page
		.getByRole('group', { name: 'Leave out' })
		.getByRole('checkbox', { name: 'Twisting' })
		.uncheck();
	await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
});

test("when Today's list cannot load, it says so and can try again", async ({ page }) => {
	await page.goto('/');
	await expect(total(page)).toHaveText(/\d+:\d\d$/);
	// the first visit's scripts are in; anything loaded from now on fails, as if offline
	const refuse = (route: Route) => route.abort('internetdisconnected');
	await page.route('**/_app/immutable/**', refuse);
	await page.getByRole('button', { name: 'Exercises' }).click();
	await expect(page.getByRole('alert')).toContainText('could not be loaded');
	await page.unroute('**/_app/immutable/**', refuse);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(
		page.getByRole('list', { name: "Today's exercises" }).getByRole('listitem')
	).not.toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
