/**
 * One schema per stored record, used for every read, every write and every backup import
 * (so a record the app wrote is always one it can read back and restore). Hand-written, not
 * valibot: the reads run on Today's first visit, whose budget (`tests/e2e/budget.spec.ts`)
 * has no room for valibot.
 *
 * A schema takes a value and its path and returns a fresh copy holding only the known fields,
 * or the first problem: where it is and what is wrong, in words for the UI.
 *
 * Here: the building blocks, and the records a first visit of Today reads (settings, the
 * routine in progress). Sessions and check-ins are in `session-record.ts`, which Today does
 * not load.
 */
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import { isRecord } from '$lib/is-record';
import { DEFAULT_SETTINGS, type ActiveSession, type Settings } from '$lib/progress/types';
import {
	HOLDS,
	ROUTINE_KINDS,
	SEED_PATTERN,
	STEPS,
	WITHOUT,
	type RoutineRequest
} from '$lib/routine/types';

export interface Problem {
	/** e.g. `sessions[3].startedAt` */
	path: string;
	/** e.g. "must be a number" */
	text: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };
export type Schema<T> = (value: unknown, path?: string) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (path: string, text: string): Checked<never> => ({ ok: false, problem: { path, text } });
const at = (path: string, key: string | number) =>
	typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** `path text`, e.g. "sessions[3].startedAt must be a number" */
export const describeProblem = (p: Problem) => `${p.path || 'the value'} ${p.text}`;

// ---- building blocks

export const finite: Schema<number> = (x, path = '') =>
	typeof x === 'number' && Number.isFinite(x) ? ok(x) : no(path, 'must be a finite number');

export const whole =
	(min: number, max: number): Schema<number> =>
	(x, path = '') =>
		Number.isInteger(x) && (x as number) >= min && (x as number) <= max
			? ok(x as number)
			: no(path, `must be a whole number from ${min} to ${max}`);

export const bool: Schema<boolean> = (x, path = '') =>
	typeof x === 'boolean' ? ok(x) : no(path, 'must be true or false');

export const text =
	(max: number, pattern?: RegExp, what?: string): Schema<string> =>
	(x, path = '') => {
		if (typeof x !== 'string') return no(path, 'must be text');
		if (x.length > max) return no(path, `is longer than ${max.toLocaleString('en')} characters`);
		if (pattern && !pattern.test(x)) return no(path, `is not ${what ?? 'valid'}`);
		return ok(x);
	};

export const oneOf =
	<T extends string | number>(options: readonly T[], what: string): Schema<T> =>
	(x, path = '') =>
		(options as readonly unknown[]).includes(x) ? ok(x as T) : no(path, `is not ${what}`);

export const listOf =
	<T>(item: Schema<T>, max = 100_000): Schema<T[]> =>
	(x, path = '') => {
		if (!Array.isArray(x)) return no(path, 'must be a list');
		if (x.length > max) return no(path, `has more than ${max.toLocaleString('en')} items`);
		const out: T[] = [];
		// by index, not `every`: a hole in the list is a missing item
		for (let i = 0; i < x.length; i++) {
			const r = item(x[i], at(path, i));
			if (!r.ok) return r;
			out.push(r.value);
		}
		return ok(out);
	};

/** marks a field of `objectOf` that may be absent (or undefined) */
export interface Optional<T> {
	optional: Schema<T>;
}
export const optional = <T>(schema: Schema<T>): Optional<T> => ({
	optional: schema
});

type Fields = Record<string, Schema<unknown> | Optional<unknown>>;
type Out<F extends Fields> = {
	[K in keyof F as F[K] extends Schema<unknown> ? K : never]: F[K] extends Schema<infer T>
		? T
		: never;
} & {
	[K in keyof F as F[K] extends Optional<unknown> ? K : never]?: F[K] extends Optional<infer T>
		? T
		: never;
};

/** an object with these fields (others are dropped), then the whole-record `rule` */
export function objectOf<F extends Fields>(
	fields: F,
	rule?: (value: Out<F>, path: string) => Problem | null
): Schema<Out<F>> {
	return (x, path = '') => {
		if (!isRecord(x)) return no(path, x === undefined ? 'is missing' : 'must be an object');
		const out: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(fields)) {
			const value = x[key];
			if ('optional' in field) {
				if (value === undefined) continue;
				const r = field.optional(value, at(path, key));
				if (!r.ok) return r;
				out[key] = r.value;
			} else {
				if (value === undefined) return no(at(path, key), 'is missing');
				const r = field(value, at(path, key));
				if (!r.ok) return r;
				out[key] = r.value;
			}
		}
		const problem = rule?.(out as Out<F>, path);
		return problem ? { ok: false, problem } : ok(out as Out<F>);
	};
}

/** the value, or undefined when it does not fit: for reads that skip what is damaged */
export const read = <T>(schema: Schema<T>, value: unknown): T | undefined => {
	const r = schema(value);
	return r.ok ? r.value : undefined;
};

// ---- the records

/** exercise and session ids: what crypto.randomUUID and the catalogue use, and a margin */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
export const id = text(128, ID_PATTERN, 'an id');

export const routineKind = oneOf(ROUTINE_KINDS, 'a known routine kind');

