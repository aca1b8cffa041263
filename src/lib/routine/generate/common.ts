/** What the generators of the three parts share. */
import type { Catalogue } from '../catalogue';
import { cloneSlot, fitSlots, itemBodySec, setAll } from '../fit';
import type { Slot } from '../fit';
import { PART_LEAD_SEC, PREPARE_SEC } from '../rules';
import type { Span } from '../rules';
import type { RoutineError, RoutineRequest } from '../types';

export interface PartContext {
	readonly request: RoutineRequest;
	readonly cat: Catalogue;
	/** seconds for this part, its lead-in included */
	readonly target: number;
	/** the part opens the routine: its lead-in is the get-ready countdown */
	readonly first: boolean;
	/** the item before this part is a flex */
	readonly prevFlex: boolean;
	/** the item after this part is a flex */
	readonly nextFlex: boolean;
}

export type PartResult = { ok: true; slots: Slot[] } | { ok: false; error: RoutineError };

export const partFail = (code: RoutineError['code'], message: string): PartResult => ({
	ok: false,
	error: { code, message }
});

/** the lead-in of a part: the countdown when it opens the routine, else the change of part */
export function firstLead(first: boolean): Span {
	return first ? PREPARE_SEC : PART_LEAD_SEC;
}

type At = 'min' | 'def' | 'max';
const bodyCache = new WeakMap<Slot, Record<At, number>>();

/** the slot's own seconds (without its lead-in) at min, default and max levers; cached */
export function bodyRange(slot: Slot): Record<At, number> {
	let r = bodyCache.get(slot);
	if (!r) {
		const c = cloneSlot(slot);
		const at = (a: At) => {
			setAll([c], a);
			return itemBodySec(c.item);
		};
		r = { min: at('min'), def: at('def'), max: at('max') };
		bodyCache.set(slot, r);
	}
	return r;
}

/** seconds the slots would take with every lever at `at`, lead-ins included */
export function planSec(slots: readonly Slot[], at: At, lead: Span, first: Span): number {
	if (slots.length === 0) return 0;
	let sec = first[at] + (slots.length - 1) * lead[at];
	for (const s of slots) sec += bodyRange(s)[at];
	return sec;
}

/**
 * Fits ordered slots to `target` seconds; returns fresh, fitted copies (the first one's lead-in
 * being the countdown or the part's transition) or null.
 */
export function fitOrdered(
	order: readonly Slot[],
	target: number,
	first: Span
): { slots: Slot[]; outcome: 'ok' } | { slots: null; outcome: 'long' | 'short' } {
	const slots = order.map(cloneSlot);
	const head = slots[0];
	if (!head) return { slots: null, outcome: 'short' };
	head.lead = first;
	const outcome = fitSlots(slots, target);
	return outcome === 'ok' ? { slots, outcome } : { slots: null, outcome };
}

/** "calves, hamstrings and neck" */
export function listing(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** the request's minutes, as a phrase for messages */
export const minutesPhrase = (sec: number): string => {
	const m = Math.round(sec / 60);
	return `${m} minute${m === 1 ? '' : 's'}`;
};

export type { Slot };
export type { Catalogue };
