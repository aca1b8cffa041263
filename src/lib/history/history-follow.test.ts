import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB, makeSession, NOW } from '$lib/storage/fixtures';
import { deleteSession, saveSession } from '$lib/storage/sessions';
import { HistoryState, PAGE_SIZE } from './history.svelte';

/**
 * A fake BroadcastChannel, installed before the storage change module opens its channel: a
 * message reaches every other channel of the same name, later (as between real tabs), and
 * never its sender. The test's own channel plays the other tab.
 */
const Fake = vi.hoisted(() => {
	class FakeChannel {
		static open = new Set<FakeChannel>();
		static sent: unknown[] = [];
		onmessage: ((event: MessageEvent) => void) | null = null;
		constructor(readonly name: string) {
			FakeChannel.open.add(this);
		}
		postMessage(data: unknown) {
			FakeChannel.sent.push(data);
			for (const other of FakeChannel.open) {
				if (other === this || other.name !== this.name) continue;
				const copy = structuredClone(data);
				setTimeout(() => other.onmessage?.({ data: copy } as MessageEvent), 0);
			}
		}
		close() {
			FakeChannel.open.delete(this);
		}
	}
	globalThis.BroadcastChannel = FakeChannel as unknown as typeof BroadcastChannel;
	return FakeChannel;
});

let otherTab: InstanceType<typeof Fake>;
let states: HistoryState[];
beforeEach(async () => {
	await freshDB();
	states = [];
	Fake.sent = [];
	otherTab = new Fake('limber-data');
});
afterEach(async () => {
	for (const s of states) s.destroy();
	otherTab.close();
	await closeLimberDB();
});

async function openHistory() {
	const state = new HistoryState();
	states.push(state);
	await state.load();
	return { state, stop: state.follow() };
}

/**
 * What another tab does when it saves a session (newer than any `makeSession`): the record in
 * the database, and word of it
 */
async function savedInOtherTab(i: number) {
	const startedAt = NOW + i * 60_000;
	await saveSession(makeSession(i, { startedAt, endedAt: startedAt + 300_000 }));
	otherTab.postMessage({ store: 'sessions' });
}

describe('History follows sessions recorded in another tab', () => {
	it('shows a session saved elsewhere, and its summary, without a reload', async () => {
		await saveSession(makeSession(1));
		const { state, stop } = await openHistory();
		expect(state.sessions).toHaveLength(1);
		await savedInOtherTab(2);
		await expect
			.poll(() => state.sessions.map((s) => s.id))
			.toEqual(['session-00002', 'session-00001']);
		expect(state.summary?.totals.all.sessions).toBe(2);
		expect(state.loading).toBe(false);
		stop();
		// unsubscribed: a later session shows on the next load only
		await savedInOtherTab(3);
		await new Promise((r) => setTimeout(r, 20));
		expect(state.sessions).toHaveLength(2);
	});

	it('drops a session deleted elsewhere', async () => {
		await saveSession(makeSession(1));
		await saveSession(makeSession(2));
		const { state, stop } = await openHistory();
		await deleteSession('session-00001');
		otherTab.postMessage({ store: 'sessions' });
		await expect.poll(() => state.sessions.map((s) => s.id)).toEqual(['session-00002']);
		stop();
	});

	it('keeps every page that was shown', async () => {
		for (let i = 0; i < 2 * PAGE_SIZE + 10; i++) await saveSession(makeSession(i));
		const { state, stop } = await openHistory();
		await savedInOtherTab(1000);
		// one page shown: still one page, the new session first
		await expect.poll(() => state.sessions[0]?.id).toBe('session-01000');
		expect(state.sessions).toHaveLength(PAGE_SIZE);
		expect(state.hasMore).toBe(true);
		await state.more();
		await state.more();
		expect(state.sessions).toHaveLength(2 * PAGE_SIZE + 11);
		// all shown: all stay shown
		await savedInOtherTab(1001);
		await expect.poll(() => state.sessions.length).toBe(2 * PAGE_SIZE + 12);
		expect(state.hasMore).toBe(false);
		expect(state.summary?.totals.all.sessions).toBe(2 * PAGE_SIZE + 12);
		stop();
	});

	it('lists an import of many sessions elsewhere a page at a time', async () => {
		await saveSession(makeSession(1));
		const { state, stop } = await openHistory();
		expect(state.hasMore).toBe(false);
		// another tab imports a large backup
		for (let i = 2; i < 3 * PAGE_SIZE; i++) await saveSession(makeSession(i));
		otherTab.postMessage({ store: 'sessions' });
		// what was shown (at least a page) and one page more, not all of them
		await expect.poll(() => state.sessions.length).toBe(2 * PAGE_SIZE);
		expect(state.hasMore).toBe(true);
		stop();
	});

	it("tells the other tabs of this tab's saves, and ignores other stores' changes", async () => {
		const { state, stop } = await openHistory();
		await saveSession(makeSession(1));
		expect(Fake.sent).toContainEqual({ store: 'sessions' });
		const refresh = vi.spyOn(state, 'refresh');
		otherTab.postMessage({ store: 'settings' });
		await new Promise((r) => setTimeout(r, 20));
		expect(refresh).not.toHaveBeenCalled();
		otherTab.postMessage({ store: 'sessions' });
		await expect.poll(() => refresh.mock.calls.length).toBe(1);
		// a check-in shows in the pain trend
		otherTab.postMessage({ store: 'checkins' });
		await expect.poll(() => refresh.mock.calls.length).toBe(2);
		stop();
	});
});
