/**
 * Making a list of exercises take exactly the time asked for.
 *
 * Every adjustable quantity is a lever with a range (min … default … max), a step and a
 * weight: the seconds one step adds to the timeline. Holds and timed work move in steps of
 * 5 s, as a person would set them (a per-side hold counts twice, once per side, so both sides
 * always stay equal); repetitions move one at a time; rests, the relax between paced
 * repetitions, the switch between sides, the countdown and each transition move by one second
 * and absorb the remainder. Fitting starts every lever at its minimum and spends the spare
 * time round-robin, tier by tier (doses to their defaults, then pauses, then transitions, then
 * the same up to the maximum), so nothing ever leaves its range and the result is exact or
 * reported as not possible.
 */
import type { Exercise } from '$lib/catalogue/types';
import type { Span } from './rules';
import type { RoutineItem } from './types';

/** an exercise being fitted: the item under construction and the ranges it may move in */
export interface Slot {
	readonly ex: Exercise;
	readonly item: RoutineItem;
	/** the dose lever, if the dose can move; holds and timed work move in steps of `step` s */
	readonly dose: {
		readonly field: 'holdSec' | 'workSec' | 'reps';
		readonly span: Span;
		readonly step: number;
	} | null;
	readonly rest: Span;
	readonly switch: Span;
	/** paced repetitions: the relax between them */
	readonly relax: Span;
	/** the transition into this item (the countdown, for a routine's very first item) */
	lead: Span;
	/** the value chosen for the lead-in */
	leadSec: number;
}

/** a fresh copy of a slot (the item is mutated while fitting) */
export function cloneSlot(slot: Slot): Slot {
	return { ...slot, item: { ...slot.item, reps: [...slot.item.reps] } };
}

export const sidesOf = (item: RoutineItem): number => (item.perSide ? 2 : 1);

/** seconds of one side of set `s`, the relax between paced repetitions included */
export function setWorkSec(item: RoutineItem, s: number): number {
	switch (item.mode) {
		case 'hold':
			return item.holdSec;
		case 'timed':
			return item.workSec;
		case 'reps': {
			const reps = item.reps[s] ?? 0;
			if (item.paced) return reps * item.holdSec + Math.max(0, reps - 1) * item.relaxSec;
			return reps * item.secPerRep;
		}
	}
}

/** the item's own time: its work, switches and rests (not the transition into it) */
export function itemBodySec(item: RoutineItem): number {
	let sec = 0;
	for (let s = 0; s < item.sets; s++) sec += sidesOf(item) * setWorkSec(item, s);
	if (item.perSide) sec += item.sets * item.switchSec;
	return sec + (item.sets - 1) * item.restSec;
}

interface Lever {
	readonly span: Span;
	readonly step: number;
	get(): number;
	set(v: number): void;
	/** seconds one step adds, at the current state */
	weight(): number;
}

function doseLever(slot: Slot): Lever | null {
	const { item, dose } = slot;
	if (!dose) return null;
	const sides = sidesOf(item);
	const step = dose.step;
	switch (dose.field) {
		case 'holdSec':
			return {
				span: dose.span,
				step,
				get: () => item.holdSec,
				set: (v) => (item.holdSec = v),
				weight: () => sides * item.sets * step
			};
		case 'workSec':
			return {
				span: dose.span,
				step,
				get: () => item.workSec,
				set: (v) => (item.workSec = v),
				weight: () => sides * item.sets * step
			};
		case 'reps':
			// the same count in every set: only non-pyramid moves get this lever
			return {
				span: dose.span,
				step,
				get: () => item.reps[0] ?? 0,
				set: (v) => item.reps.fill(v),
				weight: () =>
					sides * item.sets * step * (item.paced ? item.holdSec + item.relaxSec : item.secPerRep)
			};
	}
}

