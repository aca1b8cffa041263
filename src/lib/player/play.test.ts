/**
 * The play page's state in Node: real storage over fake-indexeddb, fake browser adapters
 * (clocks the test moves, a timer it fires, tabs that share resume slots).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTimeline, generateRoutine, routineQuery } from '$lib/routine';
import { replayHref } from '$lib/routine/replay';
import { routineFromQuery } from '$lib/plan/url';
import { playFromQuery } from '$lib/plan/vary';
import type { RoutineRequest } from '$lib/routine/types';
import { freshDB } from '$lib/storage/fixtures';
import { closeLimberDB } from '$lib/storage/connection';
import { clearActive, listActive, saveActive } from '$lib/storage/slots';
import { allSessions, getSession } from '$lib/storage/sessions';
import { getSettings, saveSettings } from '$lib/storage/settings';
import { DEFAULT_SETTINGS } from '$lib/progress/types';
import { FakeTabs, fakeBrowser, type FakeBrowser } from './adapters/fakes';
import { exerciseGroups, type ExerciseGroup } from './engine';
import { PlayPage, type LivePlayer } from './play.svelte';
import { CHECKPOINT_MS } from './player.svelte';
import { RESUME_CATCH_UP_MS } from './resume';
import { nameOf, PlaySession } from './session.svelte';

const STRETCH: Partial<RoutineRequest> = { kind: 'stretch', minutes: 10, seed: 'unit' };
const CORE: Partial<RoutineRequest> = { kind: 'core', minutes: 10, seed: 'unit' };

function routineOf(request: Partial<RoutineRequest>) {
	const result = generateRoutine(request);
	if (!result.ok) throw new Error(result.error.message);
	return result.routine;
}

function groupsOf(request: Partial<RoutineRequest>): readonly ExerciseGroup[] {
	return exerciseGroups(buildTimeline(routineOf(request)));
}

const params = (request: Partial<RoutineRequest>, extra = '') =>
	new URLSearchParams(routineQuery(request) + extra);

/** every page a test opened: closed after it, their writes done, before the next test */
const opened: PlayPage[] = [];

/** a tab with the play page open at `query` (the player's code from `loadPlayer`, if given) */
async function openTab(
	query: URLSearchParams,
	tabs = new FakeTabs(),
	fake?: FakeBrowser,
	loadPlayer?: () => Promise<LivePlayer>
) {
	const browser = fake ?? fakeBrowser({ tabs });
	const play = new PlayPage({ adapters: browser.adapters, loadPlayer });
	opened.push(play);
	await play.load(query);
	return { play, browser };
}

/** moves time on in steps of a second, the timer firing at each */
function playFor(browser: FakeBrowser, ms: number) {
	for (let left = ms; left > 0; left -= 1000) browser.advance(Math.min(1000, left));
}

function session(play: PlayPage): PlaySession {
	if (!play.session) throw new Error('nothing is playing');
	return play.session;
}

async function saved(play: PlayPage) {
	await vi.waitFor(() => expect(session(play).save.status).toBe('saved'));
	return session(play).record;
}

/** routine ms reached, from the player */
const at = (play: PlayPage) => session(play).player.position.overallElapsedMs;

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

describe('playing a routine', () => {
	it('plays to the end on the fake clocks and records it completed, in full', async () => {
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		const total = routineOf(STRETCH).totalSec;
		playFor(browser, total * 1000 - 1000);
		expect(session(play).record).toBeNull();
		playFor(browser, 1000);
		const record = await saved(play);
		expect(record?.status).toBe('completed');
		expect(record?.completedSec).toBe(total);
		expect(record?.exercisesCompleted).toEqual(routineOf(STRETCH).items.map((i) => i.exerciseId));
		expect(await getSession(record?.id ?? '')).toEqual(record);
		expect(await listActive()).toEqual([]);
		// the cues went through the adapters, and the timer stopped at the end
		expect(browser.spoken).toContain('Well done');
		expect(browser.wakeLog[0]).toBe('acquire');
		expect(browser.wakeLog.at(-1)).toBe('release');
		expect(browser.timers).toBe(0);
	});

	it('loads the Well done screen when play starts, not with the page', async () => {
		const { play } = await openTab(params(STRETCH));
		expect(play.summary).toBeNull();
		await play.start();
		await vi.waitFor(() => expect(play.summary?.SessionSummary).toBeTypeOf('function'));
	});
});

