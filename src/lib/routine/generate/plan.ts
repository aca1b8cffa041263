/**
 * Growing a plan to the time available. A plan is a list of picks (an exercise, the region it
 * serves, its sets). Essentials go in first while they fit at their shortest; optional
 * expansions (more sets, more exercises) go in, in priority order, while they fit at their
 * default dose. Then the plan is ordered and fitted exactly, adding one more expansion or
 * taking the last one out when the levers alone cannot reach the target.
 */
import type { Exercise, RegionId } from '$lib/catalogue/types';
import type { Slot } from '../fit';
import type { LeadContext } from '../positions';
import { fitOrdered, planSec } from './common';

export interface Pick {
	readonly ex: Exercise;
	readonly region: RegionId;
	readonly focus: boolean;
	readonly sets: number;
	/** pyramid steps, for the big three */
	readonly pyramid?: readonly number[];
	/** the hold in each pyramid rep, at the request's step */
	readonly pyramidHoldSec?: number;
}

/** returns the expanded plan, or null when it does not apply (already done, nothing to add) */
export type Expansion = (picks: readonly Pick[]) => Pick[] | null;

export interface PlanSpec {
	target: number;
	lead: LeadContext;
	/** the slot for a pick (cached by the caller if it likes) */
	slotOf(pick: Pick): Slot;
	/** orders the plan's slots; null when it cannot be ordered by the rules */
	order(picks: readonly Pick[]): Slot[] | null;
}

const slotsByPick = new WeakMap<Pick, Slot>();

/** plans share most of their picks with the one before: look each pick's slot up once */
function slotOfPick(spec: PlanSpec, pick: Pick): Slot {
	let slot = slotsByPick.get(pick);
	if (!slot) {
		slot = spec.slotOf(pick);
		slotsByPick.set(pick, slot);
	}
	return slot;
}

export function secOf(spec: PlanSpec, picks: readonly Pick[], at: 'min' | 'def' | 'max'): number {
	return planSec(
		picks.map((p) => slotOfPick(spec, p)),
		at,
		spec.lead
	);
}

/** adds optional expansions while the plan at its default dose still fits */
export function expand(
	spec: PlanSpec,
	picks: Pick[],
	expansions: readonly Expansion[]
): { picks: Pick[]; applied: Pick[][]; skipped: Expansion[] } {
	const applied: Pick[][] = [picks];
	const skipped: Expansion[] = [];
	let cur = picks;
	for (const grow of expansions) {
		const next = grow(cur);
		if (!next) continue;
		if (secOf(spec, next, 'def') <= spec.target) {
			cur = next;
			applied.push(cur);
		} else {
			skipped.push(grow);
		}
	}
	return { picks: cur, applied, skipped };
}

/** orders and fits; then tries one expansion more, or one less, when the levers cannot reach */
export function finish(
	spec: PlanSpec,
	grown: { picks: Pick[]; applied: Pick[][]; skipped: Expansion[] },
	minPicks = 1
): Slot[] | null {
	const attempt = (picks: readonly Pick[]) => {
		if (picks.length < minPicks) return null;
		const order = spec.order(picks);
		if (!order) return null;
		return fitOrdered(order, spec.target, spec.lead);
	};
	const first = attempt(grown.picks);
	if (first?.slots) return first.slots;
	if (first === null || first.outcome === 'short') {
		for (const grow of grown.skipped) {
			const next = grow(grown.picks);
			if (!next || secOf(spec, next, 'min') > spec.target) continue;
			const r = attempt(next);
			if (r?.slots) return r.slots;
		}
	}
	// one less: step back through the optional expansions
	for (let i = grown.applied.length - 2; i >= 0; i--) {
		const prev = grown.applied[i];
		if (!prev) continue;
		const r = attempt(prev);
		if (r?.slots) return r.slots;
		if (r?.outcome === 'short') break;
	}
	return null;
}
