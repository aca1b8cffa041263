/**
 * Routine URLs (DESIGN.md, routine URL table): `/plan?…` and `/play?…` carry the whole request.
 *
 * | param    | values                                      | default               |
 * |----------|---------------------------------------------|-----------------------|
 * | kind     | warmup, core, stretch, daily                | daily                 |
 * | min      | whole minutes, within the kind's range      | by kind               |
 * | level    | beginner, intermediate, advanced            | beginner              |
 * | step     | 1, 2, 3: the dose step within the level     | 2                     |
 * | back     | 1 back-friendly, 0 off                      | 1                     |
 * | eq       | comma list of mat, wall, chair; `none`      | mat                   |
 * | focus    | comma list of region ids                    | none                  |
 * | avoid    | comma list of exercise ids                  | none                  |
 * | impact   | `low` for low impact (no jumps or jogging)  | off (param absent)    |
 * | without  | comma list of flexion, extension, rotation, floor | none            |
 * | hold     | `long` for 45–60 s stretch holds            | normal (param absent) |
 * | seed     | 1–32 of [A-Za-z0-9_-]                       | today's date          |
 *
 * `routineQuery` (in `link.ts`) always writes kind, min, level, back, eq and seed (so a shared link gives the
 * same routine on any day), focus, avoid and without when not empty, impact only when low, hold
 * only when long, step only when not 2. Parsing never
 * throws: a malformed or unknown value falls back to its default with a warning for the user.
 *
 * What is valid is not decided here: each value, once decoded from its URL spelling (`back=1`
 * is `true`, `eq=none` an empty list), is checked by the stored request's own schema
 * (`REQUEST_FIELDS` in `$lib/storage/records`), the one definition that
 * storage reads and backup import use too. Only the minutes have a further rule of the
 * generator's (the kind's range, `minutesRange`), and avoid ids must be in the catalogue.
 */
import type { Equipment, RegionId } from '$lib/catalogue/types';
import { REQUEST_FIELDS, type Schema } from '$lib/storage/records';
import { defaultCatalogue } from './catalogue';
import type { Catalogue } from './catalogue';
import { minutesRange } from './generate';
import {
	canonicalAvoid,
	canonicalEquipment,
	canonicalFocus,
	canonicalWithout,
	defaultRequest,
	KIND_NAMES,
	todaySeed
} from './request';
import type { RoutineRequest, Without } from './types';

const fits = <T>(schema: Schema<T>, value: unknown): value is T => schema(value).ok;
/** a list item fits when the list of it alone does */
const fitsIn = (list: Schema<unknown[]>) => (item: string) => list([item]).ok;

/** a comma list's items, split into those that fit `item` and the others */
function sortList<T extends string>(value: string, item: (v: string) => boolean) {
	const known: T[] = [];
	const unknown: string[] = [];
	for (const part of value.split(',')) {
		const v = part.trim();
		if (v.length === 0) continue;
		if (item(v)) known.push(v as T);
		else unknown.push(v);
	}
	return { known, unknown };
}

/** a URL flag: `on` is true, `off` false, anything else undefined (which no schema takes) */
const flag = (v: string, on: string, off?: string) =>
	v === on ? true : v === off ? false : undefined;

/** text is not echoed at any length into the page */
const shown = (v: string) => (v.length > 24 ? `${v.slice(0, 24)}…` : v);

/** the first few values, quoted, then how many more: 10,000 made-up ids make one short line */
const quoted = (values: readonly string[]) => {
	const head = values
		.slice(0, 3)
		.map((v) => `"${shown(v)}"`)
		.join(', ');
	return values.length > 3 ? `${head} and ${(values.length - 3).toLocaleString('en')} more` : head;
};

