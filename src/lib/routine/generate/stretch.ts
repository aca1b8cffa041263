/**
 * Stretch (CONTENT.md §2): one stretch per required region in priority order (focus regions
 * first), a 10-minute plan (15 with long holds) and every daily routine covering all nine;
 * static holds in range and in steps of 5 s, left and right paired; spare time to focus regions
 * first (a second hold: about 60 s per side), then a second hold for every region, optional
 * regions, a third hold — never more than 90 s a side for a region, and never more for a region
 * that was not asked for than for a focus region.
 *
 * Order, to avoid getting up and down: a standalone stretch goes standing → kneeling → seated
 * → lying and ends with a calm floor stretch; the stretch of a daily routine, after a core on
 * the floor, starts on the floor and finishes standing (lying → seated → kneeling → standing).
 */
import { REGION_LABELS } from '$lib/catalogue';
import type { Exercise, RegionId } from '$lib/catalogue/types';
import { allowedOfKind, isAllowed } from '../catalogue';
import type { Catalogue } from '../catalogue';
import { arrange } from '../arrange';
import type { Slot } from '../fit';
import { changeSec, postureOf } from '../positions';
import { orderPool } from '../rng';
import {
	DOSE_STEP_SEC,
	STRETCH_COVERAGE_MINUTES,
	STRETCH_MAX_SETS,
	STRETCH_REGION_MAX_SEC,
	span
} from '../rules';
import { movementOf, slotTemplate } from '../slots';
import { WITHOUT_LABELS } from '../request';
import type { RoutineRequest } from '../types';
import { bodyRange, fitOrdered, leadContext, listing, partFail, planSec } from './common';
import type { PartContext, PartResult } from './common';
import { expand, finish, secOf } from './plan';
import type { Expansion, Pick, PlanSpec } from './plan';

/** a calm floor stretch to end on: lying, back-neutral, a plain hold */
export const isCalm = (e: Exercise): boolean =>
	e.position === 'lying' && e.back === 'ok' && e.mode === 'hold';

/**
 * Position groups in playing order. Standing first: standing, on a chair, kneeling, seated on
 * the floor (or seated with nothing needed), lying. Floor first: the reverse.
 */
export function positionRank(e: Exercise, floorFirst: boolean): number {
	const p = postureOf(e);
	let rank: number;
	if (e.position === 'standing') rank = 0;
	else if (e.position === 'seated') rank = p === 'up' ? 1 : 3;
	else if (e.position === 'kneeling') rank = 2;
	else rank = 4;
	return floorFirst ? 4 - rank : rank;
}

/** a clear refusal naming what to change when a required region has no stretch left */
function missingMessage(
	missing: RegionId[],
	request: RoutineRequest,
	pool: readonly Exercise[],
	all: readonly Exercise[]
): string {
	const names = listing(missing.map((r) => REGION_LABELS[r].toLowerCase()));
	const helps = (change: Partial<RoutineRequest>) => {
		const r = { ...request, ...change };
		return missing.every((region) =>
			all.some((e) => e.regions.includes(region) && isAllowed(e, r))
		);
	};
	const lift = request.without.filter((w) =>
		helps({ without: request.without.filter((x) => x !== w) })
	);
	void pool;
	if (lift.length > 0) {
		const options = lift.map((w) => `"${WITHOUT_LABELS[w]}"`);
		return `No stretch for the ${names} is left with these settings: allow ${listing(options).replace(' and ', ' or ')} again.`;
	}
	return `No stretch for the ${names} is left with these settings: avoid fewer exercises or add equipment.`;
}

