/**
 * One play of a routine from start to record: the Player (clock, cues, wake lock), the
 * active-session checkpoints that let a reload resume, the tab's claim on its resume slot,
 * and the session record at the end.
 *
 * Times: the player runs on the monotonic clock. The record's `startedAt` is the device clock
 * at Start, and `endedAt` is `startedAt` plus the monotonic time since, so a clock that jumps
 * mid-routine moves neither and `endedAt` is never before `startedAt`.
 */
import { exerciseById } from '$lib/catalogue';
import { buildTimeline } from '$lib/routine/timeline';
import { MAX_VARIANTS } from '$lib/storage/records';
import { swapVariant, type Variant } from '$lib/routine/variant';
import type { Routine } from '$lib/routine/types';
import type { ActiveSession, SessionRecord, VariantSwap } from '$lib/progress/types';
import type { AvoidToggle } from './avoid.svelte';
import type { PlayerAdapters, SlotClaim } from './adapters/types';
import { totalMs } from './engine';
import { Player, type CueSettings, type PlayerSnapshot } from './player.svelte';
import { resumeAt } from './resume';

export type SaveState =
	| { status: 'idle' }
	| { status: 'saving' }
	| { status: 'saved' }
	| { status: 'failed'; message: string };

/** the storage a play needs (`idbPlayStore` in `play.svelte.ts` is the real one) */
export interface SessionStore {
	saveActive(active: ActiveSession): Promise<void>;
	clearActive(id: string): Promise<void>;
	saveSession(record: SessionRecord): Promise<void>;
	/** after a session was saved (the first one asks the browser to keep the data) */
	afterSave?(): Promise<unknown>;
}

export interface SessionOptions {
	routine: Routine;
	/** the plan page's swaps that made `routine` from its request */
	swaps?: readonly number[];
	/** the Easier and Harder swaps `routine` was built with, after `swaps` (a Play again) */
	variants?: readonly VariantSwap[];
	cues: CueSettings;
	adapters: PlayerAdapters;
	store: SessionStore;
	/** this tab's claim on the routine's resume slot, released when play ends */
	claim?: SlotClaim | null;
	/** the saved routine to pick up, paused */
	resume?: ActiveSession;
	/** "How is your back right now?" before Start, 0–10 (issue 14), when answered */
	painBefore?: number;
	/** where to pick it up (routine ms); by default `resumeAt` as of now */
	resumeAtMs?: number;
	newId?: () => string;
}

export const nameOf = (id: string) => exerciseById(id)?.name ?? id;

export class PlaySession {
	/** replaced when Easier or Harder swaps an exercise (in the same time) */
	routine = $state.raw<Routine>() as Routine;
	/** "too hard" for an exercise swapped with Easier, "too easy" with Harder */
	feedback: NonNullable<SessionRecord['feedback']> = {};
	readonly swaps: number[];
	/** the Easier and Harder swaps in `routine`, in order: the replay's and this play's */
	readonly variants: VariantSwap[];
	/** "How is your back right now?", kept through a reload */
	readonly painBefore: number | undefined;
	readonly player: Player;
	readonly id: string;
	startedAt = 0;
	/** the record written at the end; null while playing or when nothing was done */
	record = $state<SessionRecord | null>(null);
	/** ended with nothing finished: nothing is recorded */
	endedEmpty = $state(false);
	save = $state<SaveState>({ status: 'idle' });
	/** "Don't show this again", loaded with its first press; `offline` when that failed */
	avoider = $state.raw<AvoidToggle | 'offline' | null>(null);

	#opts: SessionOptions;
	/** the wall time that monotonic `#monoBase` stands for */
	#wallBase = 0;
	#monoBase = 0;
	/** checkpoint and slot writes, one after another, so a late checkpoint never outlives the end */
	#writes: Promise<void> = Promise.resolve();
	#over = false;
	#claim: SlotClaim | null;

