/**
 * Easier and Harder while playing (issue 14), and the pain before Start: in Node, real storage
 * over fake-indexeddb, fake browser adapters.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routineQuery } from '$lib/routine';
import { variantOf } from '$lib/routine/variant';
import type { RoutineRequest } from '$lib/routine/types';
import { freshDB } from '$lib/storage/fixtures';
import { closeLimberDB } from '$lib/storage/connection';
import { getSession } from '$lib/storage/sessions';
import { fakeBrowser, type FakeBrowser } from './adapters/fakes';
import { PlayPage } from './play.svelte';

const CORE: Partial<RoutineRequest> = {
	kind: 'core',
	level: 'intermediate',
	minutes: 15,
	seed: 'variant'
};

const opened: PlayPage[] = [];

async function open(request: Partial<RoutineRequest>) {
	const browser = fakeBrowser();
	const play = new PlayPage({ adapters: browser.adapters });
	opened.push(play);
	await play.load(new URLSearchParams(routineQuery(request)));
	return { play, browser };
}

function playFor(browser: FakeBrowser, ms: number) {
	for (let left = ms; left > 0; left -= 1000) browser.advance(Math.min(1000, left));
}

beforeEach(async () => {
	await freshDB();
});

afterEach(async () => {
	for (const play of opened.splice(0)) {
		play.destroy();
		await play.session?.settled();
	}
	await closeLimberDB();
});

describe('Easier and Harder in the player', () => {
	it('swap the current exercise in the same time, and count it as too hard', async () => {
		const { play, browser } = await open(CORE);
		await play.start(3);
		const s = play.session!;
		// on to the first exercise that has an easier version
		const index = s.routine.items.findIndex((_, i) => variantOf(s.routine, i, 'easier'));
		expect(index).toBeGreaterThan(0);
		while ((s.player.position.segment?.itemIndex ?? -1) < index) playFor(browser, 5_000);
		const before = s.player.position.overallElapsedMs;
		const total = s.player.position.totalMs;
		const old = s.routine.items[index]!.exerciseId;
		const easier = variantOf(s.routine, index, 'easier')!.id;

		expect(s.swapVariant('easier')).toBe(true);
		expect(s.routine.items[index]!.exerciseId).toBe(easier);
		expect(s.player.position.totalMs).toBe(total);
		expect(s.player.position.overallElapsedMs).toBe(before);
		expect(s.player.position.segment?.exerciseId).toBe(easier);

		playFor(browser, total);
		await vi.waitFor(() => expect(s.save.status).toBe('saved'));
		const stored = await getSession(s.id);
		expect(stored?.feedback).toEqual({ [old]: 'too-hard' });
		expect(stored?.painBefore).toBe(3);
		expect(stored?.plannedSec).toBe(15 * 60);
	});

	it('do nothing where there is no such version', async () => {
		const { play } = await open(CORE);
		await play.start();
		const s = play.session!;
		// the get-ready countdown leads into the cat-camel, which has no easier version here
		const first = s.routine.items[0]!;
		expect(variantOf(s.routine, 0, 'easier')).toBeUndefined();
		expect(s.swapVariant('easier')).toBe(false);
		expect(s.routine.items[0]).toBe(first);
	});
});
