/**
 * `generateRoutine`: request in, routine out — or a clear error. Never throws.
 * A daily routine is a warm-up, a core and a stretch part in that order, sharing one countdown.
 */
import type { Kind, RegionId } from '$lib/catalogue/types';
import { defaultCatalogue } from '../catalogue';
import type { Catalogue } from '../catalogue';
import { itemBodySec as bodySec } from '../fit';
import type { Slot } from '../fit';
import { normaliseRequest } from '../normalise';
import { KIND_NAMES } from '../request';
import { DEFAULT_MINUTES, MINUTES_LIMITS } from '../minutes';
import { timelineSec } from '../timeline';
import type {
	Routine,
	RoutineError,
	RoutineItem,
	RoutinePart,
	RoutineRequest,
	RoutineResult
} from '../types';
import type { PartContext, PartResult } from './common';
import { coreMaxSec, coreMinSec, generateCore } from './core';
import { generateStretch, stretchCoverSec, stretchMaxSec } from './stretch';
import { resolvePostures } from '../positions';
import type { LeadContext } from '../positions';
import { movementOf } from '../slots';
import { generateWarmup } from './warmup';

const GENERATORS: Record<Kind, (ctx: PartContext) => PartResult> = {
	warmup: generateWarmup,
	core: generateCore,
	stretch: generateStretch
};

/** shortest warm-up and stretch parts of a daily routine: Mayo's 5 minutes of warming up */
const DAILY_PART_MIN = { warmup: 5, stretch: 3 } as const;

const fail = (code: RoutineError['code'], message: string): RoutineResult => ({
	ok: false,
	error: { code, message }
});

const leadsFor = (r: RoutineRequest, section: Kind, first: boolean): LeadContext => ({
	section,
	first,
	before: 'up',
	backFriendly: r.backFriendly
});

/**
 * The whole minutes a request of this kind may ask for. The static range of the kind, raised
 * for back-friendly core plans to what the cat-camel and the big three need at their shortest
 * pyramid, and for daily routines to a 5-minute warm-up, that core and a stretch of all nine
 * required regions.
 */
export function minutesRange(
	request: Partial<RoutineRequest> = {},
	cat: Catalogue = defaultCatalogue
): { min: number; max: number } {
	const kind = request.kind ?? 'daily';
	const limits = MINUTES_LIMITS[kind] ?? MINUTES_LIMITS.daily;
	const norm = normaliseRequest({ ...request, minutes: DEFAULT_MINUTES[kind] ?? 25 }, cat);
	if (!norm.ok) return { ...limits };
	const r = norm.request;
	if (r.kind === 'core') {
		const lead = leadsFor(r, 'core', true);
		const floor = Math.ceil(cached(r, cat, 'core-first', () => coreMinSec(r, cat, lead)) / 60);
		const top = Math.floor(cached(r, cat, 'core-max', () => coreMaxSec(r, cat, lead)) / 60);
		const estimate = Math.max(floor, Math.min(limits.max, top));
		// the estimate can promise a minute or two more than a plan fills (short holds, few
		// moves left): step down to the longest plan that really builds
		const max = cached(r, cat, 'core-built', () => {
			let m = estimate;
			while (m > floor && !coreBuilds(r, m, cat)) m--;
			return m;
		});
		return { min: Math.max(limits.min, floor), max: Math.max(limits.min, max) };
	}
	if (r.kind === 'stretch') {
		const top = Math.floor(cached(r, cat, 'stretch-max', () => stretchMaxSec(r, cat)) / 60);
		// long holds: at least two stretches' worth
		const min = r.hold === 'long' ? Math.max(limits.min, 5) : limits.min;
		return { min, max: Math.max(min, Math.min(limits.max, top)) };
	}
	if (r.kind === 'daily') {
		const { core, stretch } = dailyFloors(r, cat);
		const caps = dailyCaps(r, cat);
		let min = limits.max;
		for (let m = limits.min; m <= limits.max; m++) {
			if (splitDaily(m, core, stretch, caps)) {
				min = m;
				break;
			}
		}
		let max = min;
		for (let m = limits.max; m > min; m--) {
			if (splitDaily(m, core, stretch, caps)) {
				max = m;
				break;
			}
		}
		return { min, max };
	}
	return { ...limits };
}

