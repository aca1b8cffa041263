/**
 * Core (CONTENT.md §2). Back-friendly (default): cat-camel first, then McGill's big three —
 * one member of each family, the highest the level allows — with the level's descending
 * pyramid, shortened from the top (fewer repetitions per step, the level's hold kept) when
 * the full one does not fit; other core moves fill longer plans. Back-friendly off: after the
 * cat-camel, the big three and the other moves join one pool in the seed's order, moves of
 * the level first. Each held repetition is timed, with about two breaths of relax between
 * repetitions, 15–30 s between pyramid steps and 30–60 s between exercises (the transition).
 *
 * With the floor possible the core stays on the floor (McGill's versions); without it, the
 * standing and chair versions stand in. Moves play easiest first, never backwards.
 */
import { isFloorExercise } from '$lib/catalogue';
import { BIG_THREE } from '$lib/catalogue/types';
import type { Exercise, RegionId } from '$lib/catalogue/types';
import { allowedOfKind } from '../catalogue';
import type { Catalogue } from '../catalogue';
import { arrange } from '../arrange';
import { itemBodySec } from '../fit';
import type { Slot } from '../fit';
import type { LeadContext } from '../positions';
import { orderPool } from '../rng';
import { LEVEL_RANK } from '../rules';
import {
	isCatCamel,
	movementOf,
	pyramidFor,
	pyramidHoldFor,
	pyramidLadder,
	slotTemplate
} from '../slots';
import type { RoutineRequest } from '../types';
import { bodyRange, leadContext, partFail, planSec } from './common';
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

/** how many easier versions an exercise has below it in the catalogue */
function depth(e: Exercise, cat: Catalogue): number {
	let n = 0;
	for (let id = e.easier; id !== undefined && n < 10; id = cat.byId.get(id)?.easier) n++;
	return n;
}

/** is `b` an easier version of `a` (anywhere down its chain)? */
export function isEasierVersion(a: Exercise, b: Exercise, cat: Catalogue): boolean {
	let n = 0;
	for (let id = a.easier; id !== undefined && n < 10; id = cat.byId.get(id)?.easier, n++) {
		if (id === b.id) return true;
	}
	return false;
}

/** easiest first: by level, then intensity, then place in its chain of versions (stable) */
function byDifficulty(list: readonly Exercise[], cat: Catalogue): Exercise[] {
	return list
		.map((e, i) => ({ e, i, k: [LEVEL_RANK[e.level], e.intensity, depth(e, cat)] }))
		.sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || a.i - b.i)
		.map((x) => x.e);
}

const poolCache = new WeakMap<Catalogue, Map<string, CorePools>>();

function pools(
	request: RoutineRequest,
	cat: Catalogue,
	used: ReadonlySet<string>,
	banned: ReadonlySet<string> = new Set()
): CorePools {
	let byKey = poolCache.get(cat);
	if (!byKey) {
		byKey = new Map();
		poolCache.set(cat, byKey);
	}
	const key = [
		request.level,
		request.backFriendly,
		request.lowImpact,
		request.equipment,
		request.avoid,
		request.without,
		request.focus,
		request.seed,
		[...used],
		[...banned]
	].join('|');
	const hit = byKey.get(key);
	if (hit) return hit;
	if (byKey.size > 2000) byKey.clear();

	const all = allowedOfKind(cat, 'core', request).filter(
		(e) => !banned.has(e.id) && !used.has(movementOf(e))
	);
	// with the floor possible, the core stays on it; else standing and chair moves
	const onFloor = all.filter(isFloorExercise);
	const pool = onFloor.length > 0 ? onFloor : all;
	const catCamel = orderPool(pool.filter(isCatCamel), 'core:cat-camel', request.seed)[0];
	const families = BIG_THREE.map((family) => {
		const members = pool.filter((e) => e.bigThree === family);
		const top = Math.max(-1, ...members.map((e) => LEVEL_RANK[e.level]));
		const best = members.filter((e) => LEVEL_RANK[e.level] === top);
		return orderPool(best, `core:${family}`, request.seed);
	}).filter((f) => f.length > 0);
	const others = pool.filter((e) => !isCatCamel(e) && e.bigThree === undefined);
	const ordered = orderPool(others, 'core:extras', request.seed, Math.max(1, others.length >> 1));
	// extras for the focus regions come first
	const focused = ordered.filter((e) => e.regions.some((r) => request.focus.includes(r)));
	const extras = [...focused, ...ordered.filter((e) => !focused.includes(e))];
	const result = { catCamel, families, extras };
	byKey.set(key, result);
	return result;
}

