/**
 * The player against ordinary life (issue 15): a device clock that jumps, two tabs, and a
 * routine changed with Swap on the plan page. Playwright's clock moves the page's time:
 * `runFor` moves the monotonic clock and the wall clock together, firing timers;
 * `setSystemTime` moves only the wall clock, as a phone correcting its time does.
 */
import { expect, test, type Page } from '@playwright/test';
import { exerciseById } from '../../src/lib/catalogue';
import { exerciseGroups, positionAt } from '../../src/lib/player/engine';
import { buildTimeline, formatDuration, routineQuery } from '../../src/lib/routine';
import { routineWithSwaps } from '../../src/lib/plan/url';
import { variantOf } from '../../src/lib/routine/variant';
import type { Routine, Segment } from '../../src/lib/routine/types';
import { heading, headingAt, routineFor, startRoutine, T0 } from './player-helpers';

const DAY = 86_400_000;

/** what the timer shows at routine time `ms`: the time left in the step */
function timerAt(timeline: Segment[], ms: number) {
	return formatDuration(Math.ceil(positionAt(timeline, ms).remainingMs / 1000));
}

const wellDone = (page: Page) => page.getByRole('heading', { name: 'Well done' });
const nameOf = (routine: Routine, i: number) =>
	exerciseById(routine.items[i]?.exerciseId ?? '')?.name ?? '';

test('the clock jumping forward does not complete the routine, nor back rewind it', async ({
	page
}) => {
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	const first = exerciseGroups(timeline)[0];
	if (!first) throw new Error('no exercise');
	await startRoutine(page, routine);
	const at = first.endMs + 5_000;
	await page.clock.runFor(at);
	await expect(heading(page)).toHaveText(headingAt(timeline, at));

	// a day forwards: it plays on from where it was, not to the end
	await page.clock.setSystemTime(T0.getTime() + at + DAY);
	await page.clock.runFor(1_000);
	await expect(page.getByRole('timer')).toHaveText(timerAt(timeline, at + 1_000));
	await expect(wellDone(page)).toHaveCount(0);

	// two days back: not to the start
	await page.clock.setSystemTime(T0.getTime() - DAY);
	await page.clock.runFor(1_000);
	await expect(page.getByRole('timer')).toHaveText(timerAt(timeline, at + 2_000));
	await expect(heading(page)).toHaveText(headingAt(timeline, at + 2_000));

	// End records what was done, with its real length
	await page.getByRole('button', { name: 'End' }).click();
	await expect(page.getByRole('heading', { name: 'Well done — session saved' })).toBeVisible();
	await expect(
		page.getByText(
			`${formatDuration(Math.floor((at + 2_000) / 1000))} of 10:00 done · 1 exercise`,
			{
				exact: true
			}
		)
	).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	const item = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('Partial');
});

test('two tabs play two routines: each keeps its own slot and both are recorded', async ({
	page,
	context
}) => {
	const stretch = routineFor({ kind: 'stretch', minutes: 10 }).routine;
	const warmup = routineFor({ kind: 'warmup', minutes: 5 }).routine;
	await startRoutine(page, stretch);
	await page.clock.runFor(12_000);

	// a second tab on /play: the first tab's routine is shown as playing there, not offered
	const other = await context.newPage();
	await other.goto('/play');
	await expect(other.getByText('is playing in another tab')).toBeVisible();
	await expect(other.getByRole('button', { name: 'Resume' })).toHaveCount(0);
	await expect(other.getByRole('button', { name: 'Discard' })).toHaveCount(0);

	// it plays a routine of its own
	await other.goto(`/play?${routineQuery(warmup.request)}`);
	await expect(other.getByText('is playing in another tab')).toBeVisible();
	await other.getByRole('button', { name: 'Start' }).click();
	await expect(other.getByRole('timer')).toBeVisible();

	// the first tab plays on undisturbed; both reach the end
	await page.clock.runFor(stretch.totalSec * 1000);
	await expect(wellDone(page)).toBeVisible();
	await expect(wellDone(other)).toBeVisible();
	for (const tab of [page, other]) {
		await expect(
			tab.getByRole('status').filter({ hasText: 'Saved to your history' })
		).toBeVisible();
	}
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(2);
	// nothing is left to resume in either tab
	await other.goto('/play');
	await expect(other.getByRole('button', { name: 'Start' })).toBeVisible();
	await expect(other.getByRole('button', { name: 'Resume' })).toHaveCount(0);
	await expect(other.getByText('is playing in another tab')).toHaveCount(0);
});

