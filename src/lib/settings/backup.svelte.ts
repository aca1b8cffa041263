/**
 * Export and import on the Settings page. A chosen file is read and checked first; what it
 * would add, and what it holds that cannot be restored (with why), is shown; only Import
 * writes, in one transaction, one import at a time, and every refusal leaves the stored
 * data exactly as it was.
 */
import { browserDownload, wallClock, type Clock, type Download } from '$lib/adapters/browser';
import { dateAt, formatDateKey } from '$lib/dates';
import { getLimberDB } from '$lib/storage/connection';
import { StorageError } from '$lib/storage/errors';
import {
	applyImport,
	backupToJson,
	exportBackup,
	MAX_BACKUP_BYTES,
	parseBackup,
	planImport,
	sessionsToCsv,
	type Backup,
	type BackupSummary,
	type ImportPlan,
	type ImportResult
} from '$lib/storage/backup';

export type { ImportResult };

export type Outcome = { kind: 'success' | 'error'; message: string } | null;

export interface BackupAdapters {
	download: Download;
	now: Clock;
	/** which exercise ids this version knows (by default the catalogue's, loaded on choosing a file) */
	exercises?: () => Promise<(id: string) => boolean>;
}

const catalogueIds = async () => (await import('./exercise-names')).knownExercise;

export const browserBackupAdapters: BackupAdapters = { download: browserDownload, now: wallClock };

/** `n thing` or `n things` */
export const count = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export class BackupState {
	/** a checked file waiting for Import */
	pending = $state.raw<{
		name: string;
		backup: Backup;
		summary: BackupSummary;
		plan: ImportPlan;
	} | null>(null);
	includeSettings = $state(false);
	outcome = $state<Outcome>(null);
	busy = $state(false);
	#importing: Promise<ImportResult | null> | null = null;
	#a: BackupAdapters;

	constructor(adapters: BackupAdapters = browserBackupAdapters) {
		this.#a = adapters;
	}

	async exportJson() {
		await this.#run(async () => {
			const { backup, leftOut } = await exportBackup(await getLimberDB(), { now: this.#a.now() });
			this.#a.download(
				`limber-backup-${this.#today()}.json`,
				backupToJson(backup),
				'application/json'
			);
			this.outcome = {
				kind: 'success',
				message: `Exported ${count(backup.sessions.length, 'session')}${
					leftOut ? `; ${count(leftOut, 'damaged record')} could not be read and were left out` : ''
				}.`
			};
		});
	}

	async exportCsv() {
		await this.#run(async () => {
			const { backup } = await exportBackup(await getLimberDB(), { now: this.#a.now() });
			this.#a.download(
				`limber-sessions-${this.#today()}.csv`,
				sessionsToCsv(backup.sessions),
				'text/csv'
			);
			this.outcome = { kind: 'success', message: 'Exported sessions as CSV.' };
		});
	}

	async choose(file: Pick<File, 'name' | 'size' | 'text'> | undefined) {
		if (this.#importing) return;
		this.pending = null;
		this.outcome = null;
		// a new file starts with the safe choice: keep my settings
		this.includeSettings = false;
		if (!file) return;
		await this.#run(async () => {
			// refuse a huge file before reading it into memory
			const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
			// ids of exercises to avoid that this version lacks are left out, and listed
			const knownExercise = await (this.#a.exercises ?? catalogueIds)().catch(() => undefined);
			const parsed = parseBackup(text, file.size, { knownExercise });
			if (!parsed.ok) {
				this.outcome = { kind: 'error', message: parsed.error.message };
				return;
			}
			const plan = await planImport(await getLimberDB(), parsed.backup);
			this.pending = { name: file.name, backup: parsed.backup, summary: parsed.summary, plan };
		});
	}

	/**
	 * Imports the pending file; the result, or null when nothing was written. While an import
	 * runs, another call waits for the same one: a file is never applied twice at once.
	 */
	confirm(): Promise<ImportResult | null> {
		this.#importing ??= this.#confirm().finally(() => (this.#importing = null));
		return this.#importing;
	}

	async #confirm(): Promise<ImportResult | null> {
		const pending = this.pending;
		if (!pending) return null;
		let outcome: ImportResult | null = null;
		await this.#run(async () => {
			const result = await applyImport(await getLimberDB(), pending.backup, {
				includeSettings: this.includeSettings && pending.plan.settingsChanged
			});
			outcome = result;
			this.pending = null;
			this.includeSettings = false;
			this.outcome = { kind: 'success', message: importMessage(result, pending.summary) };
		});
		return outcome;
	}

	cancel() {
		if (this.#importing) return;
		this.pending = null;
		this.includeSettings = false;
	}

	async #run(work: () => Promise<void>) {
		this.busy = true;
		try {
			await work();
		} catch (error) {
			this.outcome = {
				kind: 'error',
				message:
					error instanceof StorageError ? error.message : 'That did not work: nothing was changed.'
			};
		} finally {
			this.busy = false;
		}
	}

	/** the local date, for file names */
	#today() {
		return formatDateKey(dateAt(this.#a.now()));
	}
}

/** what an import wrote, counted from what the transaction wrote */
export function importMessage(result: ImportResult, summary: BackupSummary): string {
	const parts = [`Imported ${count(result.added, 'session')}`];
	if (result.checkinsAdded) parts.push(count(result.checkinsAdded, 'check-in'));
	if (result.duplicates) {
		parts.push(`${result.duplicates.toLocaleString('en')} already here were left as they were`);
	}
	if (result.settingsWritten) parts.push('your settings were replaced');
	else if (result.prefsWritten) parts.push(`${count(result.prefsWritten, 'preference')} restored`);
	if (summary.skipped.length) {
		parts.push(`${count(summary.skipped.length, 'record')} in the file could not be restored`);
	}
	return `${parts.join('; ')}.`;
}
