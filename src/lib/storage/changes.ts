/**
 * Word of a change to what is stored, to this tab's listeners and (through a
 * BroadcastChannel) to every other open tab of Limber, so a setting changed in one tab shows
 * in the others. Only the fact of a change travels: listeners read the new value themselves.
 */
import type { PrefKey } from './schema';

export type Change =
	{ store: 'prefs'; key: PrefKey } | { store: 'settings' | 'sessions' | 'checkins' };

/** `elsewhere`: the change was made in another tab */
type Listener = (change: Change, elsewhere: boolean) => void;

const CHANNEL = 'limber-data';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
	if (channel !== undefined) return channel;
	try {
		channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
	} catch {
		// some embedded browsers forbid it: other tabs then catch up on their next load
		channel = null;
	}
	if (channel) {
		channel.onmessage = (event: MessageEvent<Change>) => deliver(event.data, true);
	}
	return channel;
}

function deliver(change: Change, elsewhere: boolean) {
	for (const listener of [...listeners]) listener(change, elsewhere);
}

/** tells this tab and the others that `change` was written */
export function announce(change: Change): void {
	deliver(change, false);
	try {
		open()?.postMessage(change);
	} catch {
		// a closed channel: the other tabs read the new value on their next load
	}
}

/** hears of every change, here and in other tabs; returns the unsubscribe function */
export function onChange(listener: Listener): () => void {
	open();
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}
