/**
 * Warm-up (CONTENT.md §2, RAMP): raise about 40–50 % of the time, activate and mobilise
 * 35–45 %, potentiate 0–20 % (none for beginners, back-friendly or low-impact plans); the rest
 * is the countdown and the transitions. Dynamic moves only, intensity only rises (within a
 * phase and from one phase to the next), never opening with an impact move; when it
 * potentiates, it rises through a medium-intensity move before any jump. Moves on the floor
 * (bird dog, glute bridge…) come as a group of at least two, and only in a standalone warm-up
 * that does not potentiate: a daily routine's warm-up stays standing (its core goes down).
 */
import { isFloorExercise } from '$lib/catalogue';
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Exercise, RampPhase } from '$lib/catalogue/types';
import { allowedOfKind } from '../catalogue';
import { arrange } from '../arrange';
import { cloneSlot, fitSlots, itemBodySec, slotsSec, spendOnLeads } from '../fit';
import type { Slot } from '../fit';
import { orderPool } from '../rng';
import { TRANSITION_SEC } from '../rules';
import type { LeadContext } from '../positions';
import { applyLeads, baseLead } from '../positions';
import { movementOf, slotTemplate } from '../slots';
import { bodyRange, leadContext, partFail } from './common';
import type { PartContext, PartResult } from './common';

type Phase = 'raise' | 'am' | 'potentiate';
const phaseOf = (r: RampPhase | undefined): Phase | null =>
	r === 'raise'
		? 'raise'
		: r === 'activate' || r === 'mobilise'
			? 'am'
			: r === 'potentiate'
				? 'potentiate'
				: null;

const SHARE = DOSE_RULES.rampShare;

/** the RAMP share of each phase in a warm-up of `total` seconds, from its items */
export function rampShares(
	items: readonly { ramp?: RampPhase | undefined; body: number }[],
	total: number
): Record<Phase, number> {
	const sec: Record<Phase, number> = { raise: 0, am: 0, potentiate: 0 };
	for (const it of items) {
		const p = phaseOf(it.ramp);
		if (p) sec[p] += it.body;
	}
	return { raise: sec.raise / total, am: sec.am / total, potentiate: sec.potentiate / total };
}

function sharesOk(s: Record<Phase, number>, potentiate: boolean): boolean {
	const eps = 1e-9;
	const within = (v: number, r: { min: number; max: number }) =>
		v >= r.min - eps && v <= r.max + eps;
	return (
		within(s.raise, SHARE.raise) &&
		within(s.am, SHARE.activateMobilise) &&
		(potentiate ? within(s.potentiate, SHARE.potentiate) : s.potentiate === 0)
	);
}

/**
 * Phase budgets (seconds) for a warm-up of T seconds with O seconds of countdown and
 * transitions: aim inside each RAMP range, then give or take the difference, potentiate first
 * (when allowed), within the ranges.
 */
function budgets(T: number, O: number, pot: boolean, potMin = 0): Record<Phase, number> {
	let R = (pot ? 0.42 : 0.47) * T;
	const AM = (pot ? 0.37 : 0.42) * T;
	// room for at least the quickest potentiating move, within the phase's share
	let P = pot ? Math.min(SHARE.potentiate.max * T, Math.max(0.12 * T, potMin)) : 0;
	// what activate/mobilise gets beyond its aim once the others have moved
	let extra = T - O - R - AM - P;
	const up = (v: number, max: number) => {
		const d = Math.max(0, Math.min(extra, max * T - v));
		extra -= d;
		return v + d;
	};
	const down = (v: number, min: number) => {
		const d = Math.max(0, Math.min(-extra, v - min * T));
		extra += d;
		return v - d;
	};
	if (extra > 0) {
		if (pot) P = up(P, SHARE.potentiate.max);
		R = up(R, SHARE.raise.max);
	} else if (extra < 0) {
		// never below the quickest potentiating move
		if (pot) P = down(P, Math.min(potMin, P) / T);
		// activate/mobilise gives down to its minimum before the raise does
		const amRoom = AM - SHARE.activateMobilise.min * T;
		const give = Math.min(-extra, Math.max(0, amRoom));
		extra += give;
		R = down(R, SHARE.raise.min);
	}
	const r = Math.round(R);
	const p = Math.round(P);
	return { raise: r, potentiate: p, am: T - O - r - p };
}

