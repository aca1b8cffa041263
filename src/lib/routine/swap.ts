/**
 * Swapping one exercise for another of the same kind that works the same region, keeping the
 * total time exact and every rule (filters, order by position or RAMP phase, the flex rule).
 * Alternatives are taken in id order after the current one, wrapping round, so calling it
 * again and again cycles through them all and back.
 */
import type { Exercise } from '$lib/catalogue/types';
import { POSITIONS } from '$lib/catalogue/types';
import { allowedOfKind, defaultCatalogue } from './catalogue';
import type { Catalogue } from './catalogue';
import { cloneSlot, fitSlots, itemBodySec } from './fit';
import type { Slot } from './fit';
import { firstLead, fitOrdered } from './generate/common';
import { assemble } from './generate';
import { rampShares } from './generate/warmup';
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import { isCatCamel, makeSlot, pyramidHoldFor } from './slots';
import { timelineSec } from './timeline';
import type { Routine, RoutineItem, RoutineResult } from './types';

const posRank = (e: Exercise) => POSITIONS.indexOf(e.position);
const phase = (e: Exercise | RoutineItem) =>
	e.ramp === 'raise' ? 0 : e.ramp === 'potentiate' ? 2 : 1;
const isCalm = (e: Exercise) => e.position === 'lying' && e.back === 'ok' && e.mode === 'hold';

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
	const used = new Set(routine.items.map((it) => it.exerciseId));

	const fits = (e: Exercise): boolean => {
		if (e.id !== current.id && used.has(e.id)) return false;
		if (!e.regions.includes(item.region)) return false;
		if (e.back === 'flex' && (prev?.back === 'flex' || next?.back === 'flex')) return false;
		switch (item.section) {
			case 'stretch':
				if (prevInPart && posRank(e) < posRank(prevInPart)) return false;
				if (nextInPart && posRank(e) > posRank(nextInPart)) return false;
				// the plan ends on a calm floor stretch: a swap keeps it so
				return !(index === part.end - 1 && isCalm(current) && !isCalm(e));
			case 'warmup':
				if (e.mode === 'hold' || phase(e) !== phase(item)) return false;
				if (prevInPart && e.intensity < prevInPart.intensity) return false;
				if (nextInPart && e.intensity > nextInPart.intensity) return false;
				return !(index === 0 && e.back === 'impact');
			case 'core':
				if (item.pyramid) return e.bigThree === current.bigThree;
				if (isCatCamel(current)) return isCatCamel(e);
				return e.bigThree === undefined && !isCatCamel(e);
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
		...(it.pyramid ? { pyramid: it.reps, pyramidHoldSec: it.holdSec } : {})
	});
	Object.assign(s.item, { ...it, reps: [...it.reps] });
	const part = routine.parts.find((p) => index >= p.start && index < p.end);
	if (part && index === part.start) s.lead = firstLead(index === 0);
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
	const slotsOfPart = (replace: Slot) =>
		routine.items.slice(part.start, part.end).map((it, k) => {
			const i = part.start + k;
			if (i === index) return replace;
			const ex = cat.byId.get(it.exerciseId);
			return ex ? slotFor(it, ex, routine, i) : null;
		});

	const fresh = makeSlot(e, old.section, routine.request.level, {
		region: old.region,
		focus: old.focus,
		sets: old.pyramid ? 1 : old.sets,
		...(old.pyramid
			? {
					pyramid: old.reps,
					pyramidHoldSec: pyramidHoldFor(routine.request.level, routine.request.step)
				}
			: {})
	});
	if (index === part.start) fresh.lead = firstLead(index === 0);
	const oldLead = index === 0 ? routine.prepareSec : old.transitionSec;

	// first try: the new exercise alone takes the old one's time (lead-in included)
	const alone = cloneSlot(fresh);
	let partSlots: Slot[] | null = null;
	if (fitSlots([alone], itemBodySec(old) + oldLead) === 'ok') {
		const list = slotsOfPart(alone);
		if (list.every((s) => s !== null)) partSlots = list as Slot[];
	}
	// else refit the whole part to its time
	if (!partSlots && !refit) return null;
	if (!partSlots) {
		const list = slotsOfPart(fresh);
		if (!list.every((s) => s !== null)) return null;
		const refit = fitOrdered(list as Slot[], part.seconds, (list[0] as Slot).lead);
		if (!refit.slots) return null;
		partSlots = refit.slots;
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
	const next = assemble(routine.request, parts);
	return timelineSec(next) === routine.totalSec && next.totalSec === routine.totalSec ? next : null;
}
