/**
 * Checking a request: defaults for omitted fields, a clear error for a wrong one, and the
 * canonical form of `request.ts`. Apart from it because only the generator needs this.
 */
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import type { Equipment, RegionId } from '$lib/catalogue/types';
import type { Catalogue } from './catalogue';
import { DEFAULT_MINUTES, MINUTES_LIMITS } from './minutes';
import {
	canonicalAvoid,
	canonicalEquipment,
	canonicalFocus,
	canonicalWithout,
	KIND_NAMES,
	SEED_PATTERN,
	todaySeed
} from './request';
import { HOLDS, ROUTINE_KINDS, WITHOUT } from './types';
import type { RoutineError, RoutineKind, RoutineRequest, Without } from './types';

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
	const step = p.step ?? 2;
	if (step !== 1 && step !== 2 && step !== 3) {
		return fail('invalid-level', 'Step must be 1, 2 or 3.');
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
	const without = p.without ?? [];
	if (
		!isStringArray(without) ||
		!without.every((w) => (WITHOUT as readonly string[]).includes(w))
	) {
		return fail(
			'invalid-option',
			'Movements to leave out can only be flexion, extension, rotation and floor.'
		);
	}
	const hold = p.hold ?? 'normal';
	if (typeof hold !== 'string' || !(HOLDS as readonly string[]).includes(hold)) {
		return fail('invalid-option', 'Stretch holds must be normal or long.');
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
			step,
			backFriendly,
			equipment: canonicalEquipment(equipment as Equipment[]),
			focus: canonicalFocus(focus as RegionId[]),
			avoid: canonicalAvoid(avoid),
			lowImpact,
			without: canonicalWithout(without as Without[]),
			hold: hold as RoutineRequest['hold'],
			seed
		}
	};
}
