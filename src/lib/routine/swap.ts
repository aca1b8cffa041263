/**
 * Swapping one exercise for another of the same kind that works the same region, keeping the
 * total time exact and every rule (filters, the movements ruled out, order by position or
 * RAMP phase, staying on the floor or standing as the exercise it replaces, one movement
 * once, the flex rule). Alternatives are taken in id order after the current one, wrapping
 * round, so calling it again and again cycles through them all and back.
 */
import type { Exercise } from '$lib/catalogue/types';
import { allowedOfKind, defaultCatalogue } from './catalogue';
import type { Catalogue } from './catalogue';
import { cloneSlot, fitSlots, itemBodySec } from './fit';
import type { Slot } from './fit';
import { fitOrdered } from './generate/common';
import { isEasierVersion } from './generate/core';
import { assemble } from './generate';
import { focusHoldsOk, isCalm, positionRank } from './generate/stretch';
import { rampShares } from './generate/warmup';
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import { applyLeads, postureOf, resolvePostures } from './positions';
import type { LeadContext } from './positions';
import { isCatCamel, makeSlot, movementOf, pyramidHoldFor } from './slots';
import { STRETCH_REGION_MAX_SEC } from './rules';
import { timelineSec } from './timeline';
import type { Routine, RoutineItem, RoutinePart, RoutineResult } from './types';

const phase = (e: Exercise | RoutineItem) =>
	e.ramp === 'raise' ? 0 : e.ramp === 'potentiate' ? 2 : 1;

/** where the person is when a part starts, as the generator planned it */
function partBefore(routine: Routine, part: RoutinePart, cat: Catalogue): 'up' | 'down' {
	if (part.section !== 'stretch' || part.start === 0) return 'up';
	const exs = routine.items
		.slice(0, part.start)
		.map((it) => cat.byId.get(it.exerciseId))
		.filter((e): e is Exercise => e !== undefined);
	return resolvePostures(exs).at(-1) ?? 'up';
}

function leadContextOf(routine: Routine, part: RoutinePart, cat: Catalogue): LeadContext {
	return {
		section: part.section,
		first: part.start === 0,
		before: partBefore(routine, part, cat),
		backFriendly: routine.request.backFriendly
	};
}

export function swapExercise(
	routine: Routine,
	index: number,
	cat: Catalogue = defaultCatalogue
): RoutineResult {
	const item = routine.items[index];
	if (!item || !Number.isInteger(index)) {
		return {
			ok: false,
			error: { code: 'invalid-index', message: 'There is no exercise there to swap.' }
		};
	}
	const current = cat.byId.get(item.exerciseId);
	const part = routine.parts.find((p) => index >= p.start && index < p.end);
	if (!current || !part) {
		return {
			ok: false,
			error: { code: 'invalid-index', message: 'That exercise cannot be swapped.' }
		};
	}
	const { request } = routine;
	const exOf = (i: number) => {
		const it = routine.items[i];
		return it ? cat.byId.get(it.exerciseId) : undefined;
	};
	const prev = exOf(index - 1);
	const next = exOf(index + 1);
	const prevInPart = index - 1 >= part.start ? prev : undefined;
	const nextInPart = index + 1 < part.end ? next : undefined;
	const movements = new Set(
		routine.items.flatMap((it, i) => {
			const e = cat.byId.get(it.exerciseId);
			return i === index || !e ? [] : [movementOf(e)];
		})
	);
	const floorFirst = part.section === 'stretch' && partBefore(routine, part, cat) === 'down';
	const partEx = routine.items
		.slice(part.start, part.end)
		.map((it) => cat.byId.get(it.exerciseId))
		.filter((e): e is Exercise => e !== undefined);

	const fits = (e: Exercise): boolean => {
		if (e.id !== current.id && movements.has(movementOf(e))) return false;
		if (!e.regions.includes(item.region)) return false;
		// staying on the floor or standing, as the exercise it replaces
		if (postureOf(e) !== postureOf(current)) return false;
		if (e.back === 'flex' && (prev?.back === 'flex' || next?.back === 'flex')) return false;
		switch (item.section) {
			case 'stretch': {
				const rank = (x: Exercise) => positionRank(x, floorFirst);
				if (prevInPart && rank(e) < rank(prevInPart)) return false;
				if (nextInPart && rank(e) > rank(nextInPart)) return false;
				// the plan ends on a calm floor stretch: a swap keeps it so
				return !(index === part.end - 1 && isCalm(current) && !isCalm(e));
			}
			case 'warmup': {
				if (e.mode === 'hold' || phase(e) !== phase(item)) return false;
				if (prevInPart && e.intensity < prevInPart.intensity) return false;
				if (nextInPart && e.intensity > nextInPart.intensity) return false;
				if (index === 0 && e.back === 'impact') return false;
				// a vigorous move still comes after a medium one, the swapped-in move included
				const k = index - part.start;
				const after = partEx.map((x, i) => (i === k ? e : x));
				return after.every(
					(x, i) => x.intensity !== 3 || after.slice(0, i).some((y) => y.intensity === 2)
				);
			}
			case 'core': {
				const k = index - part.start;
				// never backwards: nothing before it is a harder version of it, nothing after easier
				if (partEx.slice(0, k).some((x) => isEasierVersion(x, e, cat))) return false;
				if (partEx.slice(k + 1).some((x) => isEasierVersion(e, x, cat))) return false;
				if (item.pyramid) return e.bigThree === current.bigThree;
				if (isCatCamel(current)) return isCatCamel(e);
				return e.bigThree === undefined && !isCatCamel(e);
			}
		}
	};
	const options = allowedOfKind(cat, item.section, request)
		.filter(fits)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	if (!options.some((e) => e.id === current.id)) options.push(current);
	options.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const at = options.findIndex((e) => e.id === current.id);
	const cycle = [...options.slice(at + 1), ...options.slice(0, at)];

	for (const e of cycle) {
		const swapped = trySwap(routine, index, e, cat);
		if (swapped) return { ok: true, routine: swapped };
	}
	return {
		ok: false,
		error: { code: 'no-alternative', message: 'There is no other exercise to swap in here.' }
	};
}

