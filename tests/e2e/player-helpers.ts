import { expect, type Page } from '@playwright/test';
import { exerciseById } from '../../src/lib/catalogue';
import { positionAt } from '../../src/lib/player/engine';
import { buildTimeline, generateRoutine, routineQuery } from '../../src/lib/routine';
import type { Routine, RoutineRequest, Segment } from '../../src/lib/routine/types';

/** the instant Start is pressed: routine time is the clock's time since */
export const T0 = new Date('2026-11-24T09:00:00');

export function routineFor(request: Partial<RoutineRequest>) {
	const result = generateRoutine({ seed: 'e2e', ...request });
	if (!result.ok) throw new Error(result.error.message);
	return { routine: result.routine, timeline: buildTimeline(result.routine) };
}

/** the heading the player should show at routine time `ms` */
export function headingAt(timeline: Segment[], ms: number) {
	const { segment } = positionAt(timeline, ms);
	const name = exerciseById(segment?.exerciseId ?? '')?.name ?? 'Get ready';
	return segment?.side ? `${name} · ${segment.side} side` : name;
}

/** opens the routine with the clock stopped at T0, and starts it: routine time = clock − T0 */
export async function startRoutine(page: Page, routine: Routine) {
	await page.clock.install({ time: new Date(T0.getTime() - 60_000) });
	await page.goto(`/play?${routineQuery(routine.request)}`);
	await page.clock.pauseAt(T0);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
}

export const heading = (page: Page) => page.getByRole('heading', { level: 2 });

/**
 * plays a 10-minute stretch to 2:10 and reloads: the Resume card is shown. Returns the heading
 * the player had there, which Resume should show again
 */
export async function reloadMidRoutine(page: Page) {
	const { routine, timeline } = routineFor({ kind: 'stretch', minutes: 10 });
	await startRoutine(page, routine);
	await page.clock.runFor(130_000);
	const expected = headingAt(timeline, 130_000);
	await expect(heading(page)).toHaveText(expected);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Discard' })).toBeVisible();
	return expected;
}