test('a swap made on the plan page is played, recorded, and replayed from History', async ({
	page
}) => {
	const { routine: plain } = routineFor({ kind: 'stretch', minutes: 10 });
	// the first exercise after the first that Swap changes
	const swaps = plain.items.map((_, i) => routineWithSwaps(plain.request, [i]));
	const at = swaps.findIndex(
		(s, i) => i > 0 && s.result.ok && nameOf(s.result.routine, i) !== nameOf(plain, i)
	);
	const result = swaps[at]?.result;
	if (!result?.ok) throw new Error('no exercise to swap');
	const swapped = result.routine;

	await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
	await page.goto(`/plan?${routineQuery(plain.request)}`);
	await page.getByRole('button', { name: `Swap ${nameOf(plain, at)}` }).click();
	await expect(page.getByRole('button', { name: `Swap ${nameOf(swapped, at)}` })).toBeVisible();
	await page.getByRole('link', { name: 'Start' }).click();
	await expect(page).toHaveURL(new RegExp(`swap=${at}$`));
	await page.clock.pauseAt(T0);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	const start = exerciseGroups(buildTimeline(swapped)).find((g) => g.itemIndex === at);
	await page.clock.runFor((start?.startMs ?? 0) + 1_000);
	await expect(heading(page)).toContainText(nameOf(swapped, at));
	await page.clock.runFor(swapped.totalSec * 1000);
	await expect(wellDone(page)).toBeVisible();
	await page.getByText('What you did').click();
	await expect(page.getByRole('listitem').filter({ hasText: nameOf(swapped, at) })).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();

	// History's Play again plays exactly that again
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	const item = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
	await item.getByText('Details').click();
	await item.getByRole('link', { name: /^Play again/ }).click();
	await expect(page).toHaveURL(new RegExp(`/play\\?.*swap=${at}$`));
	await page.getByRole('button', { name: 'Start' }).click();
	for (let i = 0; i < at; i++) await page.getByRole('button', { name: 'Next' }).click();
	await expect(heading(page)).toContainText(nameOf(swapped, at));
});

test('reopened an hour later, a routine is offered paused where it stopped, not fast-forwarded', async ({
	page
}) => {
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	// well inside a long step after the first, so "where it stopped" is one heading whatever
	// the last save, with an exercise done before it
	const long = exerciseGroups(timeline).find((g, i) => i > 0 && g.endMs - g.startMs > 40_000);
	if (!long) throw new Error('no long exercise');
	const at = (long.firstWorkMs ?? long.startMs) + 12_000;
	await startRoutine(page, routine);
	await page.clock.runFor(at);
	await expect(heading(page)).toHaveText(headingAt(timeline, at));
	// the tab is left and its page closed; the clock moves on an hour before it is opened again
	await page.goto('/about');
	await page.clock.setSystemTime(T0.getTime() + at + 3_600_000);
	await page.goto(`/play?${routineQuery(routine.request)}`);
	const before = exerciseGroups(timeline).filter((g) => g.endMs <= long.startMs).length;
	await expect(page.getByText(/Pick it up where you left off/)).toContainText(
		before === 1 ? '1 exercise done' : `${before} exercises done`
	);
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(heading(page)).toHaveText(headingAt(timeline, at));
	await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	await page.clock.runFor(5_000);
	await expect(heading(page)).toHaveText(headingAt(timeline, at));
	await expect(wellDone(page)).toHaveCount(0);
});

/** the finished sessions in the page's IndexedDB, as stored */
function storedSessions(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open('limber');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const get = open.result.transaction('sessions').objectStore('sessions').getAll();
					get.onsuccess = () => {
						open.result.close();
						resolve(get.result as Record<string, unknown>[]);
					};
					get.onerror = () => reject(new Error(String(get.error)));
				};
			})
	);
}

test('the pain before Start and an Easier swap survive a reload; Play again replays the swap', async ({
	page
}) => {
	const { routine, timeline } = routineFor({ kind: 'core', level: 'intermediate', minutes: 15 });
	const at = routine.items.findIndex((_, i) => variantOf(routine, i, 'easier'));
	const easier = variantOf(routine, at, 'easier');
	if (!easier) throw new Error('no exercise with an easier version');
	const old = nameOf(routine, at);
	const group = exerciseGroups(timeline).find((g) => g.itemIndex === at);

	await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
	await page.goto(`/play?${routineQuery(routine.request)}`);
	await page
		.getByRole('radiogroup', { name: /How is your back right now/ })
		.getByRole('radio', { name: '3', exact: true })
		.check();
	await page.clock.pauseAt(T0);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.runFor((group?.firstWorkMs ?? group?.startMs ?? 0) + 2_000);
	await expect(heading(page)).toContainText(old);
	await page.getByRole('button', { name: 'Easier' }).click();
	await expect(heading(page)).toContainText(easier.name);

	// a reload straight after: Resume plays the easier version, where it was
	await page.reload();
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(heading(page)).toContainText(easier.name);
	await page.getByRole('button', { name: 'Resume' }).click();
	await page.clock.runFor(routine.totalSec * 1000);
	await expect(wellDone(page)).toBeVisible();
	await expect(page.getByText('15:00 of 15:00 done')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();
	const [record] = await storedSessions(page);
	expect(record).toMatchObject({
		painBefore: 3,
		variants: [{ item: at, which: 'easier' }],
		feedback: { [routine.items[at]!.exerciseId]: 'too-hard' }
	});
	expect(record?.exercisesCompleted).toContain(easier.id);
	expect(record?.exercisesCompleted).not.toContain(routine.items[at]!.exerciseId);

	// History's Play again plays the easier version at once
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	const item = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
	await item.getByText('Details').click();
	await item.getByRole('link', { name: /^Play again/ }).click();
	await expect(page).toHaveURL(new RegExp(`/play\\?.*vary=e${at}$`));
	await page.getByRole('button', { name: 'Start' }).click();
	for (let i = 0; i < at; i++) await page.getByRole('button', { name: 'Next' }).click();
	await expect(heading(page)).toContainText(easier.name);
});