/** the longest core and stretch parts the request allows, in minutes */
function dailyCaps(r: RoutineRequest, cat: Catalogue): { core: number; stretch: number } {
	const core = Math.floor(
		cached(r, cat, 'core-part-max', () => coreMaxSec(r, cat, leadsFor(r, 'core', false))) / 60
	);
	const stretch = Math.floor(cached(r, cat, 'stretch-max', () => stretchMaxSec(r, cat)) / 60);
	return { core, stretch };
}

/** the shortest core part and the stretch part that covers every required region, in minutes */
function dailyFloors(r: RoutineRequest, cat: Catalogue): { core: number; stretch: number } {
	const core = Math.max(
		3,
		Math.ceil(
			cached(r, cat, 'core-part', () => coreMinSec(r, cat, leadsFor(r, 'core', false))) / 60
		)
	);
	// with long holds a short daily leaves regions out (and says so) rather than refusing
	const stretch =
		r.hold === 'long'
			? DAILY_PART_MIN.stretch
			: Math.max(
					DAILY_PART_MIN.stretch,
					Math.ceil(cached(r, cat, 'stretch-cover', () => stretchCoverSec(r, cat)) / 60)
				);
	return { core, stretch };
}

const floors = new WeakMap<Catalogue, Map<string, number>>();

/** the floors depend on a few fields only, and every request asks for them: remember them */
function cached(r: RoutineRequest, cat: Catalogue, what: string, compute: () => number): number {
	let byKey = floors.get(cat);
	if (!byKey) {
		byKey = new Map();
		floors.set(cat, byKey);
	}
	const key = [
		what,
		r.level,
		r.step,
		r.backFriendly,
		r.lowImpact,
		r.equipment,
		r.avoid,
		r.focus,
		r.without,
		r.hold
	].join('|');
	let sec = byKey.get(key);
	if (sec === undefined) {
		// avoid lists are open-ended: keep the memory bounded
		if (byKey.size > 1000) byKey.clear();
		sec = compute();
		byKey.set(key, sec);
	}
	return sec;
}

/**
 * Splits a daily routine's minutes: about a fifth warming up (5–10 min), the rest shared by
 * core and stretch, the core getting at least what its level needs and at most 15 minutes, the
 * stretch at least what covering every required region takes (25 → 5 + 10 + 10).
 */
export function splitDaily(
	minutes: number,
	coreMin: number,
	stretchMin: number = DAILY_PART_MIN.stretch,
	caps: { core: number; stretch: number } = { core: 15, stretch: MINUTES_LIMITS.stretch.max }
): { warmup: number; core: number; stretch: number } | null {
	const coreMax = Math.min(caps.core, Math.max(coreMin, 15));
	if (coreMax < coreMin || caps.stretch < stretchMin) return null;
	const attempt = (warmup: number) => {
		const rest = minutes - warmup;
		let core = Math.min(coreMax, Math.max(coreMin, Math.round(rest / 2)));
		let stretch = rest - core;
		if (stretch < stretchMin) {
			core = Math.max(coreMin, rest - stretchMin);
			stretch = rest - core;
		}
		return stretch >= stretchMin && core <= coreMax ? { warmup, core, stretch } : null;
	};
	const warmup = Math.min(10, Math.max(DAILY_PART_MIN.warmup, Math.round(minutes / 5)));
	const split =
		attempt(warmup) ?? (warmup > DAILY_PART_MIN.warmup ? attempt(DAILY_PART_MIN.warmup) : null);
	if (!split) return null;
	// long plans: keep the stretch within what it can hold, the excess to the core, then the warm-up
	let excess = Math.max(0, split.stretch - caps.stretch);
	split.stretch -= excess;
	const toCore = Math.min(excess, coreMax - split.core);
	split.core += toCore;
	excess -= toCore;
	const toWarmup = Math.min(excess, 10 - split.warmup);
	split.warmup += toWarmup;
	excess -= toWarmup;
	return excess === 0 ? split : null;
}

/** whether a core plan of `minutes` builds for this request */
function coreBuilds(request: RoutineRequest, minutes: number, cat: Catalogue): boolean {
	return GENERATORS.core({
		request: { ...request, minutes },
		cat,
		prevFlex: false,
		nextFlex: false,
		before: 'up',
		used: new Set<string>(),
		daily: false,
		target: minutes * 60,
		first: true
	}).ok;
}

export function generateRoutine(
	request: Partial<RoutineRequest> = {},
	cat: Catalogue = defaultCatalogue
): RoutineResult {
	try {
		return generate(request, cat);
	} catch (e) {
		// a bug, not a user error: report it rather than crash the page
		return fail('internal', `Something went wrong while planning the routine (${String(e)}).`);
	}
}