/**
 * Each field of the routine request: the one definition of what is valid, used by storage
 * reads, backup import, the routine URL parser (`parseRoutineQuery`, which falls back with a
 * warning where a field does not fit, and keeps the items of a list that fit it on their own)
 * and the generator's own check (`normaliseRequest`).
 */
export const REQUEST_FIELDS = {
	kind: routineKind,
	minutes: whole(1, 60),
	level: oneOf(LEVELS, 'a known level'),
	step: oneOf(STEPS, 'a step (1, 2 or 3)'),
	backFriendly: bool,
	equipment: listOf(oneOf(EQUIPMENT, 'known equipment'), EQUIPMENT.length * 4),
	focus: listOf(oneOf(REGIONS, 'a known body region'), REGIONS.length * 4),
	avoid: listOf(id),
	lowImpact: bool,
	without: listOf(oneOf(WITHOUT, 'a known movement'), WITHOUT.length * 4),
	hold: oneOf(HOLDS, 'a known hold length'),
	seed: text(32, SEED_PATTERN, 'a routine seed')
};

/**
 * The routine request as stored (in a session or the active session). `without` and `hold`
 * came with issue 11, `step` with issue 14: older records have none of them, and are kept as
 * they are (a backup round trip is exact); the generator and the programme take the defaults
 * (step 2).
 */
export const routineRequest = objectOf({
	...REQUEST_FIELDS,
	step: optional(REQUEST_FIELDS.step),
	without: optional(REQUEST_FIELDS.without),
	hold: optional(REQUEST_FIELDS.hold)
}) as Schema<RoutineRequest>;

/**
 * The plan page's swaps: item indices, in order (`plan/url.ts` reads them from `swap=`). A
 * routine has far fewer than 1,000 items, and the plan page keeps at most 50 swaps.
 */
export const MAX_SWAPS = 50;
/** the player's Easier and Harder swaps in one play (`vary=` replays them): at most this many */
export const MAX_VARIANTS = 50;
export const swapIndex = whole(0, 999);
export const swapList = listOf(swapIndex, MAX_SWAPS);

/** an Easier or Harder swap in the player, as a session and the routine in progress keep it */
export const variantSwap = objectOf({
	item: whole(0, 999),
	which: oneOf(['easier', 'harder'] as const, 'easier or harder')
});

const skip = objectOf({ fromMs: finite, toMs: finite });

/** the routine in progress: what every reader needs, Today's check among them */
export const ACTIVE_FIELDS = {
	id: text(128),
	request: routineRequest,
	startedAt: finite,
	elapsedMs: finite,
	savedAt: finite,
	paused: bool,
	exercisesCompleted: listOf(text(128)),
	skipped: optional(listOf(skip)),
	swaps: optional(swapList)
};

/** the routine in progress, as the player saved it (its own extras apart: `slots.ts`) */
export const activeSession = objectOf(ACTIVE_FIELDS) as Schema<ActiveSession>;

const minutes = REQUEST_FIELDS.minutes;

/**
 * Each settings field on its own, so one bad field falls back (or, in a backup, is left
 * out) without losing the rest.
 */
export const SETTINGS_FIELDS: { [K in keyof Settings]: Schema<Settings[K]> } = {
	level: REQUEST_FIELDS.level,
	equipment: REQUEST_FIELDS.equipment,
	backFriendly: bool,
	minutes: objectOf({ warmup: minutes, core: minutes, stretch: minutes, daily: minutes }),
	cues: objectOf({ voice: bool, sound: bool, vibration: bool }),
	weeklyGoal: whole(1, 7),
	without: REQUEST_FIELDS.without,
	hold: REQUEST_FIELDS.hold,
	// ids as the requests' `avoid`; whether each is in the catalogue is for its readers
	avoid: listOf(id, 1000)
};

/**
 * Stored settings merged over the defaults, field by field (and inside `minutes` and `cues`),
 * so a corrupt or older record never throws and keeps whatever of it is still good.
 * `problems` lists each field that fell back, for a backup's report.
 */
export function mergeSettings(
	raw: unknown,
	path = 'settings'
): { settings: Settings; repaired: boolean; problems: Problem[] } {
	const settings = structuredClone(DEFAULT_SETTINGS);
	const problems: Problem[] = [];
	if (raw === undefined) return { settings, repaired: false, problems };
	if (!isRecord(raw)) {
		return { settings, repaired: true, problems: [{ path, text: 'must be an object' }] };
	}
	let repaired = false;
	const record = settings as unknown as Record<string, unknown>;
	for (const key of Object.keys(SETTINGS_FIELDS) as (keyof Settings)[]) {
		const value = raw[key];
		const schema = SETTINGS_FIELDS[key] as Schema<unknown>;
		const r = schema(value, at(path, key));
		if (r.ok) {
			record[key] = r.value;
			continue;
		}
		repaired = true;
		// an older record without the field: the default, and nothing to report
		if (value === undefined) continue;
		// nested groups: keep each good sub-field of a partly damaged group
		if ((key === 'minutes' || key === 'cues') && isRecord(value)) {
			const group = record[key] as Record<string, unknown>;
			const check = key === 'minutes' ? minutes : bool;
			for (const sub of Object.keys(group)) {
				const s = check(value[sub], at(at(path, key), sub));
				if (s.ok) group[sub] = s.value;
				else problems.push(s.problem);
			}
			continue;
		}
		problems.push(r.problem);
	}
	return { settings, repaired, problems };
}