export function generateWarmup(ctx: PartContext): PartResult {
	const { request, cat, target: T } = ctx;
	const pot = request.level !== 'beginner' && !request.backFriendly && !request.lowImpact;
	const banned = new Set<string>();
	const lead = TRANSITION_SEC.warmup;
	const leads = leadContext(ctx, 'warmup');
	const first = baseLead(leads, 0);

	for (let attempt = 0; attempt < 4; attempt++) {
		const bannedBefore = banned.size;
		// dynamic moves only: static holds are for the stretch
		const pool = allowedOfKind(cat, 'warmup', request).filter(
			(e) =>
				e.mode !== 'hold' &&
				phaseOf(e.ramp) !== null &&
				!banned.has(e.id) &&
				!ctx.used.has(movementOf(e)) &&
				// floor moves: grouped, in a standalone warm-up without jumps to follow
				(!isFloorExercise(e) || (!ctx.daily && !pot))
		);
		const raisePool = pool.filter((e) => phaseOf(e.ramp) === 'raise');
		if (
			!raisePool.some((e) => e.back !== 'impact') ||
			!pool.some((e) => phaseOf(e.ramp) === 'am')
		) {
			return partFail(
				'no-exercises',
				'Not enough warm-up moves are left with these settings: avoid fewer exercises.'
			);
		}
		const potMin = Math.min(
			Infinity,
			...pool
				// a medium one: a vigorous move needs a medium one before it
				.filter((e) => phaseOf(e.ramp) === 'potentiate' && e.intensity <= 2)
				.map(
					(e) =>
						bodyRange(
							slotTemplate(e, 'warmup', request.level, { region: e.regions[0] ?? 'quadriceps' })
						).min
				)
		);
		let n = Math.max(3, Math.round(T / 45));
		let potNow = pot;
		let result: Slot[] | null = null;
		for (let round = 0; round < 5 && !result; round++) {
			const O = Math.min(
				first.max + (n - 1) * lead.max,
				Math.max(first.def + (n - 1) * lead.def, first.min + (n - 1) * lead.min)
			);
			const b = budgets(T, O, potNow, potMin);
			const chosen = choose(pool, b, potNow, request.seed, request.level);
			if (!chosen) break;
			if (potNow && chosen.potentiate.length === 0) {
				// no potentiating move fits this short a plan: share its time out instead
				potNow = false;
				continue;
			}
			const all = [...chosen.raise, ...chosen.am, ...chosen.potentiate];
			const floor = chosen.am.filter((sl) => isFloorExercise(sl.ex));
			if (floor.length === 1) {
				// one move alone on the floor means getting down and up for it: leave it out
				banned.add((floor[0] as Slot).ex.id);
				break;
			}
			if (all.length !== n) {
				n = all.length;
				// budgets depend on the count of transitions: go round once more with the real count
				if (round < 2) continue;
			}
			const groups = groupsOf(chosen);
			const { order, conflicts } = arrange(groups, {
				prevFlex: ctx.prevFlex,
				nextFlex: ctx.nextFlex,
				allowAdjacentFlex: !ctx.request.backFriendly
			});
			if (conflicts.length > 0) {
				for (const c of conflicts) banned.add(c.ex.id);
				break;
			}
			result = finishWarmup(order, chosen, b, T, leads, potNow);
			if (!result) {
				// a very short warm-up may have no room to potentiate: share its time out instead
				if (potNow) {
					potNow = false;
					continue;
				}
				// getting down and up may not fit: try again standing
				for (const sl of order) if (isFloorExercise(sl.ex)) banned.add(sl.ex.id);
				break;
			}
		}
		if (result) return { ok: true, slots: result };
		if (banned.size === bannedBefore) break;
	}
	return partFail(
		'too-long',
		'There are not enough warm-up moves for that many minutes with these settings: choose fewer minutes.'
	);
}

interface Chosen {
	raise: Slot[];
	am: Slot[];
	potentiate: Slot[];
}

