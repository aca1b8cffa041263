/** What the generators of the three parts share. */
import type { RegionId } from '$lib/catalogue/types';
import type { Catalogue } from '../catalogue';
import { cloneSlot, fitSlots, itemBodySec, setAll } from '../fit';
import type { Slot } from '../fit';
import { applyLeads, baseLead, changeSec, changesEstimate } from '../positions';
import type { LeadContext } from '../positions';
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
	/** where the person is when the part starts: standing, or on the floor after a floor core */
	readonly before: 'up' | 'down';
	/** movements (`movementOf`) already in the routine's other parts: once per session */
	readonly used: ReadonlySet<string>;
	/** the part belongs to a daily routine */
	readonly daily: boolean;
}

/** the lead-in context of a part */
export const leadContext = (ctx: PartContext, section: LeadContext['section']): LeadContext => ({
	section,
	first: ctx.first,
	before: ctx.before,
	backFriendly: ctx.request.backFriendly
});

export type PartResult =
	| {
			ok: true;
			slots: Slot[];
			/** the big three's pyramid had to be shortened: the level's and the one used */
			shortened?: { full: number[]; used: number[] };
			/** required stretch regions left out, in priority order */
			leftOut?: RegionId[];
	  }
	| { ok: false; error: RoutineError };

export const partFail = (code: RoutineError['code'], message: string): PartResult => ({
	ok: false,
	error: { code, message }
});

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

/**
 * seconds the slots would take with every lever at `at`, lead-ins included: the changes of
 * position are estimated (at most one down and one up, the slots being grouped)
 */
export function planSec(slots: readonly Slot[], at: At, lead: LeadContext): number {
	if (slots.length === 0) return 0;
	let sec = baseLead(lead, 0)[at] + (slots.length - 1) * baseLead(lead, 1)[at];
	for (const s of slots) sec += bodyRange(s)[at];
	const changes = changesEstimate(slots, lead.before);
	if (changes > 0) {
		const extra = Math.max(
			0,
			changeSec(lead.backFriendly) - Math.min(baseLead(lead, 1)[at], baseLead(lead, 0)[at])
		);
		sec += changes * extra;
	}
	return sec;
}

/**
 * Fits ordered slots to `target` seconds; returns fresh, fitted copies (their lead-ins set by
 * `applyLeads`: the countdown or the part's transition first, changes of position allowed for)
 * or null.
 */
export function fitOrdered(
	order: readonly Slot[],
	target: number,
	lead: LeadContext
): { slots: Slot[]; outcome: 'ok' } | { slots: null; outcome: 'long' | 'short' } {
	const slots = order.map(cloneSlot);
	if (slots.length === 0) return { slots: null, outcome: 'short' };
	applyLeads(slots, lead);
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