describe("the URL's routine", () => {
	it('is the one the swaps code makes, warnings and all, with swaps or without', async () => {
		const queries = [
			routineQuery(CORE),
			routineQuery(STRETCH) + '&swap=1',
			routineQuery(STRETCH) + '&vary=e0,h9',
			'kind=stretch&min=abc&level=expert',
			'kind=nope',
			'kind=core&min=10&swap=x',
			''
		];
		for (const query of queries) {
			const { play } = await openTab(new URLSearchParams(query));
			expect(play.fromUrl, query).toEqual(playFromQuery(new URLSearchParams(query)));
			expect(play.swapsFailed).toBe(false);
		}
	});
});

describe("the swaps' code, loaded for a routine that has swaps", () => {
	it('a link with swaps whose code cannot load says so; Try again shows its routine', async () => {
		let offline = true;
		const loadSwaps = async () => {
			if (offline) throw new TypeError('Failed to fetch dynamically imported module');
			return import('$lib/plan/vary');
		};
		const play = new PlayPage({ adapters: fakeBrowser().adapters, loadSwaps });
		opened.push(play);
		const query = params(STRETCH, '&swap=1');
		await play.load(query);
		expect(play.swapsFailed).toBe(true);
		expect(play.routine).toBeNull();
		await play.start();
		expect(play.session).toBeNull();
		offline = false;
		await play.readUrl(query);
		expect(play.swapsFailed).toBe(false);
		expect(play.fromUrl).toEqual(playFromQuery(query));
		expect(play.fromUrl?.swaps).toEqual([1]);
	});

	it('a routine to resume with swaps is offered once their code has loaded', async () => {
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH, '&swap=1'), tabs);
		await first.play.start();
		playFor(first.browser, 8000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
		const played = session(first.play).routine;
		session(first.play).destroy();
		first.browser.closeTab();

		let offline = true;
		const loadSwaps = async () => {
			if (offline) throw new TypeError('Failed to fetch dynamically imported module');
			return import('$lib/plan/vary');
		};
		const browser = fakeBrowser({ tabs });
		const play = new PlayPage({ adapters: browser.adapters, loadSwaps });
		opened.push(play);
		await play.load(new URLSearchParams());
		// listed, but not offered for Resume without the routine it was; the card says why
		expect(play.unfinished).toHaveLength(1);
		expect(play.unfinished[0]?.routine).toBeNull();
		expect(play.unfinished[0]?.codeMissing).toBe(true);
		offline = false;
		browser.fire();
		await vi.waitFor(() => expect(play.unfinished[0]?.routine).toEqual(played));
		expect(play.unfinished[0]?.codeMissing).toBe(false);
	});
});

describe("the unfinished routines' cards", () => {
	it('load only when there is one; when they cannot, the page says so and a refresh shows them', async () => {
		const tabs = new FakeTabs();
		let loads = 0;
		let offline = false;
		const loadCards = async () => {
			loads++;
			if (offline) throw new TypeError('Failed to fetch dynamically imported module');
			return (await import('$lib/components/UnfinishedRoutines.svelte')).default;
		};
		const open = async () => {
			const browser = fakeBrowser({ tabs });
			const play = new PlayPage({ adapters: browser.adapters, loadCards });
			opened.push(play);
			await play.load(params(STRETCH));
			return { play, browser };
		};
		const first = await open();
		expect(first.play.cards).toBeNull();
		expect(loads).toBe(0);
		await first.play.start();
		playFor(first.browser, 8000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
		session(first.play).destroy();
		first.browser.closeTab();

		offline = true;
		const second = await open();
		expect(second.play.cardsFailed).toBe(true);
		expect(second.play.cards).toBeNull();
		expect(second.play.unfinished).toHaveLength(1);
		offline = false;
		await second.play.refresh();
		expect(second.play.cardsFailed).toBe(false);
		expect(second.play.cards).toBeTypeOf('function');
	});

	it('a failure to load them is no longer shown once no routine is left unfinished', async () => {
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH), tabs);
		await first.play.start();
		playFor(first.browser, 8000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
		const id = session(first.play).id;
		session(first.play).destroy();
		first.browser.closeTab();

		const browser = fakeBrowser({ tabs });
		const play = new PlayPage({
			adapters: browser.adapters,
			loadCards: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
		});
		opened.push(play);
		await play.load(params(STRETCH));
		expect(play.cardsFailed).toBe(true);
		// another tab finishes or discards it
		await clearActive(id);
		await play.refresh();
		expect(play.unfinished).toEqual([]);
		expect(play.cardsFailed).toBe(false);
	});
});