function pauseLevers(slot: Slot): Lever[] {
	const { item } = slot;
	const levers: Lever[] = [];
	if (item.sets > 1) {
		levers.push({
			span: slot.rest,
			step: 1,
			get: () => item.restSec,
			set: (v) => (item.restSec = v),
			weight: () => item.sets - 1
		});
	}
	if (item.perSide) {
		levers.push({
			span: slot.switch,
			step: 1,
			get: () => item.switchSec,
			set: (v) => (item.switchSec = v),
			weight: () => item.sets
		});
	}
	if (item.paced) {
		levers.push({
			span: slot.relax,
			step: 1,
			get: () => item.relaxSec,
			set: (v) => (item.relaxSec = v),
			weight: () => sidesOf(item) * item.reps.reduce((a, r) => a + Math.max(0, r - 1), 0)
		});
	}
	return levers;
}

function leadLever(slot: Slot): Lever {
	return {
		span: slot.lead,
		step: 1,
		get: () => slot.leadSec,
		set: (v) => (slot.leadSec = v),
		weight: () => 1
	};
}

/** raises levers round-robin towards `goal` by whole steps while `diff` allows; returns what is left */
function spend(levers: readonly Lever[], diff: number, goal: 'def' | 'max'): number {
	let progress = true;
	while (diff > 0 && progress) {
		progress = false;
		for (const l of levers) {
			const w = l.weight();
			if (w <= 0 || w > diff || l.get() + l.step > l.span[goal]) continue;
			l.set(l.get() + l.step);
			diff -= w;
			progress = true;
			if (diff === 0) break;
		}
	}
	return diff;
}

export function slotsSec(slots: readonly Slot[]): number {
	let sec = 0;
	for (const s of slots) sec += s.leadSec + itemBodySec(s.item);
	return sec;
}

function levers(slots: readonly Slot[]) {
	const dose: Lever[] = [];
	const pause: Lever[] = [];
	const lead: Lever[] = [];
	const focusDose: Lever[] = [];
	for (const slot of slots) {
		const d = doseLever(slot);
		// spare time goes to the focus regions first
		if (d) (slot.item.focus ? focusDose : dose).push(d);
		pause.push(...pauseLevers(slot));
		lead.push(leadLever(slot));
	}
	return { dose: [...focusDose, ...dose], pause, lead };
}

/** sets every lever of the slots to its min, default or max */
export function setAll(slots: readonly Slot[], at: 'min' | 'def' | 'max'): void {
	const { dose, pause, lead } = levers(slots);
	for (const l of [...dose, ...pause, ...lead]) l.set(l.span[at]);
}

/** the timeline seconds of the slots with every lever at its min, default or max */
export function slotsSecAt(slots: readonly Slot[], at: 'min' | 'def' | 'max'): number {
	setAll(slots, at);
	return slotsSec(slots);
}

export type FitOutcome = 'ok' | 'long' | 'short';

/**
 * Sets the levers so the slots take exactly `target` seconds (lead-ins included). With
 * `withLeads: false` the lead-ins stay at their minimum and the dose and pauses alone aim at
 * the target (used for the phases of a warm-up); the result is then 'ok' only when exact.
 */
export function fitSlots(slots: readonly Slot[], target: number, withLeads = true): FitOutcome {
	const { dose, pause, lead } = levers(slots);
	for (const l of [...dose, ...pause, ...lead]) l.set(l.span.min);
	let diff = target - slotsSec(slots);
	if (diff < 0) return 'long';
	diff = spend(dose, diff, 'def');
	diff = spend(pause, diff, 'def');
	if (withLeads) diff = spend(lead, diff, 'def');
	diff = spend(dose, diff, 'max');
	diff = spend(pause, diff, 'max');
	if (withLeads) diff = spend(lead, diff, 'max');
	return diff === 0 ? 'ok' : 'short';
}

/** spends `diff` more seconds on the pauses and lead-ins only (after a phase-wise fit) */
export function spendOnLeads(slots: readonly Slot[], diff: number): number {
	const lead = slots.map(leadLever);
	diff = spend(lead, diff, 'def');
	return spend(lead, diff, 'max');
}
