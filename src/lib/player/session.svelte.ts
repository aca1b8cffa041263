/**
 * One play of a routine from start to record: the Player (clock, cues, wake lock), the
 * active-session checkpoints that let a reload resume, and the session record at the end.
 */
import { exerciseById } from '$lib/catalogue';
import { buildTimeline } from '$lib/routine';
import type { Routine } from '$lib/routine/types';
import type { ActiveSession, SessionRecord } from '$lib/progress/types';
import { clearActive, saveActive, saveSession } from '$lib/storage';
import { afterFirstSession } from '$lib/settings/persist';
import { Player, type CueSettings, type PlayerSnapshot } from './player.svelte';

export type SaveState =
	| { status: 'idle' }
	| { status: 'saving' }
	| { status: 'saved' }
	| { status: 'failed'; message: string };

export const nameOf = (id: string) => exerciseById(id)?.name ?? id;

export class PlaySession {
	readonly routine: Routine;
	readonly player: Player;
	readonly id: string;
	startedAt = 0;
	/** the record written at the end; null while playing or when nothing was done */
	record = $state<SessionRecord | null>(null);
	/** ended with nothing finished: nothing is recorded */
	endedEmpty = $state(false);
	save = $state<SaveState>({ status: 'idle' });

	constructor(routine: Routine, cues: CueSettings, resume?: ActiveSession) {
		this.routine = routine;
		this.id = resume?.id ?? crypto.randomUUID();
		this.startedAt = resume?.startedAt ?? 0;
		this.player = new Player({
			timeline: buildTimeline(routine),
			nameOf,
			cues,
			onCheckpoint: (snapshot) => this.#checkpoint(snapshot),
			onFinish: (snapshot) => void this.#finish(snapshot, 'completed')
		});
		if (resume) this.player.restore(resume.elapsedMs);
	}

	start() {
		this.startedAt = Date.now();
		this.player.start();
	}

	/** End: records a partial session when at least one exercise was finished */
	async end() {
		const snapshot = this.player.end();
		if (snapshot.exercisesCompleted.length === 0) {
			this.endedEmpty = true;
			await this.#forgetActive();
			return;
		}
		await this.#finish(snapshot, 'partial');
	}

	#checkpoint(snapshot: PlayerSnapshot) {
		const active: ActiveSession = {
			id: this.id,
			request: this.routine.request,
			startedAt: this.startedAt,
			elapsedMs: snapshot.elapsedMs,
			savedAt: Date.now(),
			paused: snapshot.paused,
			exercisesCompleted: snapshot.exercisesCompleted
		};
		// a failed checkpoint only costs the resume point; the routine goes on
		saveActive(active).catch(() => {});
	}

	async #finish(snapshot: PlayerSnapshot, status: SessionRecord['status']) {
		const endedAt = Date.now();
		this.record = {
			id: this.id,
			kind: this.routine.request.kind,
			request: this.routine.request,
			startedAt: this.startedAt,
			endedAt,
			// a one-off reading, not reactive state
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			tzOffsetMin: new Date(this.startedAt).getTimezoneOffset(),
			plannedSec: this.routine.totalSec,
			completedSec: status === 'completed' ? this.routine.totalSec : snapshot.completedSec,
			exercisesCompleted: snapshot.exercisesCompleted,
			status
		};
		await this.writeRecord();
	}

	/** writes the record (again, after a failure: the write is idempotent by id) */
	async writeRecord() {
		if (!this.record) return;
		this.save = { status: 'saving' };
		try {
			await saveSession($state.snapshot(this.record));
			this.save = { status: 'saved' };
			await this.#forgetActive();
			// once there is history worth keeping, ask the browser not to evict it
			await afterFirstSession();
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
			feedback: answered ?? this.record.feedback
		};
		await this.writeRecord();
	}

	async #forgetActive() {
		try {
			await clearActive();
		} catch {
			// storage unavailable: there is no saved position to forget
		}
	}

	destroy() {
		this.player.destroy();
	}
}