const movementsOf = (slots: readonly Slot[]) => slots.map((s) => movementOf(s.ex));

function generate(partial: Partial<RoutineRequest>, cat: Catalogue): RoutineResult {
	const norm = normaliseRequest(partial, cat);
	if (!norm.ok) return norm;
	const request = norm.request;
	const range = minutesRange(request, cat);
	if (request.minutes < range.min) {
		const who = request.backFriendly
			? `A back-friendly ${KIND_NAMES[request.kind]}`
			: `A ${KIND_NAMES[request.kind]}`;
		const level =
			request.kind === 'core' || request.kind === 'daily' ? ` at ${request.level} level` : '';
		return fail('too-short', `${who}${level} needs at least ${range.min} minutes.`);
	}
	const total = request.minutes * 60;
	const base = {
		request,
		cat,
		prevFlex: false,
		nextFlex: false,
		before: 'up' as const,
		used: new Set<string>(),
		daily: request.kind === 'daily'
	};

	let parts: { section: Kind; slots: Slot[] }[];
	let shortened: Routine['shortened'];
	let leftOut: RegionId[] | undefined;
	if (request.kind !== 'daily') {
		const r = GENERATORS[request.kind]({ ...base, target: total, first: true });
		if (!r.ok) return r;
		shortened = r.shortened;
		leftOut = r.leftOut;
		parts = [{ section: request.kind, slots: r.slots }];
	} else {
		const floorsOf = dailyFloors(request, cat);
		const caps = dailyCaps(request, cat);
		const split =
			(request.hold === 'long'
				? splitDaily(
						request.minutes,
						floorsOf.core,
						Math.ceil(stretchCoverSec(request, cat) / 60),
						caps
					)
				: null) ?? splitDaily(request.minutes, floorsOf.core, floorsOf.stretch, caps);
		if (!split) return fail('too-short', `A daily routine needs at least ${range.min} minutes.`);
		// the core first: its first and last moves decide what may stand next to them (flex rule,
		// getting up and down), and its movements are not repeated in the other parts
		const core = generateCore({ ...base, target: split.core * 60, first: false });
		if (!core.ok) return core;
		const isFlex = (s: Slot | undefined) => s?.ex.back === 'flex';
		const used = new Set(movementsOf(core.slots));
		const warmup = generateWarmup({
			...base,
			used,
			target: split.warmup * 60,
			first: true,
			nextFlex: isFlex(core.slots[0])
		});
		if (!warmup.ok) return warmup;
		const last = core.slots[core.slots.length - 1];
		const before = last ? (resolvePostures(core.slots.map((s) => s.ex)).at(-1) ?? 'up') : 'up';
		const stretch = generateStretch({
			...base,
			used: new Set([...used, ...movementsOf(warmup.slots)]),
			before,
			target: split.stretch * 60,
			first: false,
			prevFlex: isFlex(last)
		});
		if (!stretch.ok) return stretch;
		shortened = core.shortened;
		leftOut = stretch.leftOut;
		parts = [
			{ section: 'warmup', slots: warmup.slots },
			{ section: 'core', slots: core.slots },
			{ section: 'stretch', slots: stretch.slots }
		];
	}
	const routine = assemble(request, parts);
	if (shortened) routine.shortened = shortened;
	if (leftOut && leftOut.length > 0) routine.leftOut = leftOut;
	const played = timelineSec(routine);
	if (played !== total || routine.totalSec !== total) {
		return fail('internal', `The routine came to ${played} s instead of ${total} s.`);
	}
	return { ok: true, routine };
}

/** slots → the routine: the first lead-in becomes the countdown, the others transitions */
export function assemble(
	request: RoutineRequest,
	parts: readonly { section: Kind; slots: readonly Slot[] }[]
): Routine {
	const items: RoutineItem[] = [];
	const routineParts: RoutinePart[] = [];
	let prepareSec = 0;
	let totalSec = 0;
	for (const part of parts) {
		const start = items.length;
		let seconds = 0;
		for (const slot of part.slots) {
			const item: RoutineItem = { ...slot.item, reps: [...slot.item.reps] };
			if (items.length === 0) {
				prepareSec = slot.leadSec;
				item.transitionSec = 0;
			} else {
				item.transitionSec = slot.leadSec;
			}
			seconds += slot.leadSec + bodySec(item);
			items.push(item);
		}
		routineParts.push({ section: part.section, start, end: items.length, seconds });
		totalSec += seconds;
	}
	return { request, items, prepareSec, parts: routineParts, totalSec };
}
