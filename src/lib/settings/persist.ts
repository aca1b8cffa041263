/**
 * Asks the browser to keep Limber's data (no eviction under storage pressure) once there is
 * history worth keeping: after the first completed session is saved. Later sessions do not
 * ask again, so a refusal is not repeated at every session's end.
 */
import { requestPersistence } from '$lib/storage/device';
import { countSessions } from '$lib/storage/sessions';

export type PersistOutcome = Awaited<ReturnType<typeof requestPersistence>> | 'not-first';

/** call after a session was saved; never rejects */
export async function afterFirstSession(): Promise<PersistOutcome> {
	try {
		if ((await countSessions()) !== 1) return 'not-first';
	} catch {
		// no storage, so nothing to protect; the storage layer already told its listeners
		return 'not-first';
	}
	return requestPersistence();
}
