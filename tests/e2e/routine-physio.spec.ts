import { expect, test } from '@playwright/test';
import { exercises } from '../../src/lib/catalogue';
import { routineFor, startRoutine } from './player-helpers';

const listed = (page: import('@playwright/test').Page) =>
	page
		.getByRole('list', { name: 'Planned exercises' })
		.getByRole('listitem')
		.getByRole('link')
		.allTextContents();

test('an 8-minute advanced core shows a routine, and says its pyramid is shortened', async ({
	page
}) => {
	await page.goto('/plan?kind=core&min=8&level=advanced&seed=e2e');
	await expect(page.locator('.total')).toHaveText(/8:00$/);
	expect((await listed(page)).length).toBeGreaterThanOrEqual(4);
	await expect(page.getByRole('list', { name: 'Notes about this link' })).toHaveCount(0);
	await expect(page.getByRole('list', { name: 'About this plan' })).toContainText(
		/pyramid is shortened to [\d-]+ repetitions\s+\(from\s+8-6-4\)/
	);
});

test('without the floor and with no equipment, the routine is all standing or seated', async ({
	page
}) => {
	await page.goto('/plan?kind=daily&min=25&eq=none&without=floor&seed=e2e');
	await expect(page.locator('.total')).toHaveText(/25:00$/);
	await expect(
		page.getByRole('group', { name: 'Leave out' }).getByRole('checkbox', {
			name: 'Getting down to the floor'
		})
	).toBeChecked();
	const names = await listed(page);
	expect(names.length).toBeGreaterThan(10);
	for (const name of names) {
		const e = exercises.find((x) => x.name === name);
		expect(e, name).toBeDefined();
		expect(['standing', 'seated'], name).toContain(e?.position);
		expect(e?.equipment, name).toEqual([]);
	}
	// the form changes the limit in the URL
	await page
		.getByRole('group', { name: 'Leave out' })
		.getByRole('checkbox', { name: 'Twisting' })
		.check();
	await expect(page).toHaveURL(/without=rotation,floor/);
});

test('the player paces a McGill exercise: "Rep 1 of …", then "Relax"', async ({ page }) => {
	const { routine, timeline } = routineFor({ kind: 'core', minutes: 10 });
	// the first held rep and the relax after it
	let at = 0;
	let holdAt = -1;
	let relaxAt = -1;
	for (const s of timeline) {
		if (holdAt < 0 && s.type === 'work' && s.rep === 1) holdAt = at;
		if (holdAt >= 0 && relaxAt < 0 && s.type === 'rest' && s.rep === 1) relaxAt = at;
		at += s.durationSec * 1000;
	}
	expect(holdAt).toBeGreaterThan(0);
	expect(relaxAt).toBeGreaterThan(holdAt);
	await startRoutine(page, routine);
	await page.clock.runFor(holdAt + 500);
	await expect(page.getByText(/^Rep 1 of \d+ — hold/)).toBeVisible();
	await page.clock.runFor(relaxAt - holdAt);
	await expect(page.getByText(/^Relax · set 1 of \d+$/)).toBeVisible();
	// and the cue says it
	await expect(page.getByRole('status').filter({ hasText: /^Relax$/ })).toBeVisible();
});
