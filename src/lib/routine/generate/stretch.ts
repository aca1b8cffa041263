/**
 * Stretch (CONTENT.md §2): one stretch per required region in priority order (focus regions
 * first), a 10-minute plan covering all nine; static holds in range, left and right paired;
 * spare time to focus regions first (a second hold: about 60 s per side), then a second hold
 * for every region, optional regions, a third hold. Ordered standing → kneeling → seated →
 * lying, ending with a calm stretch on the floor.
 */
import { REGION_LABELS } from '$lib/catalogue';
import { POSITIONS } from '$lib/catalogue/types';
import type { Exercise, RegionId } from '$lib/catalogue/types';
import { allowedOfKind } from '../catalogue';
import { arrange } from '../arrange';
import type { Slot } from '../fit';
import { orderPool } from '../rng';
import { STRETCH_COVERAGE_MINUTES, STRETCH_MAX_SETS, TRANSITION_SEC } from '../rules';
import { slotTemplate } from '../slots';
import { firstLead, listing, partFail } from './common';
import type { PartContext, PartResult } from './common';
import { expand, finish, secOf } from './plan';
import type { Expansion, Pick, PlanSpec } from './plan';

/** a calm floor stretch to end on: lying, back-neutral, a plain hold */
const isCalm = (e: Exercise) => e.position === 'lying' && e.back === 'ok' && e.mode === 'hold';

export function generateStretch(ctx: PartContext): PartResult {
	const { request, cat, target } = ctx;
	const pool = allowedOfKind(cat, 'stretch', request);
	const missing = cat.requiredRegions.filter((r) => !pool.some((e) => e.regions.includes(r)));
	if (missing.length > 0) {
		const names = listing(missing.map((r) => REGION_LABELS[r].toLowerCase()));
		return partFail(
			'region-unavailable',
			`No stretch for the ${names} is left with these settings: avoid fewer exercises or add equipment.`
		);
	}

	const focus = new Set<RegionId>(request.focus);
	const candidates = new Map<RegionId, Exercise[]>();
	/** stretches for a region: those that target it first, then those that also work it */
	const candidatesFor = (r: RegionId): Exercise[] => {
		let list = candidates.get(r);
		if (!list) {
			const ordered = orderPool(
				pool.filter((e) => e.regions.includes(r)),
				`stretch:${r}`,
				request.seed
			);
			list = [
				...ordered.filter((e) => e.regions[0] === r),
				...ordered.filter((e) => e.regions[0] !== r)
			];
			candidates.set(r, list);
		}
		return list;
	};
	const hasPrimary = (r: RegionId) => candidatesFor(r)[0]?.regions[0] === r;
	const covers = (picks: readonly Pick[], r: RegionId) =>
		picks.some((p) => p.ex.regions[0] === r) ||
		(!hasPrimary(r) && picks.some((p) => p.ex.regions.includes(r)));
	const isFocus = (e: Exercise) => e.regions.some((r) => focus.has(r));

	const slotOf = (p: Pick): Slot => slotTemplate(p.ex, 'stretch', request.level, p);

	const banned = new Set<string>();
	/** set when forward bends had to be swapped or left out to keep them apart */
	const trouble = { flex: false };
	const spec: PlanSpec = {
		target,
		lead: TRANSITION_SEC.stretch,
		first: firstLead(ctx.first),
		slotOf,
		order: (picks) => orderStretch(picks, slotOf, ctx, banned, candidatesFor, trouble)
	};

	const required = cat.requiredRegions;
	const optional = cat.optionalRegions.filter((r) => !required.includes(r));
	const focusReq = required.filter((r) => focus.has(r));
	const focusOpt = request.focus.filter((r) => !required.includes(r));
	const rest = required.filter((r) => !focus.has(r));
	const mustCover = target >= STRETCH_COVERAGE_MINUTES * 60;
	// focus first; if that crowds out a required region in a plan long enough to cover them all,
	// the optional focus regions wait until the required ones are in
	const orders = [
		[...focusReq, ...focusOpt, ...rest],
		[...focusReq, ...rest, ...focusOpt]
	];

	for (const regionOrder of orders) {
		const picks = cover(regionOrder, spec, candidatesFor, covers, isFocus);
		if (mustCover && !required.every((r) => covers(picks, r))) continue;
		const ended = endOnTheFloor(picks, spec, candidatesFor, (next) =>
			required.every((r) => !covers(picks, r) || covers(next, r))
		);
		const expansions = stretchExpansions(optional, candidatesFor, covers, isFocus);
		const grown = expand(spec, ended, expansions);
		const slots = finish(spec, grown);
		if (!slots) continue;
		// leaving a forward bend out may have cost a region: a long plan must still cover them all
		const final: Pick[] = slots.map((s) => ({
			ex: s.ex,
			region: s.item.region,
			focus: s.item.focus,
			sets: s.item.sets
		}));
		if (mustCover && !required.every((r) => covers(final, r))) continue;
		return { ok: true, slots };
	}
	if (trouble.flex) {
		return partFail(
			'no-exercises',
			'These settings leave too few stretches to cover every region without two forward bends in a row: avoid fewer exercises or add equipment.'
		);
	}
	return partFail(
		'too-long',
		'There are not enough stretches for that many minutes with these settings: choose fewer minutes.'
	);
}