export function generateStretch(ctx: PartContext): PartResult {
	const { request, cat } = ctx;
	const allowed = allowedOfKind(cat, 'stretch', request);
	const pool = allowed.filter((e) => !ctx.used.has(movementOf(e)));
	const missing = cat.requiredRegions.filter((r) => !pool.some((e) => e.regions.includes(r)));
	if (missing.length > 0) {
		return partFail(
			'region-unavailable',
			missingMessage(missing, request, pool, cat.byKind.stretch)
		);
	}
	let result = attemptStretch(ctx, pool, new Set());
	// forward bends that had to be swapped while ordering: plan again without them from the start,
	// so the time is shared out among the stretches actually played
	for (let round = 0; round < 2 && !result.ok && result.banned.size > 0; round++) {
		const without = new Set(result.banned);
		const next = attemptStretch(
			ctx,
			pool.filter((e) => !without.has(e.id)),
			without
		);
		if (next.ok || next.banned.size === without.size) {
			result = next;
			break;
		}
		result = next;
	}
	return result.part;
}

function attemptStretch(
	ctx: PartContext,
	pool: readonly Exercise[],
	bannedBefore: ReadonlySet<string>
): { ok: boolean; part: PartResult; banned: Set<string> } {
	const { request, cat, target } = ctx;
	const done = (part: PartResult) => ({ ok: part.ok, part, banned });

	const focus = new Set<RegionId>(request.focus);
	const candidates = new Map<RegionId, Exercise[]>();
	/** stretches for a region: those that target it first (holds first for a focus), then others */
	const candidatesFor = (r: RegionId): Exercise[] => {
		let list = candidates.get(r);
		if (!list) {
			const ordered = orderPool(
				pool.filter((e) => e.regions.includes(r)),
				`stretch:${r}`,
				request.seed
			);
			// a focus region: holds first (its time can grow), still those that target it first
			const holdsFirst = (l: Exercise[]) =>
				focus.has(r)
					? [...l.filter((e) => e.mode === 'hold'), ...l.filter((e) => e.mode !== 'hold')]
					: l;
			list = [
				...holdsFirst(ordered.filter((e) => e.regions[0] === r)),
				...holdsFirst(ordered.filter((e) => e.regions[0] !== r))
			];
			candidates.set(r, list);
		}
		return list;
	};
	const hasPrimary = (r: RegionId) => candidatesFor(r)[0]?.regions[0] === r;
	const covers = (picks: readonly Pick[], r: RegionId) =>
		picks.some((p) => p.ex.regions[0] === r) ||
		(!hasPrimary(r) && picks.some((p) => p.ex.regions.includes(r)));
	/** a stretch chosen for a focus region (not one that merely also works one) */
	const isFocus = (region: RegionId) => focus.has(region);

	const slotOf = (p: Pick): Slot =>
		slotTemplate(p.ex, 'stretch', request.level, { ...p, hold: request.hold });
	const floorFirst = ctx.before === 'down';

	const banned = new Set<string>(bannedBefore);
	/** set when forward bends had to be swapped or left out to keep them apart */
	const trouble = { flex: false };
	const lead = leadContext(ctx, 'stretch');
	const spec: PlanSpec = {
		target,
		lead,
		slotOf,
		order: (picks) => orderStretch(picks, slotOf, ctx, banned, candidatesFor, trouble, floorFirst)
	};

	const required = cat.requiredRegions;
	const optional = cat.optionalRegions.filter((r) => !required.includes(r));
	const focusReq = required.filter((r) => focus.has(r));
	const focusOpt = request.focus.filter((r) => !required.includes(r));
	const rest = required.filter((r) => !focus.has(r));
	const mustCover =
		(ctx.daily && request.hold === 'normal') ||
		target >= STRETCH_COVERAGE_MINUTES[request.hold] * 60;
	// focus first; if that crowds out a required region in a plan long enough to cover them all,
	// the optional focus regions wait until the required ones are in
	const orders = [
		[...focusReq, ...focusOpt, ...rest],
		[...focusReq, ...rest, ...focusOpt]
	];
	const maxSets = (p: Pick) => {
		const s = slotOf({ ...p, sets: 1 });
		if (s.item.mode !== 'hold' || !s.dose) return 1;
		return Math.min(STRETCH_MAX_SETS, Math.floor(STRETCH_REGION_MAX_SEC / s.dose.span.min));
	};

	for (const regionOrder of orders) {
		const picks = cover(regionOrder, spec, candidatesFor, covers, isFocus);
		if (mustCover && !required.every((r) => covers(picks, r))) continue;
		const ended = floorFirst
			? picks
			: endOnTheFloor(
					picks,
					spec,
					candidatesFor,
					(next) => required.every((r) => !covers(picks, r) || covers(next, r)),
					!mustCover
				);
		const expansions = stretchExpansions(optional, candidatesFor, covers, isFocus, maxSets);
		let slots = finish(spec, expand(spec, ended, expansions));
		// a region left out to end lying down can leave a short plan too little to fill it
		if (!slots && ended.length < picks.length)
			slots = finish(spec, expand(spec, picks, expansions));
		if (!slots) continue;
		// leaving a forward bend out may have cost a region: a long plan must still cover them all
		const final: Pick[] = slots.map((s) => ({
			ex: s.ex,
			region: s.item.region,
			focus: s.item.focus,
			sets: s.item.sets
		}));
		if (mustCover && !required.every((r) => covers(final, r))) continue;
		const withSets = (slot: Slot, sets: number): Slot | null => {
			const pick = { ex: slot.ex, region: slot.item.region, focus: slot.item.focus, sets };
			return sets <= maxSets(pick) ? slotOf(pick) : null;
		};
		const balanced = balanceFocus(slots, target, lead, focus, withSets);
		if (balanced) {
			const after: Pick[] = balanced.map((s) => ({
				ex: s.ex,
				region: s.item.region,
				focus: s.item.focus,
				sets: s.item.sets
			}));
			// a plan that must cover every region keeps them all
			if (!mustCover || required.every((r) => covers(after, r))) {
				slots = balanced;
				final.splice(0, final.length, ...after);
			}
		}
		const leftOut = required.filter((r) => !covers(final, r));
		return done(leftOut.length > 0 ? { ok: true, slots, leftOut } : { ok: true, slots });
	}
	if (trouble.flex) {
		return done(
			partFail(
				'no-exercises',
				'These settings leave too few stretches to cover every region without two forward bends in a row: avoid fewer exercises or add equipment.'
			)
		);
	}
	return done(
		partFail(
			'too-long',
			'There are not enough stretches for that many minutes with these settings: choose fewer minutes.'
		)
	);
}