/** the player's code, held back until `resolve`, failing while `offline`; counts its loads */
function playerLoader() {
	const loader = {
		loads: 0,
		/** the sessions made from it */
		made: 0,
		offline: false,
		gate: Promise.resolve(),
		release: () => {},
		load: async (): Promise<LivePlayer> => {
			loader.loads++;
			if (loader.offline) throw new TypeError('Failed to fetch dynamically imported module');
			const live = await import('./live');
			await loader.gate;
			class Counted extends live.PlaySession {
				constructor(...args: ConstructorParameters<typeof live.PlaySession>) {
					super(...args);
					loader.made++;
				}
			}
			return { ...live, PlaySession: Counted };
		},
		hold() {
			loader.gate = new Promise((resolve) => (loader.release = resolve));
		}
	};
	return loader;
}

describe("the player's code, loaded at Start or Resume", () => {
	it('is not loaded with the ready screen; the intent to start begins it, once', async () => {
		const loader = playerLoader();
		const { play } = await openTab(params(STRETCH), undefined, undefined, loader.load);
		expect(play.routine).not.toBeNull();
		expect(loader.loads).toBe(0);
		expect(play.live).toBeNull();
		play.prepare();
		play.prepare();
		await vi.waitFor(() => expect(play.live).not.toBeNull());
		await play.start();
		expect(loader.loads).toBe(1);
		expect(loader.made).toBe(1);
		expect(session(play).player.paused).toBe(false);
	});

	it('a second Start while the code is coming does not start twice; audio unlocks in the tap', async () => {
		const loader = playerLoader();
		const { play, browser } = await openTab(params(STRETCH), undefined, undefined, loader.load);
		const unlock = vi.spyOn(browser.adapters.sound, 'unlock');
		loader.hold();
		const first = play.start(4);
		// before any wait: the browser allows audio only inside the tap
		expect(unlock).toHaveBeenCalledTimes(1);
		expect(play.pending).toEqual({ kind: 'start', painBefore: 4 });
		const second = play.start();
		expect(play.session).toBeNull();
		// "Starting…" only once the wait lasts (the timer's first tick)
		expect(play.slow).toBe(false);
		browser.fire();
		expect(play.slow).toBe(true);
		loader.release();
		await Promise.all([first, second]);
		expect(loader.made).toBe(1);
		expect(loader.loads).toBe(1);
		expect(session(play).painBefore).toBe(4);
		expect(play.pending).toBeNull();
		expect(play.slow).toBe(false);
		playFor(browser, 6000);
		await vi.waitFor(async () =>
			expect((await listActive()).map((a) => a.id)).toEqual([session(play).id])
		);
	});

	it('a Start whose code cannot load leaves nothing stored and no session; Try again starts', async () => {
		const loader = playerLoader();
		loader.offline = true;
		const { play, browser } = await openTab(params(STRETCH), undefined, undefined, loader.load);
		await play.start(2);
		expect(play.session).toBeNull();
		expect(play.failed).toEqual({ kind: 'start', painBefore: 2 });
		expect(play.pending).toBeNull();
		expect(browser.timers).toBe(1); // the page's refresh only
		browser.fire();
		expect(await listActive()).toEqual([]);
		expect(await browser.adapters.slots.held()).toEqual(new Set());
		// back online: the same tap again loads the code and plays
		loader.offline = false;
		await play.start(2);
		expect(play.failed).toBeNull();
		expect(loader.loads).toBe(2);
		expect(session(play).painBefore).toBe(2);
		expect(session(play).player.paused).toBe(false);
		playFor(browser, 6000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
	});

	it('a Resume whose code cannot load keeps the slot as it was, unclaimed; Try again resumes', async () => {
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH), tabs);
		await first.play.start();
		playFor(first.browser, 8000);
		await vi.waitFor(async () => expect((await listActive())[0]?.elapsedMs).toBeGreaterThan(0));
		session(first.play).destroy();
		first.browser.closeTab();
		const stored = await listActive();

		const loader = playerLoader();
		loader.offline = true;
		const second = await openTab(params(STRETCH), tabs, undefined, loader.load);
		const item = second.play.unfinished[0]!;
		const unlock = vi.spyOn(second.browser.adapters.sound, 'unlock');
		const resuming = second.play.resume(item);
		expect(unlock).toHaveBeenCalledTimes(1);
		await resuming;
		expect(second.play.session).toBeNull();
		expect(second.play.failed).toEqual({ kind: 'resume', item });
		expect(await second.browser.adapters.slots.held()).toEqual(new Set());
		second.browser.fire();
		await vi.waitFor(() => expect(second.play.unfinished).toHaveLength(1));
		expect(await listActive()).toEqual(stored);

		loader.offline = false;
		await second.play.resume(second.play.unfinished[0]!);
		expect(second.play.failed).toBeNull();
		expect(loader.made).toBe(1);
		expect(at(second.play)).toBe(item.atMs);
		expect(item.atMs).toBeGreaterThan(0);
		expect(await second.browser.adapters.slots.held()).toEqual(new Set([item.active.id]));
	});
});

