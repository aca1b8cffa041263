import { expect, test } from '@playwright/test';
import { routineFor, startRoutine } from './player-helpers';

test('an open History shows a session recorded in another tab, without a reload', async ({
	context,
	page
}) => {
	const history = await context.newPage();
	await history.goto('/history');
	await expect(history.getByText('No sessions yet — start one from Today.')).toBeVisible();
	// a marker that survives only as long as the page is not reloaded
	await history.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

	// the other tab plays a short warm-up to the end
	const { routine } = routineFor({ kind: 'warmup', minutes: 3 });
	await startRoutine(page, routine);
	await page.clock.runFor(routine.totalSec * 1000);
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();

	const sessions = history.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
	await expect(sessions).toHaveCount(1);
	await expect(sessions.first()).toContainText('Warm-up, 3 min');
	await expect(history.getByRole('row', { name: /^All/ })).toContainText('1 ·');
	expect(await history.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
});
