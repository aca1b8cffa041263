/**
 * Getting up and down: which exercises are done on the floor, where a routine changes between
 * standing and the floor, and the time those changes take (CONTENT.md §2, "Moving between
 * positions"). The lead-in of each item is set here, once the order is known.
 */
import { isFloorExercise } from '$lib/catalogue';
import type { Exercise, Kind } from '$lib/catalogue/types';
import type { Slot } from './fit';
import {
	PART_LEAD_SEC,
	POSITION_CHANGE_SEC,
	PREPARE_SEC,
	TRANSITION_SEC,
	withChange
} from './rules';
import type { Span } from './rules';
import type { PositionChange } from './types';

/** up: standing or on a chair; down: on the floor; either: seated with nothing needed */
export type Posture = 'up' | 'down' | 'either';

const postures = new WeakMap<Exercise, Posture>();

export function postureOf(e: Exercise): Posture {
	let p = postures.get(e);
	if (p === undefined) {
		p = isFloorExercise(e)
			? 'down'
			: e.position === 'seated' && !e.equipment.includes('chair')
				? 'either'
				: 'up';
		postures.set(e, p);
	}
	return p;
}

/** postures with every `either` resolved to its neighbours' (the one before, else after) */
export function resolvePostures(
	exs: readonly Exercise[],
	before: 'up' | 'down' = 'up'
): ('up' | 'down')[] {
	const raw = exs.map(postureOf);
	const out: ('up' | 'down')[] = [];
	let last: 'up' | 'down' | undefined;
	for (let i = 0; i < raw.length; i++) {
		const p = raw[i];
		if (p === 'up' || p === 'down') {
			out.push(p);
			last = p;
			continue;
		}
		// an either: like the item before it (or where the person already is)
		const resolved = last ?? before;
		out.push(resolved);
		last = resolved;
	}
	return out;
}

export const changeSec = (backFriendly: boolean): number =>
	backFriendly ? POSITION_CHANGE_SEC.backFriendly : POSITION_CHANGE_SEC.normal;

export interface LeadContext {
	section: Kind;
	/** the part opens the routine: its first lead-in is the get-ready countdown */
	first: boolean;
	/** where the person is before the part starts: standing at the start of a routine */
	before: 'up' | 'down';
	backFriendly: boolean;
}

/** the base lead-in span of slot `i` of a part, before any change of position */
export function baseLead(ctx: LeadContext, i: number): Span {
	if (i > 0) return TRANSITION_SEC[ctx.section];
	return ctx.first ? PREPARE_SEC : PART_LEAD_SEC;
}

/**
 * Sets each slot's lead-in span for its place: the countdown, the change of part or the
 * transition, raised to the time a change between standing and the floor takes, and marks
 * the change on the item (for the "roll onto your side" cue).
 */
export function applyLeads(slots: readonly Slot[], ctx: LeadContext): void {
	const postures = resolvePostures(
		slots.map((s) => s.ex),
		ctx.before
	);
	let prev = ctx.before;
	slots.forEach((slot, i) => {
		const p = postures[i] as 'up' | 'down';
		const change: PositionChange | undefined = p === prev ? undefined : p;
		const base = baseLead(ctx, i);
		slot.lead = change ? withChange(base, changeSec(ctx.backFriendly)) : base;
		if (change) slot.item.change = change;
		else delete slot.item.change;
		prev = p;
	});
}

/** the routine's postures change this many times, at most, once grouped (for estimates) */
export function changesEstimate(
	exs: readonly { readonly ex: Exercise }[] | readonly Exercise[],
	before: 'up' | 'down'
): number {
	let up = false;
	let down = false;
	for (const x of exs) {
		const p = postureOf('ex' in x ? x.ex : x);
		if (p === 'up') up = true;
		else if (p === 'down') down = true;
	}
	if (up && down) return 2;
	if (down) return before === 'down' ? 0 : 1;
	if (up) return before === 'up' ? 0 : 1;
	return 0;
}
