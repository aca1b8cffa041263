/**
 * The History page's state: sessions newest first a page at a time (so 10,000 stay quick),
 * the summary (streaks, totals, calendar) from one pass over all of them, the pain trend of
 * the last 8 weeks, delete with undo.
 */
import { summarize, type ProgressSummary } from '$lib/progress/stats';
import type { PainTrend } from './trend';
import type { SessionRecord } from '$lib/progress/types';
import { StorageError } from '$lib/storage/errors';
import { allSessions, deleteSession, listSessions, restoreSession } from '$lib/storage/sessions';
import { getSettings } from '$lib/storage/settings';
import { onChange } from '$lib/storage/changes';

export const PAGE_SIZE = 50;
export const UNDO_MS = 10_000;

/** performance marks the bench reads (scripts/bench-history.js) */
export const STATS_MEASURE = 'limber:stats';

export class HistoryState {
	/** the pages loaded so far, newest first; replaced whole, never mutated */
	sessions = $state.raw<SessionRecord[]>([]);
	summary = $state.raw<ProgressSummary | null>(null);
	/**
	 * the pain trend of the last 8 weeks once read (null before, and without sessions); with no
	 * day in it when there is no pain score or check-in to show
	 */
	trend = $state.raw<PainTrend | null>(null);
	/** the parts of the page shown only with a history (the trend, the programme's steps) */
	views = $state.raw<typeof import('./views') | null>(null);
	loading = $state(true);
	loadingMore = $state(false);
	/** why the history could not be read at all (no storage): shown instead of the list */
	loadError = $state('');
	/** why an action (delete, undo, more) failed: an alert */
	actionError = $state('');
	/** stored records that failed validation and are left out of the list */
	skipped = $state(0);
	/** the last deleted session, while it can be brought back */
	deleted = $state.raw<SessionRecord | null>(null);
	#nextBefore = $state<number | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	#refreshing: Promise<void> = Promise.resolve();

	readonly hasMore = $derived(this.#nextBefore !== null);
	readonly empty = $derived(!this.loading && !this.loadError && this.sessions.length === 0);

	async load() {
		this.loading = true;
		this.loadError = '';
		try {
			// the first rows first; the summary needs every session and comes after
			const page = await listSessions({ limit: PAGE_SIZE });
			this.sessions = page.sessions;
			this.skipped = page.skipped;
			this.#nextBefore = page.nextBefore;
			this.loading = false;
			await this.#summarize();
		} catch (error) {
			this.loadError = messageOf(error, 'Your history could not be read.');
			this.loading = false;
		}
	}

	/**
	 * Shows sessions recorded, deleted or imported in another tab (and check-ins, which the
	 * pain trend shows), through the storage change channel Settings uses; returns the
	 * unsubscribe function. This tab's own deletes and undos update the list themselves.
	 */
	follow(): () => void {
		return onChange((change, elsewhere) => {
			if ((change.store === 'sessions' || change.store === 'checkins') && elsewhere)
				void this.refresh();
		});
	}

	/**
	 * Reads the list again without a loading state, and the summary: as many as were shown (at
	 * least a page), and a page more when all were shown, so a new session is listed without a
	 * Show more while an import of thousands in another tab still comes a page at a time.
	 */
	refresh(): Promise<void> {
		// one after another: a burst of changes never lands out of order
		this.#refreshing = this.#refreshing.then(async () => {
			try {
				const shown = Math.max(PAGE_SIZE, this.sessions.length);
				const limit = this.#nextBefore === null ? shown + PAGE_SIZE : shown;
				const page = await listSessions({ limit });
				this.sessions = page.sessions;
				this.skipped = page.skipped;
				this.#nextBefore = page.nextBefore;
				this.loadError = '';
				await this.#summarize();
			} catch {
				// storage gone meanwhile: keep what is shown; the next load says why
			}
		});
		return this.#refreshing;
	}

	async #summarize() {
		const [{ sessions }, settings] = await Promise.all([allSessions(), getSettings()]);
		const now = Date.now();
		performance.mark(`${STATS_MEASURE}-start`);
		this.summary = summarize(sessions, { now, goalDays: settings.weeklyGoal });
		performance.measure(STATS_MEASURE, `${STATS_MEASURE}-start`);
		// the trend and the programme load only with a history: a first visit has none
		if (sessions.length === 0) {
			this.trend = null;
			return;
		}
		try {
			const views = await import('./views');
			this.views = views;
			this.trend = await views.loadPainTrend(sessions, now);
		} catch {
			// offline before the code was cached: History without its chart and steps
		}
	}

	async more() {
		// a second click while a page loads would fetch the same page twice
		if (this.#nextBefore === null || this.loadingMore) return;
		this.loadingMore = true;
		this.actionError = '';
		try {
			const page = await listSessions({ before: this.#nextBefore, limit: PAGE_SIZE });
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never state
			const shown = new Set(this.sessions.map((s) => s.id));
			this.sessions = [...this.sessions, ...page.sessions.filter((s) => !shown.has(s.id))];
			this.skipped += page.skipped;
			this.#nextBefore = page.nextBefore;
		} catch (error) {
			this.actionError = messageOf(error, 'More sessions could not be read.');
		} finally {
			this.loadingMore = false;
		}
	}

	/** deletes a session; true when it is gone and can be undone */
	async remove(id: string): Promise<boolean> {
		this.actionError = '';
		try {
			const record = await deleteSession(id);
			this.sessions = this.sessions.filter((s) => s.id !== id);
			if (!record) return false;
			this.deleted = record;
			clearTimeout(this.#undoTimer);
			this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
			await this.#summarize();
			return true;
		} catch (error) {
			this.actionError = messageOf(error, 'The session could not be deleted.');
			return false;
		}
	}

	async undo() {
		const record = this.deleted;
		if (!record) return;
		clearTimeout(this.#undoTimer);
		this.actionError = '';
		try {
			await restoreSession(record);
			this.deleted = null;
			// back in its place, newest first; an older one than the pages shown stays unlisted
			const oldestShown = this.sessions.at(-1)?.startedAt ?? -Infinity;
			if (this.#nextBefore === null || record.startedAt >= oldestShown) {
				this.sessions = [...this.sessions, record].sort((a, b) => b.startedAt - a.startedAt);
			}
			await this.#summarize();
		} catch (error) {
			this.actionError = messageOf(error, 'The session could not be brought back.');
		}
	}

	dismissUndo() {
		clearTimeout(this.#undoTimer);
		this.deleted = null;
	}

	destroy() {
		clearTimeout(this.#undoTimer);
	}
}

function messageOf(error: unknown, fallback: string) {
	return error instanceof StorageError ? error.message : fallback;
}