describe("while the player's code comes", () => {
	it('Discard does nothing while a Resume waits, so that Resume never opens a discarded routine', async () => {
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH), tabs);
		await first.play.start();
		playFor(first.browser, 8000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
		session(first.play).destroy();
		first.browser.closeTab();
		const stored = await listActive();

		const loader = playerLoader();
		loader.hold();
		const second = await openTab(params(STRETCH), tabs, undefined, loader.load);
		const item = second.play.unfinished[0]!;
		const resuming = second.play.resume(item);
		await second.play.discard(item);
		expect(await listActive()).toEqual(stored);
		loader.release();
		await resuming;
		// the Resume the user pressed goes on, with the routine as stored
		expect(at(second.play)).toBe(item.atMs);
		expect(await second.browser.adapters.slots.held()).toEqual(new Set([item.active.id]));
	});

	it("a failed load's alert stays while Try again loads (its button keeps the focus), and goes once it has", async () => {
		const loader = playerLoader();
		loader.offline = true;
		const { play } = await openTab(params(STRETCH), undefined, undefined, loader.load);
		await play.start();
		expect(play.failed).toEqual({ kind: 'start' });
		loader.offline = false;
		loader.hold();
		const retry = play.start();
		expect(play.failed).toEqual({ kind: 'start' });
		loader.release();
		await retry;
		expect(play.failed).toBeNull();
		expect(play.session).not.toBeNull();
	});

	it('a page closed while it was loading leaves no refresh timer behind', async () => {
		const browser = fakeBrowser({ tabs: new FakeTabs() });
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const play = new PlayPage({
			adapters: browser.adapters,
			loadSwaps: async () => {
				await gate;
				return import('$lib/plan/vary');
			}
		});
		const loading = play.load(params(STRETCH, '&swap=0'));
		play.destroy();
		release();
		await loading;
		expect(browser.timers).toBe(0);
	});
});