/**
 * At most how long a stretch part covering every required region takes, at its shortest:
 * the slowest stretch a seed could pick for each region (used to share out a daily routine).
 */
export function stretchCoverSec(request: RoutineRequest, cat: Catalogue): number {
	const pool = allowedOfKind(cat, 'stretch', request);
	const slots: Slot[] = [];
	for (const r of cat.requiredRegions) {
		const primary = pool.filter((e) => e.regions[0] === r);
		const options = (primary.length > 0 ? primary : pool.filter((e) => e.regions.includes(r))).map(
			(e) => slotTemplate(e, 'stretch', request.level, { region: r, sets: 1, hold: request.hold })
		);
		if (options.length === 0) continue;
		slots.push(options.reduce((a, b) => (bodyRange(b).min > bodyRange(a).min ? b : a)));
	}
	// whatever is picked may change position twice (down, and back up)
	const changes = 2 * changeSec(request.backFriendly);
	return (
		changes +
		planSec(slots, 'min', {
			section: 'stretch',
			first: false,
			before: 'down',
			backFriendly: request.backFriendly
		})
	);
}

/**
 * At least how long a stretch part can be made: one stretch for every region the request
 * allows, each with as many holds as 90 s a side allows, at their longest — taking the shortest
 * a seed could choose.
 */
