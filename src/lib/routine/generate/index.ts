/**
 * `generateRoutine`: request in, routine out — or a clear error. Never throws.
 * A daily routine is a warm-up, a core and a stretch part in that order, sharing one countdown.
 */
import type { Kind } from '$lib/catalogue/types';
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
import { coreMinSec, generateCore } from './core';
import { generateStretch } from './stretch';
import { generateWarmup } from './warmup';

const GENERATORS: Record<Kind, (ctx: PartContext) => PartResult> = {
	warmup: generateWarmup,
	core: generateCore,
	stretch: generateStretch
};

/** shortest warm-up and stretch parts of a daily routine */
const DAILY_PART_MIN = { warmup: 3, stretch: 3 } as const;

const fail = (code: RoutineError['code'], message: string): RoutineResult => ({
	ok: false,
	error: { code, message }
});

/**
 * The whole minutes a request of this kind may ask for. The static range of the kind, raised
 * for back-friendly core (and daily) plans to what the cat-camel and the big three with the
 * level's pyramid need.
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
		const floor = Math.ceil(cachedCoreMinSec(r, cat, true) / 60);
		return { min: Math.max(limits.min, floor), max: limits.max };
	}
	if (r.kind === 'daily') {
		const floor = DAILY_PART_MIN.warmup + coreFloor(r, cat) + DAILY_PART_MIN.stretch;
		return { min: Math.max(limits.min, floor), max: limits.max };
	}
	return { ...limits };
}

/** minutes of the core part of a daily routine, at least */
function coreFloor(r: RoutineRequest, cat: Catalogue): number {
	return Math.max(3, Math.ceil(cachedCoreMinSec(r, cat, false) / 60));
}

const floors = new WeakMap<Catalogue, Map<string, number>>();

/** the core floor depends on a few fields only, and every request asks for it: remember it */
function cachedCoreMinSec(r: RoutineRequest, cat: Catalogue, first: boolean): number {
	let byKey = floors.get(cat);
	if (!byKey) {
		byKey = new Map();
		floors.set(cat, byKey);
	}
	const key = [
		first,
		r.level,
		r.step,
		r.backFriendly,
		r.lowImpact,
		r.equipment,
		r.avoid,
		r.focus
	].join('|');
	let sec = byKey.get(key);
	if (sec === undefined) {
		// avoid lists are open-ended: keep the memory bounded
		if (byKey.size > 1000) byKey.clear();
		sec = coreMinSec(r, cat, first);
		byKey.set(key, sec);
	}
	return sec;
}

/**
 * Splits a daily routine's minutes: about a fifth warming up (3–10 min), the rest shared by
 * core and stretch, the core getting at least what its level needs (25 → 5 + 10 + 10).
 */
export function splitDaily(
	minutes: number,
	coreMin: number
): { warmup: number; core: number; stretch: number } | null {
	let warmup = Math.min(10, Math.max(DAILY_PART_MIN.warmup, Math.round(minutes / 5)));
	let core = Math.max(coreMin, Math.round((minutes - warmup) / 2));
	let stretch = minutes - warmup - core;
	if (stretch < DAILY_PART_MIN.stretch) {
		warmup = DAILY_PART_MIN.warmup;
		core = Math.max(coreMin, minutes - warmup - Math.max(DAILY_PART_MIN.stretch, 10));
		stretch = minutes - warmup - core;
	}
	if (stretch < DAILY_PART_MIN.stretch) return null;
	// long plans: keep each part within its own range
	const excess = Math.max(0, stretch - MINUTES_LIMITS.stretch.max);
	stretch -= excess;
	core += excess;
	const over = Math.max(0, core - MINUTES_LIMITS.core.max);
	core -= over;
	warmup += over;
	return { warmup, core, stretch };
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
	const base = { request, cat, prevFlex: false, nextFlex: false };

	let parts: { section: Kind; slots: Slot[] }[];
	if (request.kind !== 'daily') {
		const r = GENERATORS[request.kind]({ ...base, target: total, first: true });
		if (!r.ok) return r;
		parts = [{ section: request.kind, slots: r.slots }];
	} else {
		const split = splitDaily(request.minutes, coreFloor(request, cat));
		if (!split) return fail('too-short', `A daily routine needs at least ${range.min} minutes.`);
		// the core first: its first and last moves decide what may stand next to them (flex rule)
		const core = generateCore({ ...base, target: split.core * 60, first: false });
		if (!core.ok) return core;
		const isFlex = (s: Slot | undefined) => s?.ex.back === 'flex';
		const warmup = generateWarmup({
			...base,
			target: split.warmup * 60,
			first: true,
			nextFlex: isFlex(core.slots[0])
		});
		if (!warmup.ok) return warmup;
		const stretch = generateStretch({
			...base,
			target: split.stretch * 60,
			first: false,
			prevFlex: isFlex(core.slots[core.slots.length - 1])
		});
		if (!stretch.ok) return stretch;
		parts = [
			{ section: 'warmup', slots: warmup.slots },
			{ section: 'core', slots: core.slots },
			{ section: 'stretch', slots: stretch.slots }
		];
	}
	const routine = assemble(request, parts);
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
