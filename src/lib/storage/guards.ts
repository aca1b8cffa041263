/**
 * What IndexedDB gives back, checked by hand. The shapes are those of the valibot schemas in
 * `validate.ts`, which the backup import uses for its messages; these small readers keep
 * valibot off every other page. `guards.test.ts` checks that both agree on generated values.
 *
 * Each reader returns a fresh copy holding only the known fields, or undefined when the value
 * is not of the shape: like `v.safeParse(schema, value).output`.
 */
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import type { Equipment, Level, RegionId } from '$lib/catalogue/types';
import {
	DEFAULT_SETTINGS,
	type ActiveSession,
	type SessionRecord,
	type Settings
} from '$lib/progress/types';
import { ROUTINE_KINDS } from '$lib/routine/types';
import type { RoutineKind, RoutineRequest } from '$lib/routine/types';

type Check<T> = (value: unknown) => value is T;

// like valibot's object: any non-null object (its fields are checked one by one)
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const oneOf =
	<T extends string>(options: readonly T[]): Check<T> =>
	(x): x is T =>
		(options as readonly unknown[]).includes(x);
const listOf =
	<T>(item: Check<T>): Check<T[]> =>
	(x): x is T[] => {
		if (!Array.isArray(x)) return false;
		// by index, not `every`: a hole in the list is a missing item
		for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
		return true;
	};
const wholeIn =
	(min: number, max: number): Check<number> =>
	(x): x is number =>
		Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
/** an optional field: absent or undefined, else of the shape */
const optional = (value: Record<string, unknown>, key: string, check: Check<unknown>) =>
	!(key in value) || value[key] === undefined || check(value[key]);

const isKind = oneOf<RoutineKind>(ROUTINE_KINDS);
const isLevel = oneOf<Level>(LEVELS);
const isEquipmentList = listOf(oneOf<Equipment>(EQUIPMENT));
const isRegionList = listOf(oneOf<RegionId>(REGIONS));
const isStringList = listOf(isString);

function readRequest(value: unknown): RoutineRequest | undefined {
	if (!isObject(value)) return undefined;
	const { kind, minutes, level, backFriendly, equipment, focus, avoid, lowImpact, seed } = value;
	// records from before steps have none: step 2, the level's standard dose
	const step = value.step === undefined ? 2 : value.step;
	if (
		(step !== 1 && step !== 2 && step !== 3) ||
		!isKind(kind) ||
		!isNumber(minutes) ||
		!isLevel(level) ||
		!isBoolean(backFriendly) ||
		!isEquipmentList(equipment) ||
		!isRegionList(focus) ||
		!isStringList(avoid) ||
		!isBoolean(lowImpact) ||
		!isString(seed)
	) {
		return undefined;
	}
	return {
		kind,
		minutes,
		level,
		step,
		backFriendly,
		equipment: [...equipment],
		focus: [...focus],
		avoid: [...avoid],
		lowImpact,
		seed
	};
}

/** a stored session's shape; plausibility (ranges, dates) is checked on import only */
export function readSessionRecord(value: unknown): SessionRecord | undefined {
	if (!isObject(value)) return undefined;
	const request = readRequest(value.request);
	const { id, kind, startedAt, endedAt, tzOffsetMin, plannedSec, completedSec } = value;
	const { exercisesCompleted, status } = value;
	if (
		!request ||
		!isString(id) ||
		!isKind(kind) ||
		!isNumber(startedAt) ||
		!isNumber(endedAt) ||
		!isNumber(tzOffsetMin) ||
		!isNumber(plannedSec) ||
		!isNumber(completedSec) ||
		!isStringList(exercisesCompleted) ||
		(status !== 'completed' && status !== 'partial') ||
		!optional(value, 'rating', isNumber) ||
		!optional(value, 'note', isString)
	) {
		return undefined;
	}
	const record: SessionRecord = {
		id,
		kind,
		request,
		startedAt,
		endedAt,
		tzOffsetMin,
		plannedSec,
		completedSec,
		exercisesCompleted: [...exercisesCompleted],
		status
	};
	if ('rating' in value) record.rating = value.rating as number | undefined;
	if ('note' in value) record.note = value.note as string | undefined;
	return record;
}