export function parseRoutineQuery(
	query: URLSearchParams | string,
	cat: Catalogue = defaultCatalogue,
	today: () => string = todaySeed
): { request: RoutineRequest; warnings: string[] } {
	const params =
		typeof query === 'string'
			? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query)
			: query;
	const warnings: string[] = [];
	const F = REQUEST_FIELDS;
	/**
	 * Reads parameter `name`: its value decoded, when it fits `schema`, is handed to `use`;
	 * otherwise the warning `bad(value)` (none when `bad` gives null).
	 */
	const field = <T>(
		name: string,
		schema: Schema<T>,
		decode: (v: string) => unknown,
		use: (value: T) => void,
		bad: (v: string) => string | null
	) => {
		const v = params.get(name);
		if (v === null) return;
		const value = decode(v);
		if (fits(schema, value)) use(value);
		else {
			const warning = bad(shown(v));
			if (warning) warnings.push(warning);
		}
	};
	const same = (v: string) => v;
	/** reads comma list `name`: the items that fit `item` to `use`, a warning of the others */
	const list = <T extends string>(
		name: string,
		item: (v: string) => boolean,
		use: (known: T[]) => void,
		bad: (unknown: string) => string
	) => {
		const v = params.get(name);
		if (v === null) return;
		const { known, unknown } = sortList<T>(v, item);
		if (unknown.length > 0) warnings.push(bad(quoted(unknown)));
		use(known);
	};

	let request = defaultRequest('daily', today());
	field(
		'kind',
		F.kind,
		same,
		(kind) => (request = defaultRequest(kind, request.seed)),
		(v) => `Unknown routine "${v}": showing a daily routine instead.`
	);
	field(
		'level',
		F.level,
		same,
		(level) => (request.level = level),
		(v) => `Unknown level "${v}": using beginner.`
	);
	field(
		'step',
		F.step,
		(v) => (/^\d$/.test(v) ? Number(v) : NaN),
		(step) => (request.step = step),
		(v) => `Unknown step "${v}": using step 2.`
	);
	field(
		'back',
		F.backFriendly,
		(v) => flag(v, '1', '0'),
		(on) => (request.backFriendly = on),
		(v) => `"back" should be 1 or 0, not "${v}": keeping back-friendly on.`
	);
	field(
		'impact',
		F.lowImpact,
		(v) => flag(v, 'low'),
		(on) => (request.lowImpact = on),
		(v) => `"impact" can only be "low", not "${v}": ignored.`
	);

	list(
		'without',
		fitsIn(F.without),
		(known: Without[]) => (request.without = canonicalWithout(known)),
		(unknown) => `Unknown movement ${unknown} to leave out: ignored.`
	);

	field(
		'hold',
		F.hold,
		same,
		(hold) => (request.hold = hold),
		(v) => `"hold" can only be "long", not "${v}": ignored.`
	);

	const eqParam = params.get('eq');
	if (eqParam !== null) {
		const { known, unknown } =
			eqParam.trim() === 'none'
				? { known: [], unknown: [] }
				: sortList<Equipment>(eqParam, fitsIn(F.equipment));
		if (unknown.length > 0 && known.length === 0) {
			// nothing usable asked for: the default, not "no equipment", which rules out most core
			warnings.push(`Unknown equipment ${quoted(unknown)}: using the default.`);
		} else {
			if (unknown.length > 0) {
				warnings.push(`Unknown equipment ${quoted(unknown)}: left out.`);
			}
			request.equipment = canonicalEquipment(known);
		}
	}

	list(
		'focus',
		fitsIn(F.focus),
		(known: RegionId[]) => (request.focus = canonicalFocus(known)),
		(unknown) => `Unknown focus ${unknown}: left out.`
	);
	// a valid id, and one of this catalogue's
	const validId = fitsIn(F.avoid);
	list(
		'avoid',
		(v) => validId(v) && cat.byId.has(v),
		(known) => (request.avoid = canonicalAvoid(known)),
		(unknown) => `No exercise called ${unknown} to avoid: left out.`
	);

	field(
		'seed',
		F.seed,
		same,
		(seed) => (request.seed = seed),
		() => "The routine's seed is not valid: using today's routine."
	);

	// minutes last: the range depends on the kind, level and options read above, and lies
	// within what the schema allows (whole minutes, 1 to 60)
	const range = minutesRange(request, cat);
	const kind = request.kind;
	// the default may be below the floor of a back-friendly core plan at a higher level
	const fallback = Math.min(range.max, Math.max(range.min, request.minutes));
	request.minutes = fallback;
	const minParam = params.get('min');
	if (minParam !== null) {
		const n = /^\d{1,3}$/.test(minParam.trim()) ? Number(minParam.trim()) : NaN;
		if (Number.isNaN(n)) {
			warnings.push(`"${shown(minParam)}" is not a whole number of minutes: using ${fallback}.`);
		} else if (n < range.min || n > range.max) {
			const clamped = Math.min(range.max, Math.max(range.min, n));
			warnings.push(
				`A ${KIND_NAMES[kind]} takes ${range.min} to ${range.max} minutes with these settings: using ${clamped}.`
			);
			request.minutes = clamped;
		} else {
			request.minutes = n;
		}
	}
	return { request, warnings };
}