describe('skips (Next)', () => {
	it('are saved with the active session and restored after a reload', async () => {
		const groups = groupsOf(STRETCH);
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH), tabs);
		await first.play.start();
		playFor(first.browser, 2000);
		// skip the first exercise, play a little of the second
		session(first.play).player.next();
		playFor(first.browser, 3000);
		await vi.waitFor(async () =>
			expect((await listActive())[0]?.skipped).toEqual([{ fromMs: 2000, toMs: groups[1]?.startMs }])
		);
		// reload: the tab goes, a new one opens the page
		session(first.play).destroy();
		first.browser.closeTab();
		const second = await openTab(params(STRETCH), tabs);
		expect(second.play.unfinished).toHaveLength(1);
		await second.play.resume(second.play.unfinished[0]!);
		session(second.play).player.resume();
		playFor(second.browser, routineOf(STRETCH).totalSec * 1000);
		const record = await saved(second.play);
		const ids = routineOf(STRETCH).items.map((i) => i.exerciseId);
		// the skipped first exercise is not counted as done after the reload
		expect(record?.exercisesCompleted).toEqual(ids.slice(1));
		expect(record?.status).toBe('partial');
		expect(record?.completedSec).toBe(
			Math.floor((groups.at(-1)!.endMs - (groups[1]!.startMs - 2000)) / 1000)
		);
	});

	it('to the end with Next: partial, with the work done and only the finished exercises', async () => {
		const groups = groupsOf(STRETCH);
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		// the first exercise played in full, then Next to the end
		playFor(browser, groups[0]!.endMs);
		const player = session(play).player;
		for (let i = 1; i < groups.length; i++) player.next();
		expect(player.position.done).toBe(true);
		const record = await saved(play);
		expect(record?.status).toBe('partial');
		expect(record?.exercisesCompleted).toEqual([groups[0]!.exerciseId]);
		expect(record?.completedSec).toBe(Math.floor(groups[0]!.endMs / 1000));
		expect(record?.completedSec).toBeLessThan(record?.plannedSec ?? 0);
	});

	it('Next through everything finishes nothing: nothing is recorded', async () => {
		const { play } = await openTab(params(STRETCH));
		await play.start();
		const player = session(play).player;
		while (!player.position.done) player.next();
		await vi.waitFor(() => expect(session(play).endedEmpty).toBe(true));
		expect((await allSessions()).sessions).toEqual([]);
		expect(await listActive()).toEqual([]);
	});
});

describe("Don't show this again", () => {
	/** the toggle, once pressed */
	const toggle = (s: PlaySession) => {
		if (typeof s.avoider !== 'object' || !s.avoider) throw new Error('not loaded');
		return s.avoider;
	};

	it('remembers the exercise for next time, and this play keeps its exercises and total', async () => {
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: ['cat-camel'] });
		const { play, browser } = await openTab(params(STRETCH));
		const routine = play.routine!;
		await play.start();
		playFor(browser, 20_000);
		const s = session(play);
		const id = s.player.position.segment!.exerciseId!;
		expect(routine.items.map((i) => i.exerciseId)).toContain(id);
		expect(s.avoider).toBeNull();
		expect(await s.toggleAvoid()).toBe(true);
		expect(toggle(s).pressed).toEqual([id]);
		expect(toggle(s).status).toBe(
			`Won't be suggested again: ${nameOf(id)}. This routine carries on as planned.`
		);
		expect((await getSettings()).avoid).toEqual([id, 'cat-camel'].sort());
		// the play is untouched: same items, same total, and it records them all
		expect(s.routine).toBe(routine);
		expect(s.player.position.totalMs).toBe(routine.totalSec * 1000);
		playFor(browser, routine.totalSec * 1000);
		const record = await saved(play);
		expect(record?.status).toBe('completed');
		expect(record?.completedSec).toBe(routine.totalSec);
		expect(record?.exercisesCompleted).toEqual(routine.items.map((i) => i.exerciseId));
		expect(record?.request.avoid).toEqual([]);
	});

	it('pressed again, it comes back off the list; a failed write says so and changes nothing', async () => {
		const { play, browser } = await openTab(params(CORE));
		await play.start();
		playFor(browser, 15_000);
		const s = session(play);
		const id = s.player.position.segment!.exerciseId!;
		await s.toggleAvoid();
		expect(await s.toggleAvoid()).toBe(true);
		expect(toggle(s).pressed).toEqual([]);
		expect(toggle(s).status).toBe(`Back in your routines: ${nameOf(id)}.`);
		expect((await getSettings()).avoid).toEqual([]);
		await closeLimberDB();
		vi.stubGlobal('indexedDB', undefined);
		try {
			expect(await s.toggleAvoid()).toBe(false);
		} finally {
			vi.unstubAllGlobals();
		}
		expect(toggle(s).pressed).toEqual([]);
		expect(toggle(s).status).toContain(`Could not be remembered for next time: ${nameOf(id)}.`);
	});

	it('never takes an earlier choice off the list (a replay of an exercise avoided since)', async () => {
		const { play, browser } = await openTab(params(CORE));
		await play.start();
		playFor(browser, 15_000);
		const s = session(play);
		const id = s.player.position.segment!.exerciseId!;
		// avoided before this press, in Settings or another tab
		await saveSettings({ ...DEFAULT_SETTINGS, avoid: [id] });
		expect(await s.toggleAvoid()).toBe(true);
		expect(toggle(s).pressed).toEqual([id]);
		expect(await s.toggleAvoid()).toBe(true);
		expect(toggle(s).status).toBe(
			`Already left out of your routines: ${nameOf(id)}. Restore it in Settings.`
		);
		expect((await getSettings()).avoid).toEqual([id]);
	});
});

