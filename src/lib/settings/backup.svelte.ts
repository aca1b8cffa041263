/**
 * Export and import on the Settings page. A chosen file is read and checked first; what it
 * would add is shown; only Import writes, in one transaction, and every refusal leaves the
 * stored data exactly as it was.
 */
import { downloadText } from '$lib/download';
import { getLimberDB, StorageError } from '$lib/storage';
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

export type Outcome = { kind: 'success' | 'error'; message: string } | null;

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

	async exportJson() {
		await this.#run(async () => {
			const backup = await exportBackup(await getLimberDB());
			downloadText(`limber-backup-${today()}.json`, backupToJson(backup), 'application/json');
			this.outcome = {
				kind: 'success',
				message: `Exported ${sessionsText(backup.sessions.length)}.`
			};
		});
	}

	async exportCsv() {
		await this.#run(async () => {
			const backup = await exportBackup(await getLimberDB());
			downloadText(`limber-sessions-${today()}.csv`, sessionsToCsv(backup.sessions), 'text/csv');
			this.outcome = { kind: 'success', message: 'Exported sessions as CSV.' };
		});
	}

	async choose(file: File | undefined) {
		this.pending = null;
		this.outcome = null;
		// a new file starts with the safe choice: keep my settings
		this.includeSettings = false;
		if (!file) return;
		await this.#run(async () => {
			// refuse a huge file before reading it into memory
			const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
			const parsed = parseBackup(text, file.size);
			if (!parsed.ok) {
				this.outcome = { kind: 'error', message: parsed.error.message };
				return;
			}
			const plan = await planImport(await getLimberDB(), parsed.backup);
			this.pending = { name: file.name, backup: parsed.backup, summary: parsed.summary, plan };
		});
	}

	/** imports the pending file; the result, or null when nothing was written */
	async confirm(): Promise<ImportResult | null> {
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
			this.outcome = {
				kind: 'success',
				message: `Imported ${sessionsText(result.added)}${
					result.duplicates ? `; ${result.duplicates} already here were left as they were` : ''
				}${result.settingsWritten ? '; your settings were replaced' : ''}.`
			};
		});
		return outcome;
	}

	cancel() {
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
}

const sessionsText = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

/** the local date, for file names */
function today() {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