export function stretchMaxSec(request: RoutineRequest, cat: Catalogue): number {
	const pool = allowedOfKind(cat, 'stretch', request);
	const slots: Slot[] = [];
	const taken = new Set<string>();
	for (const r of [...cat.requiredRegions, ...cat.optionalRegions]) {
		const options = pool
			.filter((e) => e.regions[0] === r && !taken.has(movementOf(e)))
			.map((e) => {
				const one = slotTemplate(e, 'stretch', request.level, {
					region: r,
					sets: 1,
					hold: request.hold
				});
				const sets =
					one.item.mode === 'hold' && one.dose
						? Math.min(STRETCH_MAX_SETS, Math.floor(STRETCH_REGION_MAX_SEC / one.dose.span.min))
						: 1;
				return slotTemplate(e, 'stretch', request.level, { region: r, sets, hold: request.hold });
			});
		if (options.length === 0) continue;
		const pick = options.reduce((a, b) => (bodyRange(b).max < bodyRange(a).max ? b : a));
		taken.add(movementOf(pick.ex));
		slots.push(pick);
	}
	return planSec(slots, 'max', {
		section: 'stretch',
		first: true,
		before: 'up',
		backFriendly: request.backFriendly
	});
}

/** no region not asked for holds longer than the shortest held focus region */
export function focusHoldsOk(slots: readonly Slot[], focus: readonly RegionId[]): boolean {
	const holds = slots.filter((s) => s.item.mode === 'hold');
	const asked = holds.filter((s) => focus.includes(s.item.region));
	if (asked.length === 0) return true;
	const lowest = Math.min(...asked.map((s) => stretchSecPerSide(s.item)));
	return holds.every((s) => focus.includes(s.item.region) || stretchSecPerSide(s.item) <= lowest);
}

/** seconds a side an item stretches its region */
export function stretchSecPerSide(item: Slot['item']): number {
	if (item.mode === 'hold') return item.sets * item.holdSec;
	return item.reps.reduce((a, r) => a + r * item.secPerRep, 0);
}

/**
 * A focus region gets at least as much hold time as any region not asked for. When the fit
 * gave a region not asked for more, the other holds are capped at the focus holds' time and
 * the plan is fitted again (spare time goes to the focus holds first, the rest to pauses and
 * transitions). A hold that cannot be that short (long holds against a gentle neck stretch)
 * first makes room for another focus hold, and is otherwise left out of a short plan. Null
 * when nothing needs to change or nothing works.
 */
function balanceFocus(
	slots: readonly Slot[],
	target: number,
	lead: ReturnType<typeof leadContext>,
	focus: ReadonlySet<RegionId>,
	withSets: (slot: Slot, sets: number) => Slot | null
): Slot[] | null {
	const held = (s: Slot) => s.item.mode === 'hold';
	const isFocusSlot = (s: Slot) => focus.has(s.item.region);
	let current = [...slots];
	let grown = false;
	for (let round = 0; round < 4; round++) {
		const focusHeld = current.filter((s) => isFocusSlot(s) && held(s));
		if (focusHeld.length === 0) return round === 0 ? null : current;
		const lowest = Math.min(...focusHeld.map((s) => stretchSecPerSide(s.item)));
		const over = current.filter(
			(s) => !isFocusSlot(s) && held(s) && stretchSecPerSide(s.item) > lowest
		);
		if (over.length === 0) return round === 0 ? null : current;
		const capOf = (s: Slot) => Math.floor(lowest / s.item.sets / DOSE_STEP_SEC) * DOSE_STEP_SEC;
		const stuck = over.filter((s) => !s.dose || capOf(s) < s.dose.span.min);
		const capped = current.map((s) => {
			if (!over.includes(s) || stuck.includes(s) || !s.dose) return s;
			const cap = capOf(s);
			const d = s.dose.span;
			return { ...s, dose: { ...s.dose, span: span(d.min, Math.min(d.def, cap), cap) } };
		});
		const refit = stuck.length === 0 ? fitOrdered(capped, target, lead).slots : null;
		if (refit) {
			current = refit;
			continue;
		}
		if (!grown) {
			// another hold for the focus regions, where the time allows
			grown = true;
			const more = current.map((s) =>
				isFocusSlot(s) && held(s) ? (withSets(s, s.item.sets + 1) ?? s) : s
			);
			const fitted = fitOrdered(more, target, lead).slots;
			if (fitted) {
				current = fitted;
				continue;
			}
		}
		// a short plan: leave out what cannot be kept below the focus regions
		const kept = capped.filter((s) => !stuck.includes(s));
		const dropped = fitOrdered(kept, target, lead).slots;
		if (!dropped) return null;
		current = dropped;
	}
	return current;
}

