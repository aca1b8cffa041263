/**
 * Requests: defaults for omitted fields, validation, and one canonical form, so that the same
 * choices (in any order) give the same routine and the same URL.
 */
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import type { Equipment, RegionId } from '$lib/catalogue/types';
import type { Catalogue } from './catalogue';
import { DEFAULT_MINUTES, MINUTES_LIMITS } from './rules';
import { ROUTINE_KINDS } from './types';
import type { RoutineError, RoutineKind, RoutineRequest } from './types';

/** a seed: short and URL-safe */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** today's local date as YYYY-MM-DD: the default seed, so each day has its own routine */
export function todaySeed(date: Date = new Date()): string {
	const y = String(date.getFullYear()).padStart(4, '0');
	const m = String(date.getMonth() + 1).padStart(2, '0');
	const d = String(date.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

/** titles for headings and lists */
export const ROUTINE_KIND_LABELS: Record<RoutineKind, string> = {
	daily: 'Daily routine',
	warmup: 'Warm-up',
	core: 'Core',
	stretch: 'Stretch'
};

/** names inside sentences ("A core routine needs…") */
export const KIND_NAMES: Record<RoutineKind, string> = {
	warmup: 'warm-up',
	core: 'core routine',
	stretch: 'stretch',
	daily: 'daily routine'
};

/** the defaults of every field but the seed (which is today's date) */
export function defaultRequest(
	kind: RoutineKind = 'daily',
	seed: string = todaySeed()
): RoutineRequest {
	return {
		kind,
		minutes: DEFAULT_MINUTES[kind],
		level: 'beginner',
		backFriendly: true,
		equipment: ['mat'],
		focus: [],
		avoid: [],
		lowImpact: false,
		seed
	};
}

/** canonical order: equipment and focus as in the catalogue's lists, avoid sorted; no repeats */
export function canonicalEquipment(list: readonly Equipment[]): Equipment[] {
	return EQUIPMENT.filter((q) => list.includes(q));
}
export function canonicalFocus(list: readonly RegionId[]): RegionId[] {
	return REGIONS.filter((r) => list.includes(r));
}
export function canonicalAvoid(list: readonly string[]): string[] {
	return [...new Set(list)].sort();
}

const fail = (code: RoutineError['code'], message: string) =>
	({ ok: false, error: { code, message } }) as const;

export type NormaliseResult =
	{ ok: true; request: RoutineRequest } | { ok: false; error: RoutineError };

const isStringArray = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Fills omitted fields with defaults and checks the rest. Values of the wrong type are
 * reported, not coerced: this is the programmatic entry point (URLs go through
 * `parseRoutineQuery`, which is forgiving and warns instead).
 */
export function normaliseRequest(
	partial: Partial<RoutineRequest>,
	cat: Catalogue,
	today: () => string = todaySeed
): NormaliseResult {
	// read as unknown: callers may be plain JavaScript or deserialised JSON
	const p = (partial ?? {}) as Record<string, unknown>;
	const kind = p.kind ?? 'daily';
	if (typeof kind !== 'string' || !(ROUTINE_KINDS as readonly string[]).includes(kind)) {
		return fail(
			'invalid-kind',
			`Unknown routine kind "${String(kind)}": choose warm-up, core, stretch or daily.`
		);
	}
	const k = kind as RoutineKind;
	const minutes = p.minutes ?? DEFAULT_MINUTES[k];
	if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 60) {
		return fail('invalid-minutes', 'Minutes must be a whole number from 1 to 60.');
	}
	const limits = MINUTES_LIMITS[k];
	if (minutes < limits.min) {
		return fail('too-short', `A ${KIND_NAMES[k]} needs at least ${limits.min} minutes.`);
	}
	if (minutes > limits.max) {
		return fail('too-long', `A ${KIND_NAMES[k]} can be at most ${limits.max} minutes.`);
	}
	const level = p.level ?? 'beginner';
	if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
		return fail('invalid-level', 'Level must be beginner, intermediate or advanced.');
	}
	const backFriendly = p.backFriendly ?? true;
	const lowImpact = p.lowImpact ?? false;
	if (typeof backFriendly !== 'boolean' || typeof lowImpact !== 'boolean') {
		return fail('invalid-option', 'Back-friendly and low impact must be on or off.');
	}
	const equipment = p.equipment ?? ['mat'];
	if (
		!isStringArray(equipment) ||
		!equipment.every((q) => (EQUIPMENT as readonly string[]).includes(q))
	) {
		return fail('invalid-equipment', 'Equipment can only be a mat, a wall or a chair.');
	}
	const focus = p.focus ?? [];
	if (!isStringArray(focus) || !focus.every((r) => (REGIONS as readonly string[]).includes(r))) {
		return fail('invalid-region', 'A focus region is not one the app knows.');
	}
	const avoid = p.avoid ?? [];
	if (!isStringArray(avoid)) {
		return fail('unknown-exercise', 'The exercises to avoid must be a list of exercise ids.');
	}
	const unknown = avoid.find((id) => !cat.byId.has(id));
	if (unknown !== undefined) {
		return fail('unknown-exercise', `There is no exercise "${unknown}" to avoid.`);
	}
	const seed = p.seed ?? today();
	if (typeof seed !== 'string' || !SEED_PATTERN.test(seed)) {
		return fail(
			'invalid-seed',
			'The seed must be 1 to 32 letters, digits, hyphens or underscores.'
		);
	}
	return {
		ok: true,
		request: {
			kind: k,
			minutes,
			level: level as RoutineRequest['level'],
			backFriendly,
			equipment: canonicalEquipment(equipment as Equipment[]),
			focus: canonicalFocus(focus as RegionId[]),
			avoid: canonicalAvoid(avoid),
			lowImpact,
			seed
		}
	};
}