/** fills each phase's budget with moves, keeping intensity non-decreasing across phases */
function choose(
	pool: readonly Exercise[],
	b: Record<Phase, number>,
	pot: boolean,
	seed: string,
	level: PartContext['request']['level']
): Chosen | null {
	const slotOf = (e: Exercise) =>
		slotTemplate(e, 'warmup', level, { region: e.regions[0] ?? 'quadriceps' });
	const byIntensity = (list: readonly Exercise[], key: string) => {
		const ordered = orderPool(list, key, seed, Math.max(1, list.length >> 1));
		// gentlest first; within it, never an impact move ahead of the others
		return [...ordered].sort(
			(a, c) =>
				a.intensity - c.intensity || Number(a.back === 'impact') - Number(c.back === 'impact')
		);
	};
	/** movements already in the warm-up: each once */
	const taken = new Set<string>();
	const fill = (list: readonly Exercise[], budget: number): Slot[] => {
		const picked: Slot[] = [];
		let def = 0;
		let min = 0;
		let max = 0;
		const take = (s: Slot) => {
			picked.push(s);
			taken.add(movementOf(s.ex));
		};
		for (const e of list) {
			if (taken.has(movementOf(e))) continue;
			const s = slotOf(e);
			const r = bodyRange(s);
			if (def + r.def <= budget) {
				take(s);
				def += r.def;
				min += r.min;
				max += r.max;
			}
		}
		// one more when even the longest doses cannot fill the phase
		if (max < budget) {
			for (const e of list) {
				if (taken.has(movementOf(e))) continue;
				const s = slotOf(e);
				const r = bodyRange(s);
				if (min + r.min <= budget) {
					take(s);
					break;
				}
			}
		}
		return picked;
	};
	// the gentlest raise moves that can fill the phase: a harder one would force every later move
	// to be at least as hard
	const raisePool = pool.filter((e) => phaseOf(e.ramp) === 'raise');
	let cap = 1;
	while (
		cap < 3 &&
		raisePool.filter((e) => e.intensity <= cap).reduce((a, e) => a + bodyRange(slotOf(e)).max, 0) <
			b.raise
	) {
		cap++;
	}
	const raise = fill(
		byIntensity(
			raisePool.filter((e) => e.intensity <= cap),
			'warmup:raise'
		),
		b.raise
	);
	if (raise.length === 0) return null;
	const top = Math.max(...raise.map((s) => s.ex.intensity));
	const am = fill(
		byIntensity(
			pool.filter((e) => phaseOf(e.ramp) === 'am' && e.intensity >= top),
			'warmup:am'
		),
		b.am
	);
	if (am.length === 0) return null;
	const top2 = Math.max(top, ...am.map((s) => s.ex.intensity));
	// rise through medium intensity: no vigorous move without a medium one before it
	let potentiate: Slot[] = [];
	if (pot && b.potentiate > 0) {
		const list = byIntensity(
			pool.filter((e) => phaseOf(e.ramp) === 'potentiate' && e.intensity >= top2),
			'warmup:potentiate'
		);
		const medium = [...raise, ...am].some((s) => s.ex.intensity === 2);
		if (medium) potentiate = fill(list, b.potentiate);
		else {
			potentiate = fill(
				list.filter((e) => e.intensity <= 2),
				b.potentiate
			);
			const used = potentiate.reduce((a, s) => a + bodyRange(s).def, 0);
			if (potentiate.length > 0 && used < b.potentiate) {
				potentiate.push(
					...fill(
						list.filter((e) => e.intensity === 3),
						b.potentiate - used
					)
				);
			}
		}
	}
	return { raise, am, potentiate };
}

function groupsOf(c: Chosen): Slot[][] {
	const groups: Slot[][] = [];
	for (const phase of [c.raise, c.am, c.potentiate]) {
		for (const i of [1, 2, 3]) {
			const level = phase.filter((s) => s.ex.intensity === i);
			// standing first, then the floor moves together; impact moves last
			groups.push(
				level
					.filter((s) => !isFloorExercise(s.ex))
					.sort((a, b) => Number(a.ex.back === 'impact') - Number(b.ex.back === 'impact'))
			);
			groups.push(level.filter((s) => isFloorExercise(s.ex)));
		}
	}
	return groups;
}

/** fits each phase to its budget, the countdown and transitions to the rest, and checks the shares */
function finishWarmup(
	order: readonly Slot[],
	chosen: Chosen,
	b: Record<Phase, number>,
	T: number,
	leads: LeadContext,
	pot: boolean
): Slot[] | null {
	const slots = order.map(cloneSlot);
	const head = slots[0];
	if (!head || slots[0]?.ex.back === 'impact') return null;
	applyLeads(slots, leads);
	const inPhase = (list: Slot[]) => slots.filter((s) => list.some((o) => o.ex.id === s.ex.id));
	for (const [list, budget] of [
		[chosen.raise, b.raise],
		[chosen.am, b.am],
		[chosen.potentiate, b.potentiate]
	] as const) {
		const phase = inPhase(list);
		if (phase.length === 0) continue;
		const leadMin = phase.reduce((a, s) => a + s.lead.min, 0);
		// aim the doses at the budget; a remainder smaller than one step moves to the transitions
		fitSlots(phase, budget + leadMin, false);
	}
	for (const s of slots) s.leadSec = s.lead.min;
	const left = spendOnLeads(slots, T - slotsSec(slots));
	if (left !== 0) return null;
	const shares = rampShares(
		slots.map((s) => ({ ramp: s.item.ramp, body: itemBodySec(s.item) })),
		T
	);
	return sharesOk(shares, pot) ? slots : null;
}