/** one stretch per region, in order, while it fits at its shortest */
function cover(
	regionOrder: readonly RegionId[],
	spec: PlanSpec,
	candidatesFor: (r: RegionId) => Exercise[],
	covers: (picks: readonly Pick[], r: RegionId) => boolean,
	isFocus: (region: RegionId) => boolean
): Pick[] {
	const picks: Pick[] = [];
	for (const region of regionOrder) {
		if (covers(picks, region)) continue;
		const ex = candidatesFor(region).find(
			(e) => !picks.some((p) => movementOf(p.ex) === movementOf(e))
		);
		if (!ex) continue;
		picks.push({ ex, region, focus: isFocus(region), sets: 1 });
		if (secOf(spec, picks, 'min') > spec.target) picks.pop();
	}
	return picks;
}

/**
 * Make sure a calm lying stretch is in the plan to end on, swapping one in where possible. When
 * the plan is full and coverage is not required, one region not asked for (the last that can)
 * makes room for the position change; it is then reported as left out.
 */
function endOnTheFloor(
	picks: Pick[],
	spec: PlanSpec,
	candidatesFor: (r: RegionId) => Exercise[],
	keepsCoverage: (next: readonly Pick[]) => boolean,
	mayDrop: boolean
): Pick[] {
	if (picks.length === 0 || picks.some((p) => isCalm(p.ex))) return picks;
	const swapped = swapInCalm(picks, spec, candidatesFor, keepsCoverage);
	if (swapped || !mayDrop) return swapped ?? picks;
	// one region makes room: the position change is shorter than any stretch
	for (let i = picks.length - 1; i > 0; i--) {
		if ((picks[i] as Pick).focus) continue;
		const next = swapInCalm(
			picks.filter((_, j) => j !== i),
			spec,
			candidatesFor,
			() => true
		);
		if (next) return next;
	}
	return picks;
}

function swapInCalm(
	picks: readonly Pick[],
	spec: PlanSpec,
	candidatesFor: (r: RegionId) => Exercise[],
	keepsCoverage: (next: readonly Pick[]) => boolean
): Pick[] | null {
	// a stretch of the pick's own region first (a lying quad stretch for the standing one), then
	// one that also works it; never one whose main region another pick already stretches
	for (const ownRegion of [true, false]) {
		for (let i = picks.length - 1; i >= 0; i--) {
			const p = picks[i] as Pick;
			const others = picks.filter((_, j) => j !== i);
			const alt = candidatesFor(p.region).find(
				(e) =>
					isCalm(e) &&
					(e.regions[0] === p.region) === ownRegion &&
					// the pick being replaced may share the movement
					!others.some((q) => movementOf(q.ex) === movementOf(e)) &&
					!others.some((q) => q.ex.regions[0] === e.regions[0])
			);
			if (!alt) continue;
			const next = picks.map((q, j) => (j === i ? { ...q, ex: alt } : q));
			if (keepsCoverage(next) && secOf(spec, next, 'min') <= spec.target) return next;
		}
	}
	return null;
}