const pyramidPick = (ex: Exercise, request: RoutineRequest, pyramid: readonly number[]): Pick => ({
	ex,
	region: primary(ex),
	focus: ex.regions.some((r) => request.focus.includes(r)),
	sets: 1,
	pyramid,
	// the request's step sets the dose (issue 14); step 2 is the level's standard one
	pyramidHoldSec: pyramidHoldFor(request.level, request.step)
});

const plainPick = (ex: Exercise, request: RoutineRequest): Pick => ({
	ex,
	region: primary(ex),
	focus: ex.regions.some((r) => request.focus.includes(r)),
	sets: ex.dose.mode === 'hold' ? ex.dose.sets : 1
});

const pickOf = (ex: Exercise, request: RoutineRequest, pyramid: readonly number[]): Pick =>
	ex.bigThree ? pyramidPick(ex, request, pyramid) : plainPick(ex, request);

const slotOf =
	(request: RoutineRequest) =>
	(p: Pick): Slot =>
		slotTemplate(p.ex, 'core', request.level, p);

/**
 * The shortest a back-friendly core part can be (lead-in included): the cat-camel and the big
 * three at their quickest with the shortest pyramid, taking the slowest member a seed could
 * choose. 0 when not back-friendly (any single move will do).
 */
export function coreMinSec(request: RoutineRequest, cat: Catalogue, lead: LeadContext): number {
	if (!request.backFriendly) return 0;
	const { catCamel, families } = pools(request, cat, new Set());
	const ladder = pyramidLadder(request.level, request.step);
	const smallest = ladder[ladder.length - 1] as readonly number[];
	const slots: Slot[] = [];
	if (catCamel) slots.push(slotOf(request)(plainPick(catCamel, request)));
	for (const members of families) {
		const options = members.map((ex) => slotOf(request)(pyramidPick(ex, request, smallest)));
		const slowest = options.reduce((a, b) => (bodyRange(b).min > bodyRange(a).min ? b : a));
		slots.push(slowest);
	}
	return planSec(slots, 'min', lead);
}

/**
 * At least how long a core part can be made (lead-in included): every move the request allows,
 * one per movement, at its longest, the longest pyramid, plain moves twice, the longest pauses
 * — taking the shortest member a seed could choose.
 */