	constructor(opts: SessionOptions) {
		const { routine, resume, adapters } = opts;
		this.#opts = opts;
		this.#claim = opts.claim ?? null;
		this.routine = routine;
		this.swaps = [...(opts.swaps ?? resume?.swaps ?? [])];
		this.variants = [...(opts.variants ?? resume?.variants ?? [])];
		this.painBefore = opts.painBefore ?? resume?.painBefore;
		for (const id of resume?.tooHard ?? []) this.feedback[id] = 'too-hard';
		for (const id of resume?.tooEasy ?? []) this.feedback[id] = 'too-easy';
		this.id = resume?.id ?? (opts.newId ?? (() => crypto.randomUUID()))();
		this.player = new Player({
			timeline: buildTimeline(routine),
			nameOf,
			cues: opts.cues,
			adapters,
			onCheckpoint: (snapshot) => this.#checkpoint(snapshot),
			onFinish: (snapshot) => void this.#finish(snapshot, true)
		});
		if (resume) {
			this.startedAt = resume.startedAt;
			// never before the routine was last seen playing, whatever the clock says now
			this.#anchor(Math.max(adapters.clocks.wall(), resume.savedAt, resume.startedAt));
			const at =
				opts.resumeAtMs ?? resumeAt(resume, adapters.clocks.wall(), totalMs(this.player.timeline));
			this.player.restore(at, resume.skipped ?? []);
		}
	}

