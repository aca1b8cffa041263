/**
 * "Don't show this again" and Settings' "Exercises I don't want" (issue 14), in real Chromium
 * with real IndexedDB: avoided on the plan page, gone from the plan, from Today's routine and
 * its Start link after a reload, listed in Settings, and restored there.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exerciseById } from '../../src/lib/catalogue';
import { routineFor, startRoutine } from './player-helpers';

// one of McGill's big three: every beginner daily routine has it
const ID = 'mcgill-curl-up';
const NAME = exerciseById(ID)!.name;

/** no WCAG 2.1 A/AA violations on the page as it is, in light and in dark */
async function axeClean(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target)}`)
		).toEqual([]);
	}
}

const planned = (page: Page) =>
	page.getByRole('list', { name: 'Planned exercises' }).getByRole('listitem');

test("Don't show again on the plan: gone from the plan and Today, listed in Settings, restored", async ({
	page
}) => {
	// a bare /plan is today's daily routine from the settings, as Today's Start plays it
	await page.goto('/plan');
	await expect(planned(page).getByRole('link', { name: NAME, exact: true })).toBeVisible();

	await page.getByRole('button', { name: `Don't show ${NAME} again` }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `Won't be suggested again: ${NAME}.` })
	).toBeVisible();
	await expect(planned(page).getByRole('link', { name: NAME, exact: true })).toHaveCount(0);
	// focus on the exercise now in its place, not on a button that names another one
	const focused = page.locator(':focus');
	await expect(planned(page).getByRole('link').and(focused)).toHaveCount(1);
	await expect(page.getByRole('button', { name: /^Don't show/ }).and(focused)).toHaveCount(0);
	// the plan made again without it, to the same minute, and the URL is what is on screen
	await expect(page).toHaveURL(new RegExp(`[?&]avoid=${ID}(&|$)`));
	await expect(planned(page).first()).toBeVisible();
	await expect(page.locator('.total')).toHaveText(/25:00$/);
	await axeClean(page);

	await page.reload();
	await expect(planned(page).first()).toBeVisible();
	await expect(planned(page).getByRole('link', { name: NAME, exact: true })).toHaveCount(0);

	// Today: its Start link and its list of exercises leave it out
	await page.goto('/');
	const start = page.getByRole('link', { name: "Start today's routine" });
	await expect(start).toHaveAttribute('href', new RegExp(`[?&]avoid=${ID}(&|$)`));
	await page.getByRole('button', { name: 'Exercises', exact: true }).click();
	const todays = page.getByRole('list', { name: "Today's exercises" });
	await expect(todays.getByRole('listitem').first()).toBeVisible();
	await expect(todays.getByRole('link', { name: NAME, exact: true })).toHaveCount(0);
	// and so does the routine Start plays
	await start.click();
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	await expect(page.getByText('Total 25:00')).toBeVisible();

	// Settings lists it by name, with Restore
	await page.goto('/settings');
	const section = page.getByRole('region', { name: "Exercises I don't want" });
	const avoided = section.getByRole('list', { name: "Exercises I don't want" });
	await expect(avoided.getByRole('listitem')).toHaveCount(1);
	await expect(avoided.getByRole('link', { name: NAME, exact: true })).toBeVisible();
	await axeClean(page);
	await section.getByRole('button', { name: `Restore ${NAME}` }).click();
	await expect(section.getByRole('status')).toHaveText(`Back in your routines: ${NAME}.`);
	await expect(avoided).toHaveCount(0);
	await expect(section.getByText(/every exercise can come up/)).toBeVisible();

	// restored for good: after a reload too, and Today's Start leaves nothing out
	await page.reload();
	await expect(section.getByText(/every exercise can come up/)).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: "Start today's routine" })).not.toHaveAttribute(
		'href',
		/avoid=/
	);
});

test("Don't show again in the player: remembered for next time, this routine goes on as it is", async ({
	page
}) => {
	const { routine } = routineFor({ kind: 'core', minutes: 10 });
	await startRoutine(page, routine);
	await page.clock.runFor(12_000);
	const name = (await page.getByRole('heading', { level: 2 }).textContent())!.split(' · ')[0]!;
	const id = routine.items.map((i) => i.exerciseId).find((e) => exerciseById(e)?.name === name);
	expect(id).toBeDefined();

	const never = page.getByRole('button', { name: `Don't show ${name} again` });
	await expect(never).toHaveAttribute('aria-pressed', 'false');
	await never.click();
	await expect(never).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: `Won't be suggested again: ${name}. This routine carries on as planned.` })
	).toBeVisible();
	// the same routine plays on, to its exact total
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${name}`));
	await page.clock.runFor(routine.totalSec * 1000);
	await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
	await expect(page.getByText('10:00 of 10:00 done')).toBeVisible();

	await page.goto('/settings');
	const section = page.getByRole('region', { name: "Exercises I don't want" });
	await expect(section.getByRole('button', { name: `Restore ${name}` })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: "Start today's routine" })).toHaveAttribute(
		'href',
		new RegExp(`[?&]avoid=${id}(&|$)`)
	);
});
