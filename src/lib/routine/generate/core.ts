/**
 * Core (CONTENT.md §2). Back-friendly (default): cat-camel first, then McGill's big three —
 * one member of each family, the highest the level allows — with the level's descending
 * pyramid; other core moves fill longer plans. Back-friendly off: after the cat-camel, the big
 * three and the other moves join one pool in the seed's order. Rest between pyramid steps is
 * about two breaths; between exercises 30–60 s (the transition).
 */
import { isFloorExercise } from '$lib/catalogue';
import { BIG_THREE } from '$lib/catalogue/types';
import type { Exercise, RegionId } from '$lib/catalogue/types';
import { allowedOfKind } from '../catalogue';
import type { Catalogue } from '../catalogue';
import { arrange } from '../arrange';
import type { Slot } from '../fit';
import { orderPool } from '../rng';
import { LEVEL_RANK, TRANSITION_SEC } from '../rules';
import { isCatCamel, pyramidFor, pyramidHoldFor, slotTemplate } from '../slots';
import type { RoutineRequest } from '../types';
import { bodyRange, firstLead, partFail, planSec } from './common';
import type { PartContext, PartResult } from './common';
import { expand, finish, secOf } from './plan';
import type { Expansion, Pick, PlanSpec } from './plan';

const primary = (e: Exercise): RegionId => e.regions[0] ?? 'abdominals';

interface CorePools {
	catCamel: Exercise | undefined;
	/** per family, the members at the highest level allowed, in the seed's order */
	families: Exercise[][];
	extras: Exercise[];
}

function pools(
	request: RoutineRequest,
	cat: Catalogue,
	banned: ReadonlySet<string> = new Set()
): CorePools {
	const pool = allowedOfKind(cat, 'core', request).filter((e) => !banned.has(e.id));
	const catCamel = orderPool(pool.filter(isCatCamel), 'core:cat-camel', request.seed)[0];
	const families = BIG_THREE.map((family) => {
		const all = pool.filter((e) => e.bigThree === family);
		// McGill's floor versions when the floor is possible; standing and chair ones otherwise
		const onFloor = all.filter(isFloorExercise);
		const members = onFloor.length > 0 ? onFloor : all;
		const top = Math.max(-1, ...members.map((e) => LEVEL_RANK[e.level]));
		const best = members.filter((e) => LEVEL_RANK[e.level] === top);
		return orderPool(best, `core:${family}`, request.seed);
	}).filter((f) => f.length > 0);
	const others = pool.filter((e) => !isCatCamel(e) && e.bigThree === undefined);
	const ordered = orderPool(others, 'core:extras', request.seed, Math.max(1, others.length >> 1));
	// extras for the focus regions come first
	const focused = ordered.filter((e) => e.regions.some((r) => request.focus.includes(r)));
	const extras = [...focused, ...ordered.filter((e) => !focused.includes(e))];
	return { catCamel, families, extras };
}

const pyramidPick = (ex: Exercise, request: RoutineRequest, next = false): Pick => ({
	ex,
	region: primary(ex),
	focus: ex.regions.some((r) => request.focus.includes(r)),
	sets: 1,
	// the request's step sets the dose (issue 14); step 2 is the level's standard one
	pyramid: pyramidFor(request.level, next, request.step),
	pyramidHoldSec: pyramidHoldFor(request.level, request.step)
});

const plainPick = (ex: Exercise, request: RoutineRequest): Pick => ({
	ex,
	region: primary(ex),
	focus: ex.regions.some((r) => request.focus.includes(r)),
	sets: ex.dose.mode === 'hold' ? ex.dose.sets : 1
});

const pickOf = (ex: Exercise, request: RoutineRequest): Pick =>
	ex.bigThree ? pyramidPick(ex, request) : plainPick(ex, request);

/**
 * The shortest a back-friendly core part can be (lead-in included): the cat-camel and the big
 * three at their quickest, taking the slowest member a seed could choose. 0 when not
 * back-friendly (any single move will do).
 */
export function coreMinSec(request: RoutineRequest, cat: Catalogue, first: boolean): number {
	if (!request.backFriendly) return 0;
	const { catCamel, families } = pools(request, cat);
	const slots: Slot[] = [];
	if (catCamel)
		slots.push(slotTemplate(catCamel, 'core', request.level, plainPick(catCamel, request)));
	for (const members of families) {
		const options = members.map((ex) =>
			slotTemplate(ex, 'core', request.level, pyramidPick(ex, request))
		);
		const slowest = options.reduce((a, b) => (bodyRange(b).min > bodyRange(a).min ? b : a));
		slots.push(slowest);
	}
	return planSec(slots, 'min', TRANSITION_SEC.core, firstLead(first));
}