function stretchExpansions(
	optional: readonly RegionId[],
	candidatesFor: (r: RegionId) => Exercise[],
	covers: (picks: readonly Pick[], r: RegionId) => boolean,
	isFocus: (region: RegionId) => boolean,
	maxSets: (p: Pick) => number
): Expansion[] {
	const list: Expansion[] = [];
	const setsTo =
		(n: number, onlyFocus: boolean, index: number): Expansion =>
		(picks) => {
			const p = picks[index];
			if (!p || p.sets >= n || (onlyFocus && !p.focus) || n > maxSets(p)) return null;
			// a region not asked for gets another hold only once every focus region has it
			if (!p.focus && picks.some((q) => q.focus && q.sets < n && q.ex.mode === 'hold')) return null;
			return picks.map((q, j) => (j === index ? { ...q, sets: n } : q));
		};
	// plans have at most about fifteen picks; indices past the end simply do not apply
	const indices = Array.from({ length: 16 }, (_, i) => i);
	// spare time to focus regions first: a second hold, about 60 s per side
	for (const i of indices) list.push(setsTo(2, true, i));
	// then about 60 s per side for every region (Harvard)
	for (const i of indices) list.push(setsTo(2, false, i));
	// then the optional regions, two holds each (one where two would pass 90 s)
	for (const region of optional) {
		list.push((picks) => {
			if (covers(picks, region)) return null;
			const ex = candidatesFor(region).find(
				(e) => !picks.some((p) => movementOf(p.ex) === movementOf(e))
			);
			if (!ex) return null;
			const pick = { ex, region, focus: isFocus(region), sets: 1 };
			const focusSets = picks.filter((q) => q.focus && q.ex.mode === 'hold').map((q) => q.sets);
			const cap = pick.focus ? 2 : Math.min(2, ...focusSets);
			return [...picks, { ...pick, sets: Math.max(1, Math.min(cap, maxSets(pick))) }];
		});
	}
	// then more holds, up to Mayo's upper range, focus first
	for (let n = 3; n <= STRETCH_MAX_SETS; n++) {
		for (const i of indices) list.push(setsTo(n, true, i));
		for (const i of indices) list.push(setsTo(n, false, i));
	}
	return list;
}

/**
 * Orders by position (the calm floor stretch last when standing first), forward bends apart.
 * A stretch that cannot be placed is swapped for another of its region that is not a forward
 * bend (or left out).
 */
function orderStretch(
	picks: readonly Pick[],
	slotOf: (p: Pick) => Slot,
	ctx: PartContext,
	banned: Set<string>,
	candidatesFor: (r: RegionId) => Exercise[],
	trouble: { flex: boolean },
	floorFirst: boolean
): Slot[] | null {
	let current = [...picks];
	for (let attempt = 0; attempt < 6; attempt++) {
		const slots = current.map(slotOf);
		const calm = floorFirst ? undefined : [...slots].reverse().find((s) => isCalm(s.ex));
		const groups: Slot[][] = [[], [], [], [], []];
		for (const s of slots) if (s !== calm) groups[positionRank(s.ex, floorFirst)]?.push(s);
		const { order, conflicts } = arrange(groups, {
			prevFlex: ctx.prevFlex,
			nextFlex: ctx.nextFlex,
			allowAdjacentFlex: !ctx.request.backFriendly,
			...(calm ? { last: calm } : {})
		});
		if (conflicts.length === 0) return order;
		trouble.flex = true;
		// slow repetitions take one set (no region over 90 s a side)
		const swapped = (p: Pick, ex: Exercise): Pick => ({
			...p,
			ex,
			sets: ex.mode === 'hold' ? p.sets : 1
		});
		const altFor = (p: Pick) =>
			candidatesFor(p.region).find(
				(e) =>
					e.back !== 'flex' &&
					!banned.has(e.id) &&
					!current.some((q) => movementOf(q.ex) === movementOf(e))
			);
		for (const c of conflicts) {
			const idx = current.findIndex((p) => p.ex.id === c.ex.id);
			const p = current[idx];
			if (!p) continue;
			const alt = altFor(p);
			if (alt) {
				banned.add(c.ex.id);
				current = current.map((q, j) => (j === idx ? swapped(q, alt) : q));
				continue;
			}
			// no other stretch for its region: swap another forward bend for one that is not
			const other = current.findIndex((q) => q !== p && q.ex.back === 'flex' && altFor(q));
			const q = current[other];
			const qAlt = q && altFor(q);
			if (q && qAlt) {
				banned.add(q.ex.id);
				current = current.map((x, j) => (j === other ? swapped(x, qAlt) : x));
				continue;
			}
			banned.add(c.ex.id);
			current = current.filter((_, j) => j !== idx);
		}
	}
	return null;
}