/** the slot for an item as it stands (its dose ranges from the catalogue, its values kept) */
function slotFor(it: RoutineItem, ex: Exercise, routine: Routine, index: number): Slot {
	const s = makeSlot(ex, it.section, routine.request.level, {
		region: it.region,
		focus: it.focus,
		sets: it.sets,
		hold: routine.request.hold,
		...(it.pyramid ? { pyramid: it.reps, pyramidHoldSec: it.holdSec } : {})
	});
	Object.assign(s.item, { ...it, reps: [...it.reps] });
	s.leadSec = index === 0 ? routine.prepareSec : it.transitionSec;
	return s;
}

/**
 * The routine with item `index` replaced by `e`, the total exact, or null when it does not fit.
 * With `refit` false only the new exercise's own time may change (it takes the old one's), so
 * every other item stays as it was: what a player needs mid-routine.
 */
export function trySwap(
	routine: Routine,
	index: number,
	e: Exercise,
	cat: Catalogue,
	refit = true
): Routine | null {
	const old = routine.items[index] as RoutineItem;
	const part = routine.parts.find((p) => index >= p.start && index < p.end);
	if (!part) return null;
	const lead = leadContextOf(routine, part, cat);
	const slotsOfPart = (replace: Slot) =>
		routine.items.slice(part.start, part.end).map((it, k) => {
			const i = part.start + k;
			if (i === index) return replace;
			const ex = cat.byId.get(it.exerciseId);
			return ex ? slotFor(it, ex, routine, i) : null;
		});

	// a stretch done as slow repetitions takes one set, a hold as many as 90 s a side allows
	let sets = old.pyramid ? 1 : old.sets;
	if (old.section === 'stretch') {
		if (e.dose.mode !== 'hold') sets = 1;
		else {
			const one = makeSlot(e, 'stretch', routine.request.level, {
				region: old.region,
				hold: routine.request.hold
			});
			const min = one.dose?.span.min ?? e.dose.minSec;
			sets = Math.max(1, Math.min(sets, Math.floor(STRETCH_REGION_MAX_SEC / min)));
		}
	}
	const fresh = makeSlot(e, old.section, routine.request.level, {
		region: old.region,
		focus: old.focus,
		sets,
		hold: routine.request.hold,
		...(old.pyramid
			? {
					pyramid: old.reps,
					pyramidHoldSec: pyramidHoldFor(routine.request.level, routine.request.step)
				}
			: {})
	});
	const oldLead = index === 0 ? routine.prepareSec : old.transitionSec;

	let partSlots: Slot[] | null = null;
	const list = slotsOfPart(fresh);
	if (!list.every((s) => s !== null)) return null;
	const slots = list as Slot[];
	// the lead-in spans for the new order (the new exercise keeps the old one's position)
	applyLeads(slots, lead);
	for (const s of slots) {
		if (s !== fresh) s.leadSec = Math.min(s.lead.max, Math.max(s.lead.min, s.leadSec));
	}
	// first try: the new exercise alone takes the old one's time (lead-in included)
	const alone = cloneSlot(fresh);
	if (fitSlots([alone], itemBodySec(old) + oldLead) === 'ok') {
		partSlots = slots.map((s) => (s === fresh ? alone : s));
	}
	// a stretch keeps the focus regions' holds the longest
	const focus = routine.request.focus;
	if (partSlots && old.section === 'stretch' && !focusHoldsOk(partSlots, focus)) partSlots = null;
	// else refit the whole part to its time
	if (!partSlots && !refit) return null;
	if (!partSlots) {
		const refit = fitOrdered(slots, part.seconds, lead);
		if (!refit.slots) return null;
		partSlots = refit.slots;
		if (old.section === 'stretch' && !focusHoldsOk(partSlots, focus)) return null;
	}
	if (old.section === 'warmup') {
		const shares = rampShares(
			partSlots.map((s) => ({ ramp: s.item.ramp, body: itemBodySec(s.item) })),
			part.seconds
		);
		const R = DOSE_RULES.rampShare;
		const ok =
			shares.raise >= R.raise.min - 1e-9 &&
			shares.raise <= R.raise.max + 1e-9 &&
			shares.am >= R.activateMobilise.min - 1e-9 &&
			shares.am <= R.activateMobilise.max + 1e-9 &&
			shares.potentiate <= R.potentiate.max + 1e-9;
		if (!ok) return null;
	}
	const parts = routine.parts.map((p) => {
		if (p === part) return { section: p.section, slots: partSlots };
		return {
			section: p.section,
			slots: routine.items.slice(p.start, p.end).map((it, k) => {
				const i = p.start + k;
				const ex = cat.byId.get(it.exerciseId) as Exercise;
				return slotFor(it, ex, routine, i);
			})
		};
	});
	const nextRoutine = assemble(routine.request, parts);
	if (routine.shortened) nextRoutine.shortened = routine.shortened;
	if (routine.leftOut) nextRoutine.leftOut = routine.leftOut;
	return timelineSec(nextRoutine) === routine.totalSec && nextRoutine.totalSec === routine.totalSec
		? nextRoutine
		: null;
}