describe('swaps', () => {
	it('plays exactly the routine the plan showed, records the swaps, and replays them', async () => {
		const { play, browser } = await openTab(params(STRETCH, '&swap=1'));
		const plain = routineOf(STRETCH);
		const swapped = play.routine!;
		expect(swapped.items[1]?.exerciseId).not.toBe(plain.items[1]?.exerciseId);
		await play.start();
		playFor(browser, swapped.totalSec * 1000);
		const record = await saved(play);
		expect(record?.swaps).toEqual([1]);
		expect(record?.exercisesCompleted).toEqual(swapped.items.map((i) => i.exerciseId));
		// the stored record's replay link gives the same exercises
		const stored = await getSession(record!.id);
		const href = replayHref(stored!);
		const again = routineFromQuery(new URL(href, 'http://x').searchParams);
		expect(again.result.ok && again.result.routine.items).toEqual(swapped.items);
	});

	it('a resumed routine is the swapped one', async () => {
		const tabs = new FakeTabs();
		const first = await openTab(params(STRETCH, '&swap=1'), tabs);
		await first.play.start();
		playFor(first.browser, 6000);
		await vi.waitFor(async () => expect((await listActive())[0]?.swaps).toEqual([1]));
		const expected = first.play.routine!.items;
		session(first.play).destroy();
		first.browser.closeTab();
		const second = await openTab(params(STRETCH), tabs);
		expect(second.play.unfinished[0]?.routine?.items).toEqual(expected);
	});
});

describe('tabs', () => {
	it('a routine live in another tab is shown as such, never offered for Resume or Discard', async () => {
		const tabs = new FakeTabs();
		const a = await openTab(params(STRETCH), tabs);
		await a.play.start();
		playFor(a.browser, 6000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));

		const b = await openTab(new URLSearchParams(), tabs);
		expect(b.play.unfinished).toEqual([]);
		expect(b.play.elsewhere.map((u) => u.active.id)).toEqual([session(a.play).id]);
		// even called directly, B can neither take it up nor wipe it
		const live = b.play.elsewhere[0]!;
		await b.play.resume(live);
		expect(b.play.session).toBeNull();
		expect(b.play.message).toMatch(/playing in another tab/);
		await b.play.discard(live);
		expect(await listActive()).toHaveLength(1);

		// A's tab closes: the routine is B's to resume (B reads the slots again on its timer)
		session(a.play).destroy();
		a.browser.closeTab();
		b.browser.fire();
		await vi.waitFor(() => expect(b.play.unfinished).toHaveLength(1));
		expect(b.play.elsewhere).toEqual([]);
	});

	it('two routines finished in two tabs store two sessions, and keep their own slots', async () => {
		const tabs = new FakeTabs();
		const a = await openTab(params(STRETCH), tabs);
		const b = await openTab(params(CORE), tabs);
		await a.play.start();
		await b.play.start();
		playFor(a.browser, 6000);
		playFor(b.browser, 6000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(2));
		playFor(a.browser, routineOf(STRETCH).totalSec * 1000);
		playFor(b.browser, routineOf(CORE).totalSec * 1000);
		const [ra, rb] = [await saved(a.play), await saved(b.play)];
		const stored = (await allSessions()).sessions.map((s) => s.id).sort();
		expect(stored).toEqual([ra!.id, rb!.id].sort());
		expect(await listActive()).toEqual([]);
	});

	it('two tabs taking up the same routine at once: one plays it, the other is told', async () => {
		const tabs = new FakeTabs();
		const a = await openTab(params(STRETCH), tabs);
		await a.play.start();
		playFor(a.browser, 6000);
		await vi.waitFor(async () => expect(await listActive()).toHaveLength(1));
		session(a.play).destroy();
		a.browser.closeTab();
		const [b, c] = [await openTab(params(STRETCH), tabs), await openTab(params(STRETCH), tabs)];
		await Promise.all([b.play.resume(b.play.unfinished[0]!), c.play.resume(c.play.unfinished[0]!)]);
		expect([b.play.session, c.play.session].filter(Boolean)).toHaveLength(1);
		expect([b.play.message, c.play.message].filter(Boolean)).toHaveLength(1);
	});

	it('the same routine finished twice at the same time is stored once', async () => {
		const routine = routineOf(STRETCH);
		const b1 = fakeBrowser();
		const b2 = fakeBrowser();
		const start = b1.adapters.clocks.wall();
		const active = {
			id: 'same-play',
			request: routine.request,
			startedAt: start,
			elapsedMs: 0,
			savedAt: start,
			paused: true,
			exercisesCompleted: [],
			skipped: []
		};
		await saveActive(active);
		const { idbPlayStore } = await import('./play.svelte');
		const [s1, s2] = [b1, b2].map(
			(b) =>
				new PlaySession({
					routine,
					cues: { voice: true, sound: true, vibration: true },
					adapters: b.adapters,
					store: idbPlayStore,
					resume: active
				})
		);
		s1!.player.resume();
		s2!.player.resume();
		playFor(b1, routine.totalSec * 1000);
		playFor(b2, routine.totalSec * 1000);
		await vi.waitFor(() => expect([s1!.save.status, s2!.save.status]).toEqual(['saved', 'saved']));
		expect((await allSessions()).sessions.map((s) => s.id)).toEqual(['same-play']);
	});
});