export function coreMaxSec(request: RoutineRequest, cat: Catalogue, lead: LeadContext): number {
	const { catCamel, families, extras } = pools(request, cat, new Set());
	const toSlot = slotOf(request);
	const top = pyramidFor(request.level, true, request.step);
	const slots: Slot[] = [];
	const shortest = (options: Slot[]) =>
		options.reduce((a, b) => (bodyRange(b).max < bodyRange(a).max ? b : a));
	if (catCamel) slots.push(toSlot(plainPick(catCamel, request)));
	for (const members of families) {
		slots.push(shortest(members.map((ex) => toSlot(pyramidPick(ex, request, top)))));
	}
	const byMovement = new Map<string, Slot[]>();
	for (const ex of extras) {
		const afterFamily = families.some((m) => m.some((f) => isEasierVersion(f, ex, cat)));
		if (request.backFriendly && afterFamily) continue;
		const pick = plainPick(ex, request);
		const slot = toSlot(ex.dose.mode === 'hold' ? pick : { ...pick, sets: 2 });
		const list = byMovement.get(movementOf(ex)) ?? [];
		list.push(slot);
		byMovement.set(movementOf(ex), list);
	}
	for (const list of byMovement.values()) slots.push(shortest(list));
	return planSec(slots, 'max', lead);
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
	const { catCamel, families, extras } = pools(request, cat, ctx.used, banned);
	const enough = request.backFriendly ? families.length > 0 : families.length + extras.length >= 2;
	if (!enough) {
		return partFail(
			'no-exercises',
			'Not enough core exercises are left with these settings: avoid fewer exercises or allow more movements.'
		);
	}
	const lead = leadContext(ctx, 'core');
	const toSlot = slotOf(request);
	const spec: PlanSpec = {
		target,
		lead,
		slotOf: toSlot,
		order: (picks) => {
			// the cat-camel, the big three in McGill's order, then the rest, easiest first
			const slots = picks.map(toSlot);
			const head = slots.filter((s) => isCatCamel(s.ex));
			const groups: Slot[][] = [head];
			const rest = slots.filter((s) => !isCatCamel(s.ex));
			const sorted = (list: Slot[]) => {
				const exs = byDifficulty(
					list.map((s) => s.ex),
					cat
				);
				return exs.map((e) => list.find((s) => s.ex === e) as Slot);
			};
			if (request.backFriendly) {
				for (const family of BIG_THREE) groups.push(rest.filter((s) => s.ex.bigThree === family));
				groups.push(sorted(rest.filter((s) => s.ex.bigThree === undefined)));
			} else {
				groups.push(sorted(rest));
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

	const ladder = pyramidLadder(request.level, request.step);
	const full = pyramidFor(request.level, false, request.step);
	// one movement once; and back-friendly, where the big three come first, no easier version
	// of one of them after it
	const sameMovement = (cur: readonly Pick[], ex: Exercise) =>
		cur.some(
			(p) =>
				movementOf(p.ex) === movementOf(ex) ||
				(request.backFriendly && p.ex.bigThree !== undefined && isEasierVersion(p.ex, ex, cat))
		);

	const isFull = (p: readonly number[]) => p.join() === full.join();
	/** 'no-fit': the essentials do not fit with this pyramid; null: the time cannot be filled */
	const attemptWith = (
		pyramid: readonly number[],
		at: 'min' | 'def'
	): { slots: Slot[]; moves: number } | 'no-fit' | null => {
		const picks: Pick[] = [];
		if (catCamel) picks.push(plainPick(catCamel, request));
		const expansions: Expansion[] = [];
		const add =
			(ex: Exercise): Expansion =>
			(cur) =>
				sameMovement(cur, ex) ? null : [...cur, pickOf(ex, request, pyramid)];

		if (request.backFriendly) {
			for (const members of families)
				picks.push(pyramidPick(members[0] as Exercise, request, pyramid));
			if (secOf(spec, picks, at) > target) return 'no-fit';
			if (request.level === 'advanced' && isFull(pyramid)) {
				// the next pyramid, for long plans
				const next = pyramidFor('advanced', true, request.step);
				expansions.push((cur) =>
					cur.some((p) => p.pyramid && p.pyramid.join() !== next.join())
						? cur.map((p) => (p.pyramid ? { ...p, pyramid: next } : p))
						: null
				);
			}
			// after the level's big three, no move of an easier level
			for (const ex of extras) {
				if (LEVEL_RANK[ex.level] >= LEVEL_RANK[request.level] - 1 || request.level === 'beginner')
					expansions.push(add(ex));
			}
		} else {
			const mixed = orderPool(
				[...families.map((m) => m[0] as Exercise), ...extras],
				'core:mixed',
				request.seed,
				3
			);
			const focused = mixed.filter((e) => e.regions.some((r) => request.focus.includes(r)));
			const rest = mixed.filter((e) => !focused.includes(e));
			// moves of the level first, so an intermediate or advanced plan has some
			const ofLevel = rest.filter((e) => e.level === request.level);
			const order = [...focused, ...ofLevel, ...rest.filter((e) => !ofLevel.includes(e))];
			const firstFit = order.find(
				(ex) => secOf(spec, [...picks, pickOf(ex, request, pyramid)], 'min') <= target
			);
			if (!firstFit) return 'no-fit';
			picks.push(pickOf(firstFit, request, pyramid));
			for (const ex of order) expansions.push(add(ex));
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
		if (!slots) return null;
		const moves = slots.filter((s) => !isCatCamel(s.ex)).length;
		return { slots, moves };
	};

	let best: { slots: Slot[]; moves: number } | null = null;
	let fitted = false;
	// the longest pyramid whose essentials fit, even at the shortest pauses: holding work first,
	// spare time then to the pauses and other moves
	const tries: [readonly number[], 'min'][] = ladder.map((p) => [p, 'min']);
	for (const [pyramid, at] of tries) {
		const r = attemptWith(pyramid, at);
		if (r === 'no-fit') continue;
		fitted = true;
		// the essentials fit but the time cannot be filled: a shorter pyramid cannot help
		if (r === null) {
			if (request.backFriendly) break;
			continue;
		}
		if (request.backFriendly) {
			best = r;
			break;
		}
		// back-friendly off: a plan of one long pyramid is thin; shorten until there are three
		// moves and the pyramids take no more than about half of the time
		if (!best || r.moves > best.moves) best = r;
		const pyramidSec = r.slots
			.filter((s) => s.item.pyramid)
			.reduce((a, s) => a + s.leadSec + itemBodySec(s.item), 0);
		if ((r.moves >= 3 && pyramidSec <= 0.6 * target) || !r.slots.some((s) => s.item.pyramid)) {
			best = r;
			break;
		}
	}
	if (best) {
		const used = best.slots.find((s) => s.item.pyramid)?.item.reps;
		const next = pyramidFor(request.level, true, request.step);
		const shortened = used && !isFull(used) && used.join() !== next.join();
		return shortened
			? { ok: true, slots: best.slots, shortened: { full: [...full], used: [...used] } }
			: { ok: true, slots: best.slots };
	}
	if (!fitted) {
		return partFail(
			'too-short',
			request.backFriendly
				? 'There is not enough time for the back-friendly core moves.'
				: 'There is not enough time for a core routine.'
		);
	}
	return partFail(
		'too-long',
		'There are not enough core exercises for that many minutes with these settings: choose fewer minutes.'
	);
}
