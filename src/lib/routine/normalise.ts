/**
 * Checking a request: defaults for omitted fields, a clear error for a wrong one, and the
 * canonical form of `request.ts`. Apart from it because only the generator needs this.
 */
import { REQUEST_FIELDS as F, type Schema } from '$lib/storage/records';
import type { Catalogue } from './catalogue';
import { DEFAULT_MINUTES, MINUTES_LIMITS } from './minutes';
import {
	canonicalAvoid,
	canonicalEquipment,
	canonicalFocus,
	canonicalWithout,
	KIND_NAMES,
	todaySeed
} from './request';
import type { RoutineError, RoutineKind, RoutineRequest } from './types';

const fail = (code: RoutineError['code'], message: string) =>
	({ ok: false, error: { code, message } }) as const;

export type NormaliseResult =
	{ ok: true; request: RoutineRequest } | { ok: false; error: RoutineError };

/** the stored request's own rule for the field (`$lib/storage/records`) */
const fits = <T>(schema: Schema<T>, value: unknown): value is T => schema(value).ok;

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
	if (!fits(F.kind, kind)) {
		return fail(
			'invalid-kind',
			`Unknown routine kind "${String(kind)}": choose warm-up, core, stretch or daily.`
		);
	}
	const k: RoutineKind = kind;
	const minutes = p.minutes ?? DEFAULT_MINUTES[k];
	if (!fits(F.minutes, minutes)) {
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
	if (!fits(F.level, level)) {
		return fail('invalid-level', 'Level must be beginner, intermediate or advanced.');
	}
	const step = p.step ?? 2;
	if (!fits(F.step, step)) {
		return fail('invalid-level', 'Step must be 1, 2 or 3.');
	}
	const backFriendly = p.backFriendly ?? true;
	const lowImpact = p.lowImpact ?? false;
	if (!fits(F.backFriendly, backFriendly) || !fits(F.lowImpact, lowImpact)) {
		return fail('invalid-option', 'Back-friendly and low impact must be on or off.');
	}
	const equipment = p.equipment ?? ['mat'];
	if (!fits(F.equipment, equipment)) {
		return fail('invalid-equipment', 'Equipment can only be a mat, a wall or a chair.');
	}
	const focus = p.focus ?? [];
	if (!fits(F.focus, focus)) {
		return fail('invalid-region', 'A focus region is not one the app knows.');
	}
	const avoid = p.avoid ?? [];
	if (!fits(F.avoid, avoid)) {
		return fail('unknown-exercise', 'The exercises to avoid must be a list of exercise ids.');
	}
	const without = p.without ?? [];
	if (!fits(F.without, without)) {
		return fail(
			'invalid-option',
			'Movements to leave out can only be flexion, extension, rotation and floor.'
		);
	}
	const hold = p.hold ?? 'normal';
	if (!fits(F.hold, hold)) {
		return fail('invalid-option', 'Stretch holds must be normal or long.');
	}
	const seed = p.seed ?? today();
	if (!fits(F.seed, seed)) {
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
			level,
			step,
			backFriendly,
			equipment: canonicalEquipment(equipment),
			focus: canonicalFocus(focus),
			// avoiding an exercise this catalogue has not got changes nothing: an id kept in the
			// user's list from an older or newer version must not stop their routine
			avoid: canonicalAvoid(avoid.filter((id) => cat.byId.has(id))),
			lowImpact,
			without: canonicalWithout(without),
			hold,
			seed
		}
	};
}