export function generateCore(ctx: PartContext): PartResult {
	const banned = new Set<string>();
	// a forward bend that cannot be kept apart from another is left out and the plan made again
	for (let attempt = 0; attempt < 4; attempt++) {
		const conflicts: string[] = [];
		const result = attemptCore(ctx, banned, conflicts);
		if (result.ok || conflicts.length === 0) return result;
		for (const id of conflicts) banned.add(id);
	}
	return partFail(
		'no-exercises',
		'These settings leave too few core exercises to keep forward bends apart: avoid fewer exercises.'
	);
}

function attemptCore(
	ctx: PartContext,
	banned: ReadonlySet<string>,
	conflictsOut: string[]
): PartResult {
	const { request, cat, target } = ctx;
	const { catCamel, families, extras } = pools(request, cat, banned);
	// nearly every core move is done on the floor: without a mat there is too little to build on
	const enough = request.backFriendly ? families.length > 0 : families.length + extras.length >= 3;
	if (!enough) {
		return partFail(
			'no-exercises',
			request.equipment.includes('mat')
				? 'Not enough core exercises are left with these settings: avoid fewer exercises.'
				: 'Core routines need a mat: most core exercises are done on the floor.'
		);
	}
	const slotOf = (p: Pick): Slot => slotTemplate(p.ex, 'core', request.level, p);
	const spec: PlanSpec = {
		target,
		lead: TRANSITION_SEC.core,
		first: firstLead(ctx.first),
		slotOf,
		order: (picks) => {
			// the cat-camel, the big three in McGill's order, then the rest as picked
			const slots = picks.map(slotOf);
			const head = slots.filter((s) => isCatCamel(s.ex));
			const groups: Slot[][] = [head];
			if (request.backFriendly) {
				for (const family of BIG_THREE) groups.push(slots.filter((s) => s.ex.bigThree === family));
				groups.push(slots.filter((s) => !isCatCamel(s.ex) && s.ex.bigThree === undefined));
			} else {
				groups.push(slots.filter((s) => !isCatCamel(s.ex)));
			}
			const { order, conflicts } = arrange(groups, {
				prevFlex: ctx.prevFlex,
				nextFlex: ctx.nextFlex,
				allowAdjacentFlex: !ctx.request.backFriendly
			});
			if (conflicts.length === 0) return order;
			conflictsOut.push(...conflicts.map((c) => c.ex.id));
			return null;
		}
	};

	const picks: Pick[] = [];
	if (catCamel) picks.push(plainPick(catCamel, request));
	const expansions: Expansion[] = [];
	const add =
		(ex: Exercise): Expansion =>
		(cur) =>
			cur.some((p) => p.ex.id === ex.id) ? null : [...cur, pickOf(ex, request)];

	if (request.backFriendly) {
		for (const members of families) {
			const ex = members[0] as Exercise;
			picks.push(pyramidPick(ex, request));
		}
		if (secOf(spec, picks, 'min') > target) {
			return partFail('too-short', 'There is not enough time for the back-friendly core moves.');
		}
		if (request.level === 'advanced') {
			// the next pyramid, for long plans
			expansions.push((cur) =>
				cur.some((p) => p.pyramid && p.pyramid[0] !== pyramidFor('advanced', true, request.step)[0])
					? cur.map((p) =>
							p.pyramid ? { ...p, pyramid: pyramidFor('advanced', true, request.step) } : p
						)
					: null
			);
		}
		for (const ex of extras) expansions.push(add(ex));
	} else {
		const mixed = orderPool(
			[...families.map((m) => m[0] as Exercise), ...extras],
			'core:mixed',
			request.seed,
			3
		);
		const focused = mixed.filter((e) => e.regions.some((r) => request.focus.includes(r)));
		const order = [...focused, ...mixed.filter((e) => !focused.includes(e))];
		// at least one move besides the cat-camel: the first that fits
		const firstFit = order.find(
			(ex) => secOf(spec, [...picks, pickOf(ex, request)], 'min') <= target
		);
		if (firstFit) picks.push(pickOf(firstFit, request));
		for (const ex of order) expansions.push(add(ex));
	}
	if (picks.length === 0 || secOf(spec, picks, 'min') > target) {
		return partFail('too-short', 'There is not enough time for a core routine.');
	}
	// a second round of the plain moves, for long plans
	for (const ex of extras) {
		if (ex.dose.mode === 'hold') continue;
		expansions.push((cur) => {
			const i = cur.findIndex((p) => p.ex.id === ex.id);
			const p = cur[i];
			if (!p || p.sets >= 2) return null;
			return cur.map((q, j) => (j === i ? { ...q, sets: 2 } : q));
		});
	}
	const grown = expand(spec, picks, expansions);
	const slots = finish(spec, grown, picks.length);
	if (slots) return { ok: true, slots };
	return partFail(
		'too-long',
		'There are not enough core exercises for that many minutes with these settings: choose fewer minutes.'
	);
}
