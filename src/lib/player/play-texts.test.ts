/**
 * The player's texts ("How to do it") load in a module of their own: the play page asks for its
 * routine's texts on the intent to start (with the player's code) and at Start, not with the
 * ready screen. A file of its own, so that no other test has loaded them first.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseById } from '$lib/catalogue';
import { exerciseTexts } from '$lib/catalogue/texts.svelte';
import { ALL_TEXTS } from '$lib/catalogue/texts/all';
import { routineQuery } from '$lib/routine';
import { freshDB } from '$lib/storage/fixtures';
import { closeLimberDB } from '$lib/storage/connection';
import { fakeBrowser } from './adapters/fakes';
import { PlayPage } from './play.svelte';

let play: PlayPage | null = null;

beforeEach(async () => {
	await freshDB();
});

afterEach(async () => {
	play?.destroy();
	await closeLimberDB();
});

const idsOf = (page: PlayPage) => page.routine?.items.map((item) => item.exerciseId) ?? [];

describe("the player's texts", () => {
	it("load on the intent to start, not with the page, and only their kind's", async () => {
		play = new PlayPage({ adapters: fakeBrowser().adapters });
		await play.load(new URLSearchParams(routineQuery({ kind: 'core', minutes: 10, seed: 'unit' })));
		const ids = idsOf(play);
		expect(ids.length).toBeGreaterThan(0);
		expect(exerciseTexts.loading).toBe(false);
		for (const id of ids) expect(exerciseTexts.get(id), id).toBeUndefined();
		play.prepare();
		await vi.waitFor(() => {
			for (const id of ids) expect(exerciseTexts.get(id), id).toEqual(ALL_TEXTS[id]);
		});
		expect(exerciseById('march-on-the-spot')?.kind).toBe('warmup');
		expect(exerciseTexts.get('march-on-the-spot')).toBeUndefined();
	});

	it('load at Start when nothing asked for them before', async () => {
		play = new PlayPage({ adapters: fakeBrowser().adapters });
		await play.load(
			new URLSearchParams(routineQuery({ kind: 'stretch', minutes: 10, seed: 'unit' }))
		);
		const ids = idsOf(play);
		for (const id of ids) expect(exerciseTexts.get(id), id).toBeUndefined();
		await play.start();
		await vi.waitFor(() => {
			for (const id of ids) expect(exerciseTexts.get(id), id).toEqual(ALL_TEXTS[id]);
		});
	});
});