describe('clocks', () => {
	it('the device clock jumping back mid-routine does not rewind it; End records what was done', async () => {
		const groups = groupsOf(STRETCH);
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		playFor(browser, groups[1]!.endMs + 2000);
		const before = at(play);
		browser.jumpWall(-3 * 3_600_000);
		playFor(browser, 1000);
		expect(at(play)).toBe(before + 1000);
		await session(play).end();
		const record = await saved(play);
		expect(record?.status).toBe('partial');
		expect(record?.exercisesCompleted).toEqual([groups[0]!.exerciseId, groups[1]!.exerciseId]);
		expect(record!.endedAt).toBeGreaterThanOrEqual(record!.startedAt);
		expect(record!.endedAt - record!.startedAt).toBe(before + 1000);
	});

	it('the device clock jumping forward does not complete it', async () => {
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		playFor(browser, 30_000);
		browser.jumpWall(24 * 3_600_000);
		playFor(browser, 1000);
		expect(at(play)).toBe(31_000);
		expect(session(play).record).toBeNull();
		expect(session(play).player.position.done).toBe(false);
	});

	it('a hidden tab or a throttled timer never drifts: it lands exactly, once watched again', async () => {
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		playFor(browser, 12_000);
		const said = browser.spoken.length;
		browser.setHidden(true);
		// three minutes with no tick at all
		browser.sleep(183_456);
		browser.setHidden(false);
		expect(at(play)).toBe(195_456);
		// the cues of the time away are not replayed: at most the present one
		expect(browser.spoken.length - said).toBeLessThanOrEqual(1);
	});

	it('checkpoints while playing, so a reload loses a few seconds at most', async () => {
		const timeline = buildTimeline(routineOf(STRETCH));
		// inside the first long segment, well past its start
		let start = 0;
		for (const seg of timeline) {
			if (seg.durationSec * 1000 > 3 * CHECKPOINT_MS) break;
			start += seg.durationSec * 1000;
		}
		const { play, browser } = await openTab(params(STRETCH));
		await play.start();
		const now = start + 3 * CHECKPOINT_MS + 500;
		playFor(browser, now);
		await session(play).settled();
		const [slot] = await listActive();
		expect(slot?.elapsedMs).toBeGreaterThan(now - CHECKPOINT_MS);
		expect(slot?.elapsedMs).toBeLessThanOrEqual(now);
	});
});