/** one stretch per region, in order, while it fits at its shortest */
function cover(
	regionOrder: readonly RegionId[],
	spec: PlanSpec,
	candidatesFor: (r: RegionId) => Exercise[],
	covers: (picks: readonly Pick[], r: RegionId) => boolean,
	isFocus: (e: Exercise) => boolean
): Pick[] {
	const picks: Pick[] = [];
	for (const region of regionOrder) {
		if (covers(picks, region)) continue;
		const ex = candidatesFor(region).find((e) => !picks.some((p) => p.ex.id === e.id));
		if (!ex) continue;
		picks.push({ ex, region, focus: isFocus(ex), sets: 1 });
		if (secOf(spec, picks, 'min') > spec.target) picks.pop();
	}
	return picks;
}

/** make sure a calm lying stretch is in the plan to end on, swapping one in where possible */
function endOnTheFloor(
	picks: Pick[],
	spec: PlanSpec,
	candidatesFor: (r: RegionId) => Exercise[],
	keepsCoverage: (next: readonly Pick[]) => boolean
): Pick[] {
	if (picks.length === 0 || picks.some((p) => isCalm(p.ex))) return picks;
	for (let i = picks.length - 1; i >= 0; i--) {
		const p = picks[i] as Pick;
		const alt = candidatesFor(p.region).find(
			(e) => isCalm(e) && !picks.some((q) => q.ex.id === e.id)
		);
		if (!alt) continue;
		const next = picks.map((q, j) => (j === i ? { ...q, ex: alt } : q));
		if (keepsCoverage(next) && secOf(spec, next, 'min') <= spec.target) return next;
	}
	return picks;
}

function stretchExpansions(
	optional: readonly RegionId[],
	candidatesFor: (r: RegionId) => Exercise[],
	covers: (picks: readonly Pick[], r: RegionId) => boolean,
	isFocus: (e: Exercise) => boolean
): Expansion[] {
	const list: Expansion[] = [];
	const setsTo =
		(n: number, onlyFocus: boolean, index: number): Expansion =>
		(picks) => {
			const p = picks[index];
			if (!p || p.sets >= n || (onlyFocus && !p.focus)) return null;
			return picks.map((q, j) => (j === index ? { ...q, sets: n } : q));
		};
	// plans have at most about fifteen picks; indices past the end simply do not apply
	const indices = Array.from({ length: 16 }, (_, i) => i);
	// spare time to focus regions first: a second hold, about 60 s per side
	for (const i of indices) list.push(setsTo(2, true, i));
	// then about 60 s per side for every region (Harvard)
	for (const i of indices) list.push(setsTo(2, false, i));
	// then the optional regions, two holds each
	for (const region of optional) {
		list.push((picks) => {
			if (covers(picks, region)) return null;
			const ex = candidatesFor(region).find((e) => !picks.some((p) => p.ex.id === e.id));
			return ex ? [...picks, { ex, region, focus: isFocus(ex), sets: 2 }] : null;
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
 * Orders by position, the calm floor stretch last, forward bends apart. A stretch that cannot
 * be placed is swapped for another of its region that is not a forward bend (or left out).
 */
function orderStretch(
	picks: readonly Pick[],
	slotOf: (p: Pick) => Slot,
	ctx: PartContext,
	banned: Set<string>,
	candidatesFor: (r: RegionId) => Exercise[],
	trouble: { flex: boolean }
): Slot[] | null {
	let current = [...picks];
	for (let attempt = 0; attempt < 6; attempt++) {
		const slots = current.map(slotOf);
		const calm = [...slots].reverse().find((s) => isCalm(s.ex));
		const groups = POSITIONS.map((pos) => slots.filter((s) => s.ex.position === pos && s !== calm));
		const { order, conflicts } = arrange(groups, {
			prevFlex: ctx.prevFlex,
			nextFlex: ctx.nextFlex,
			allowAdjacentFlex: !ctx.request.backFriendly,
			last: calm
		});
		if (conflicts.length === 0) return order;
		trouble.flex = true;
		for (const c of conflicts) {
			banned.add(c.ex.id);
			const idx = current.findIndex((p) => p.ex.id === c.ex.id);
			const p = current[idx];
			if (!p) continue;
			const alt = candidatesFor(p.region).find(
				(e) => e.back !== 'flex' && !banned.has(e.id) && !current.some((q) => q.ex.id === e.id)
			);
			current = alt
				? current.map((q, j) => (j === idx ? { ...q, ex: alt } : q))
				: current.filter((_, j) => j !== idx);
		}
	}
	return null;
}