	#anchor(wall: number) {
		this.#wallBase = wall;
		this.#monoBase = this.#opts.adapters.clocks.monotonic();
	}

	/** the device's time now, moved on by the monotonic clock only */
	#wallNow() {
		return this.#wallBase + (this.#opts.adapters.clocks.monotonic() - this.#monoBase);
	}

	start() {
		this.#anchor(this.#opts.adapters.clocks.wall());
		this.startedAt = this.#wallBase;
		this.player.start();
	}

	/** End: records a partial session when at least one exercise was finished */
	async end() {
		await this.#finish(this.player.end(), false);
	}

	#queue(write: () => Promise<void>) {
		// a failed write only costs the resume point; the routine goes on
		this.#writes = this.#writes.then(write).catch(() => {});
		return this.#writes;
	}

	#checkpoint(snapshot: PlayerSnapshot) {
		if (this.#over) return;
		const active: ActiveSession = {
			id: this.id,
			request: this.routine.request,
			startedAt: this.startedAt,
			elapsedMs: snapshot.elapsedMs,
			savedAt: Math.max(this.#wallNow(), this.startedAt),
			paused: snapshot.paused,
			exercisesCompleted: snapshot.exercisesCompleted,
			skipped: snapshot.skipped
		};
		if (this.swaps.length) active.swaps = [...this.swaps];
		if (this.variants.length) active.variants = [...this.variants];
		if (this.painBefore !== undefined) active.painBefore = this.painBefore;
		const said = (f: string) => Object.keys(this.feedback).filter((id) => this.feedback[id] === f);
		if (said('too-hard').length) active.tooHard = said('too-hard');
		if (said('too-easy').length) active.tooEasy = said('too-easy');
		void this.#queue(() => this.#opts.store.saveActive(active));
	}

	async #finish(snapshot: PlayerSnapshot, reachedEnd: boolean) {
		if (this.#over) return;
		this.#over = true;
		if (snapshot.exercisesCompleted.length === 0) {
			await this.#forgetActive();
			this.endedEmpty = true;
			return;
		}
		const record: SessionRecord = {
			id: this.id,
			kind: this.routine.request.kind,
			request: this.routine.request,
			startedAt: this.startedAt,
			endedAt: Math.max(this.startedAt, Math.round(this.#wallNow())),
			// a one-off reading, not reactive state
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			tzOffsetMin: new Date(this.startedAt).getTimezoneOffset(),
			plannedSec: this.routine.totalSec,
			completedSec: snapshot.completedSec,
			exercisesCompleted: snapshot.exercisesCompleted,
			// reached the end with Next is not done: only every exercise's work played is
			status: reachedEnd && snapshot.allWorkDone ? 'completed' : 'partial'
		};
		if (this.swaps.length) record.swaps = [...this.swaps];
		if (this.variants.length) record.variants = [...this.variants];
		if (this.painBefore !== undefined) record.painBefore = this.painBefore;
		if (Object.keys(this.feedback).length > 0) record.feedback = { ...this.feedback };
		this.record = record;
		await this.writeRecord();
	}

	/** writes the record (again, after a failure: the write is idempotent by id) */
	async writeRecord() {
		if (!this.record) return;
		this.save = { status: 'saving' };
		try {
			await this.#opts.store.saveSession($state.snapshot(this.record));
			await this.#forgetActive();
			this.save = { status: 'saved' };
			// once there is history worth keeping, ask the browser not to evict it
			await this.#opts.store.afterSave?.();
		} catch (error) {
			this.save = {
				status: 'failed',
				message: error instanceof Error ? error.message : 'The session could not be saved.'
			};
		}
	}

	/** rating and note from the summary screen, written over the same record */
	/** the rating and note, and (issue 14) the pain now and how each exercise felt */
	async annotate(
		rating: number | undefined,
		note: string,
		reflection: Pick<SessionRecord, 'painAfter' | 'feedback'> = {}
	) {
		if (!this.record) return;
		const { painAfter, feedback } = reflection;
		const answered = feedback && Object.keys(feedback).length > 0 ? { ...feedback } : undefined;
		this.record = {
			...this.record,
			rating,
			note: note.trim() || undefined,
			painAfter: painAfter ?? this.record.painAfter,
			feedback: answered ? { ...this.record.feedback, ...answered } : this.record.feedback
		};
		await this.writeRecord();
	}

	/**
	 * Easier or Harder (issue 14): the current exercise's easier or harder version for the rest
	 * of the routine, in the same time; it counts as "too hard" (or "too easy") for the one it
	 * replaced. False when there is none to swap in.
	 */
	swapVariant(which: Variant): boolean {
		const index = this.player.position.segment?.itemIndex;
		const old = index === undefined ? undefined : this.routine.items[index]?.exerciseId;
		if (index === undefined || !old || this.#over) return false;
		// as many as a record keeps and Play again replays
		if (this.variants.length >= MAX_VARIANTS) return false;
		const res = swapVariant(this.routine, index, which);
		if (!res.ok || !this.player.retime(buildTimeline(res.routine))) return false;
		this.routine = res.routine;
		this.variants.push({ item: index, which });
		this.feedback[old] = which === 'easier' ? 'too-hard' : 'too-easy';
		// saved now: a reload straight after plays the swapped exercise
		this.#checkpoint(this.player.snapshot());
		return true;
	}

	/**
	 * "Don't show this again" (issue 14) for the exercise on screen, a toggle: on, it goes on the
	 * user's avoid list for the routines to come; pressed again, it comes back off. Either way
	 * this play goes on exactly as it is (same exercises, same total), so the record still says
	 * what was played.
	 */
	async toggleAvoid(): Promise<boolean> {
		const id = this.player.position.segment?.exerciseId;
		if (!id) return false;
		try {
			if (typeof this.avoider !== 'object' || !this.avoider) {
				this.avoider = new (await import('./avoid.svelte')).AvoidToggle();
			}
		} catch {
			// offline before the code was cached
			this.avoider = 'offline';
			return false;
		}
		return this.avoider.toggle(id, nameOf(id));
	}

	async #forgetActive() {
		await this.#queue(() => this.#opts.store.clearActive(this.id));
		this.#release();
	}

	/** resolves once the checkpoint and slot writes made so far are done */
	settled(): Promise<void> {
		return this.#writes;
	}

	/** takes this tab's claim on the slot, made after Start; one after the end is let go */
	adopt(claim: SlotClaim | null) {
		this.#claim?.release();
		this.#claim = claim;
		if (this.#over) this.#release();
	}

	#release() {
		this.#claim?.release();
		this.#claim = null;
	}

	destroy() {
		this.player.destroy();
		this.#release();
	}
}