const isSkip = (x: unknown): x is { fromMs: number; toMs: number } =>
	isObject(x) && isNumber(x.fromMs) && isNumber(x.toMs);
const isSkipList = listOf(isSkip);

/** the routine in progress, as the player saved it */
export function readActiveSession(value: unknown): ActiveSession | undefined {
	if (!isObject(value)) return undefined;
	const request = readRequest(value.request);
	const { id, startedAt, elapsedMs, savedAt, paused, exercisesCompleted, skipped } = value;
	if (
		!request ||
		!isString(id) ||
		!isNumber(startedAt) ||
		!isNumber(elapsedMs) ||
		!isNumber(savedAt) ||
		!isBoolean(paused) ||
		!isStringList(exercisesCompleted) ||
		!optional(value, 'skipped', isSkipList)
	) {
		return undefined;
	}
	const active: ActiveSession = {
		id,
		request,
		startedAt,
		elapsedMs,
		savedAt,
		paused,
		exercisesCompleted: [...exercisesCompleted]
	};
	if ('skipped' in value) {
		active.skipped = isSkipList(skipped)
			? skipped.map(({ fromMs, toMs }) => ({ fromMs, toMs }))
			: undefined;
	}
	return active;
}

const isMinutes = wholeIn(1, 60);

/**
 * Each settings field on its own, so one bad field falls back without losing the rest. The
 * `minutes` and `cues` entries give a whole group's shape; `mergeSettings` goes further and
 * keeps each good value inside a damaged group.
 */
export const SETTINGS_FIELD_CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
	level: isLevel,
	equipment: isEquipmentList,
	backFriendly: isBoolean,
	minutes: (x): x is Settings['minutes'] =>
		isObject(x) && ROUTINE_KINDS.every((kind) => isMinutes(x[kind])),
	cues: (x): x is Settings['cues'] =>
		isObject(x) && isBoolean(x.voice) && isBoolean(x.sound) && isBoolean(x.vibration),
	weeklyGoal: wholeIn(1, 7),
	emergencyNumber: (x): x is string => isString(x) && x.length <= 40,
	readiness: (x): x is Settings['readiness'] =>
		x === null || (isObject(x) && isNumber(x.answeredAt) && isBoolean(x.anyYes))
};

/**
 * Stored settings merged over the defaults, field by field (and inside `minutes` and `cues`),
 * so a corrupt or older record never throws and keeps whatever of it is still good.
 */
export function mergeSettings(raw: unknown): { settings: Settings; repaired: boolean } {
	const settings = structuredClone(DEFAULT_SETTINGS);
	if (raw === undefined) return { settings, repaired: false };
	if (!isObject(raw) || Array.isArray(raw)) return { settings, repaired: true };
	let repaired = false;
	const take = <K extends 'level' | 'backFriendly' | 'weeklyGoal' | 'emergencyNumber'>(key: K) => {
		const value = raw[key];
		if (SETTINGS_FIELD_CHECKS[key](value)) settings[key] = value as Settings[K];
		else repaired = true;
	};
	take('level');
	take('backFriendly');
	take('weeklyGoal');
	take('emergencyNumber');
	if (SETTINGS_FIELD_CHECKS.equipment(raw.equipment)) settings.equipment = [...raw.equipment];
	else repaired = true;
	const readiness = raw.readiness;
	if (SETTINGS_FIELD_CHECKS.readiness(readiness)) {
		settings.readiness = readiness && {
			answeredAt: readiness.answeredAt,
			anyYes: readiness.anyYes
		};
	} else {
		repaired = true;
	}
	// nested groups: keep each good sub-field of a partly damaged group
	const minutes = isObject(raw.minutes) ? raw.minutes : {};
	for (const kind of ROUTINE_KINDS) {
		const value = minutes[kind];
		if (isMinutes(value)) settings.minutes[kind] = value;
		else repaired = true;
	}
	const cues = isObject(raw.cues) ? raw.cues : {};
	for (const cue of ['voice', 'sound', 'vibration'] as const) {
		const value = cues[cue];
		if (typeof value === 'boolean') settings.cues[cue] = value;
		else repaired = true;
	}
	return { settings, repaired };
}
