/**
 * Easier and Harder while playing (issue 14), and the pain before Start: in Node, real storage
 * over fake-indexeddb, fake browser adapters.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateRoutine, routineQuery } from '$lib/routine';
import { replayHref } from '$lib/routine/replay';
import { variantOf } from '$lib/routine/variant';
import type { Routine, RoutineRequest } from '$lib/routine/types';
import { routineFromQuery } from '$lib/plan/url';
import { playFromQuery } from '$lib/plan/vary';
import { freshDB } from '$lib/storage/fixtures';
import { closeLimberDB } from '$lib/storage/connection';
import { getSession } from '$lib/storage/sessions';
import { listActive } from '$lib/storage/slots';
import { FakeTabs, fakeBrowser, type FakeBrowser } from './adapters/fakes';
import { PlayPage } from './play.svelte';
import type { PlaySession } from './session.svelte';

const CORE: Partial<RoutineRequest> = {
	kind: 'core',
	level: 'intermediate',
	minutes: 15,
	seed: 'variant'
};

const opened: PlayPage[] = [];

async function open(request: Partial<RoutineRequest>, tabs?: FakeTabs, extra = '') {
	const browser = fakeBrowser(tabs ? { tabs } : {});
	const play = new PlayPage({ adapters: browser.adapters });
	opened.push(play);
	await play.load(new URLSearchParams(routineQuery(request) + extra));
	return { play, browser };
}

/** plays on to the first item from `from` with a `which` version, and swaps it in */
function swapNext(s: PlaySession, browser: FakeBrowser, which: 'easier' | 'harder', from = 0) {
	const index = s.routine.items.findIndex((_, i) => i >= from && variantOf(s.routine, i, which));
	expect(index).toBeGreaterThanOrEqual(0);
	while ((s.player.position.segment?.itemIndex ?? -1) < index) playFor(browser, 1_000);
	const old = s.routine.items[index]!.exerciseId;
	expect(s.swapVariant(which)).toBe(true);
	return { index, old, now: s.routine.items[index]!.exerciseId };
}

const ids = (r: Routine) => r.items.map((i) => i.exerciseId);

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

describe('through a reload and a replay', () => {
	it('a reload mid-routine keeps the pain before and plays the swapped exercises', async () => {
		const tabs = new FakeTabs();
		const first = await open(CORE, tabs);
		await first.play.start(4);
		const s = first.play.session!;
		const easier = swapNext(s, first.browser, 'easier');
		const swapped = ids(s.routine);
		// saved at once, without waiting for the next checkpoint
		await s.settled();
		const [slot] = await listActive();
		expect(slot?.painBefore).toBe(4);
		expect(slot?.variants).toEqual([{ item: easier.index, which: 'easier' }]);
		expect(slot?.tooHard).toEqual([easier.old]);

		// reload: the tab goes, a new one opens the page
		s.destroy();
		first.browser.closeTab();
		const second = await open(CORE, tabs);
		const item = second.play.unfinished[0]!;
		expect(item.routine && ids(item.routine)).toEqual(swapped);
		await second.play.resume(item);
		const r = second.play.session!;
		expect(ids(r.routine)).toEqual(swapped);
		r.player.resume();
		// a second swap after the reload, further on
		const harder = variantOf(r.routine, easier.index + 1, 'harder')
			? swapNext(r, second.browser, 'harder', easier.index + 1)
			: null;
		playFor(second.browser, 15 * 60_000);
		await vi.waitFor(() => expect(r.save.status).toBe('saved'));
		const stored = await getSession(r.id);
		expect(stored?.painBefore).toBe(4);
		expect(stored?.exercisesCompleted).toContain(easier.now);
		expect(stored?.exercisesCompleted).not.toContain(easier.old);
		expect(stored?.feedback?.[easier.old]).toBe('too-hard');
		expect(stored?.variants?.[0]).toEqual({ item: easier.index, which: 'easier' });
		if (harder) {
			expect(stored?.variants?.[1]).toEqual({ item: harder.index, which: 'harder' });
			expect(stored?.feedback?.[harder.old]).toBe('too-easy');
		}
		expect(stored?.plannedSec).toBe(15 * 60);
	});

	it('Play again replays the Easier swap exactly as played, and records it again', async () => {
		const { play, browser } = await open(CORE);
		await play.start();
		const s = play.session!;
		const easier = swapNext(s, browser, 'easier');
		const played = ids(s.routine);
		playFor(browser, 15 * 60_000);
		await vi.waitFor(() => expect(s.save.status).toBe('saved'));
		const stored = (await getSession(s.id))!;
		expect(stored.variants).toEqual([{ item: easier.index, which: 'easier' }]);

		const href = replayHref(stored);
		expect(href).toContain(`vary=e${easier.index}`);
		const again = playFromQuery(new URL(href, 'http://x').searchParams);
		expect(again.warnings).toEqual([]);
		expect(again.result.ok && ids(again.result.routine)).toEqual(played);
		const plain = generateRoutine(CORE);
		expect(plain.ok && ids(plain.routine)).not.toEqual(played);
		// the plan page shows the request and its swaps: the player's changes are the player's
		const onPlan = routineFromQuery(new URL(href, 'http://x').searchParams);
		expect(onPlan.result.ok && onPlan.result.routine).toEqual(plain.ok && plain.routine);

		// played again from that link: the same exercises, and the swap kept for the next replay
		const replay = await open(CORE, undefined, `&vary=e${easier.index}`);
		expect(ids(replay.play.routine!)).toEqual(played);
		await replay.play.start();
		const r = replay.play.session!;
		playFor(replay.browser, 15 * 60_000);
		await vi.waitFor(() => expect(r.save.status).toBe('saved'));
		const second = (await getSession(r.id))!;
		expect(second.exercisesCompleted).toEqual(stored.exercisesCompleted);
		expect(second.variants).toEqual(stored.variants);
		// not pressed this time: nothing is marked too hard
		expect(second.feedback).toBeUndefined();
	});

	it('a link with a change that cannot be made says so and plays the rest', () => {
		const q = new URLSearchParams(routineQuery(CORE) + '&vary=e0,x9,h999');
		const r = playFromQuery(q);
		expect(r.variants).toEqual([]);
		expect(r.warnings).toContain('Ignored the change "x9": not an easier or harder exercise.');
		expect(r.warnings.filter((w) => /no (easier|harder) version/.test(w))).toHaveLength(2);
		expect(r.result.ok).toBe(true);
	});

	it('a link with more changes than a record keeps says it makes only the first ones', () => {
		const many = Array.from({ length: 60 }, () => 'x1').join(',');
		const r = playFromQuery(new URLSearchParams(routineQuery(CORE) + `&vary=${many}`));
		expect(r.warnings[0]).toBe('Only the first 50 easier or harder changes are made.');
		expect(r.warnings.filter((w) => w.startsWith('Ignored the change'))).toHaveLength(50);
	});
});
