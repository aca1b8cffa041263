/** Storage problems: typed, each with the one sentence the UI shows, and a way to hear of them. */

export type StorageProblemKind =
	'unavailable' | 'blocked' | 'version-change' | 'newer-version' | 'quota' | 'error';

export const PROBLEM_MESSAGES: Record<StorageProblemKind, string> = {
	unavailable:
		"Your browser is not letting Limber save data (private browsing?). Routines still work, but sessions won't be kept.",
	blocked:
		'Limber is open in another tab with an older version. Close that tab to finish updating; this page will carry on then.',
	'version-change': 'Limber was updated in another tab — reload this page to keep saving.',
	'newer-version':
		'A newer Limber stored data here. Routines still play; sessions are saved again once Limber updates.',
	quota:
		'Your device is out of storage space: nothing was saved, and what was already stored is unchanged.',
	error:
		'Limber could not read or write its data: nothing was changed. Try again, or reload the page.'
};

export interface StorageProblem {
	kind: StorageProblemKind;
	/** one clear sentence for the UI */
	message: string;
}

/** what every storage function rejects with: never a bare DOMException */
export class StorageError extends Error implements StorageProblem {
	readonly kind: StorageProblemKind;

	constructor(kind: StorageProblemKind, options?: { cause?: unknown }) {
		super(PROBLEM_MESSAGES[kind], options);
		this.name = 'StorageError';
		this.kind = kind;
	}
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();

/** hear of every storage problem (a banner, a toast); returns the unsubscribe function */
export function onStorageProblem(listener: Listener): () => void {
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}

export function reportProblem(kind: StorageProblemKind): StorageProblem {
	const problem = { kind, message: PROBLEM_MESSAGES[kind] };
	for (const listener of [...listeners]) {
		try {
			listener(problem);
		} catch {
			// a failing listener must not hide the problem from the others or the caller
		}
	}
	return problem;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function errorName(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
	return typeof error.name === 'string' ? error.name : undefined;
}

/**
 * A failed request or transaction as a StorageError, reported to the listeners. Any of the
 * candidates may carry the real cause: when a transaction aborts, its pending requests fail
 * with AbortError first, and only `tx.error` says QuotaExceededError.
 */
export function toStorageError(...candidates: unknown[]): StorageError {
	const found = candidates.find((c) => c instanceof StorageError);
	if (found instanceof StorageError) return found;
	const quota = candidates.some((c) => QUOTA_NAMES.has(errorName(c) ?? ''));
	const kind = quota ? 'quota' : 'error';
	reportProblem(kind);
	return new StorageError(kind, { cause: candidates.find((c) => c != null) });
}