describe('resuming after a reload', () => {
	/** plays `ms` of the stretch in a tab that then goes away; returns the saved slot */
	async function leftAt(ms: number, tabs: FakeTabs, opts: { pause?: boolean } = {}) {
		const a = await openTab(params(STRETCH), tabs);
		await a.play.start();
		playFor(a.browser, ms);
		if (opts.pause) session(a.play).player.pause();
		else session(a.play).player.tick();
		await vi.waitFor(async () => {
			const [slot] = await listActive();
			expect(slot?.elapsedMs).toBeGreaterThanOrEqual(ms - CHECKPOINT_MS);
		});
		session(a.play).destroy();
		a.browser.closeTab();
		return { slot: (await listActive())[0]!, wall: a.browser.adapters.clocks.wall() };
	}

	async function reopen(tabs: FakeTabs, wall: number) {
		const b = await openTab(params(STRETCH), tabs, fakeBrowser({ tabs, wall }));
		const [u] = b.play.unfinished;
		await b.play.resume(u!);
		return { ...b, u: u!, player: session(b.play).player };
	}

	it('records only the Easier and Harder swaps the resumed routine could make', async () => {
		const tabs = new FakeTabs();
		const { slot, wall } = await leftAt(63_000, tabs);
		// a swap saved by another version, one this catalogue has no easier version for
		await saveActive({ ...slot, variants: [{ item: 999, which: 'easier' }] });
		const b = await reopen(tabs, wall + 3_600_000);
		expect(b.u.variants).toEqual([]);
		expect(session(b.play).variants).toEqual([]);
	});

	it('an hour later: offered paused where it stopped, not fast-forwarded', async () => {
		const tabs = new FakeTabs();
		const { slot, wall } = await leftAt(63_000, tabs);
		const b = await reopen(tabs, wall + 3_600_000);
		expect(b.u.atMs).toBe(slot.elapsedMs);
		expect(b.player.paused).toBe(true);
		expect(at(b.play)).toBe(slot.elapsedMs);
		b.browser.advance(10_000);
		expect(at(b.play)).toBe(slot.elapsedMs);
	});

	it('a reload seconds later while playing picks up where it had got to, paused', async () => {
		const tabs = new FakeTabs();
		const { slot } = await leftAt(63_000, tabs);
		const b = await reopen(tabs, slot.savedAt + 4000);
		expect(at(b.play)).toBe(slot.elapsedMs + 4000);
		expect(b.player.paused).toBe(true);
	});

	it('time spent on the Resume card is not played: only the reload gap is', async () => {
		const tabs = new FakeTabs();
		const { slot } = await leftAt(63_000, tabs);
		const b = await openTab(
			params(STRETCH),
			tabs,
			fakeBrowser({ tabs, wall: slot.savedAt + 4000 })
		);
		playFor(b.browser, 30_000);
		await b.play.resume(b.play.unfinished[0]!);
		expect(at(b.play)).toBe(slot.elapsedMs + 4000);
	});

	it('a paused routine resumes where it was paused, however soon', async () => {
		const tabs = new FakeTabs();
		const { slot } = await leftAt(63_000, tabs, { pause: true });
		const b = await reopen(tabs, slot.savedAt + 4000);
		expect(at(b.play)).toBe(slot.elapsedMs);
	});

	it('the device clock set back before the save: where it was saved, and the times stay in order', async () => {
		const tabs = new FakeTabs();
		const { slot } = await leftAt(63_000, tabs);
		const b = await reopen(tabs, slot.startedAt - 86_400_000);
		expect(at(b.play)).toBe(slot.elapsedMs);
		b.player.resume();
		playFor(b.browser, 20_000);
		await session(b.play).end();
		const record = await saved(b.play);
		expect(record!.startedAt).toBe(slot.startedAt);
		expect(record!.endedAt).toBeGreaterThanOrEqual(record!.startedAt);
	});

	it(`never catches up more than ${RESUME_CATCH_UP_MS / 1000} s, nor to the end`, async () => {
		const tabs = new FakeTabs();
		const { slot } = await leftAt(63_000, tabs);
		const b = await reopen(tabs, slot.savedAt + RESUME_CATCH_UP_MS + 1);
		expect(at(b.play)).toBe(slot.elapsedMs);
	});
});
