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
 */
import { EQUIPMENT, LEVELS, REGIONS } from '$lib/catalogue/types';
import type { Equipment, Level, RegionId } from '$lib/catalogue/types';
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
	SEED_PATTERN,
	todaySeed
} from './request';
import { ROUTINE_KINDS, WITHOUT } from './types';
import type { RoutineKind, RoutineRequest, Step, Without } from './types';

const list = (v: string) =>
	v
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);

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
	const get = (name: string): string | null => params.get(name);

	let kind: RoutineKind = 'daily';
	const kindParam = get('kind');
	if (kindParam !== null) {
		if ((ROUTINE_KINDS as readonly string[]).includes(kindParam)) kind = kindParam as RoutineKind;
		else warnings.push(`Unknown routine "${shown(kindParam)}": showing a daily routine instead.`);
	}
	const request = defaultRequest(kind, today());

	const levelParam = get('level');
	if (levelParam !== null) {
		if ((LEVELS as readonly string[]).includes(levelParam)) request.level = levelParam as Level;
		else warnings.push(`Unknown level "${shown(levelParam)}": using beginner.`);
	}

	const stepParam = get('step');
	if (stepParam !== null) {
		if (stepParam === '1' || stepParam === '2' || stepParam === '3')
			request.step = Number(stepParam) as Step;
		else warnings.push(`Unknown step "${shown(stepParam)}": using step 2.`);
	}

	const backParam = get('back');
	if (backParam !== null) {
		if (backParam === '1' || backParam === '0') request.backFriendly = backParam === '1';
		else
			warnings.push(
				`"back" should be 1 or 0, not "${shown(backParam)}": keeping back-friendly on.`
			);
	}

	const impactParam = get('impact');
	if (impactParam !== null) {
		if (impactParam === 'low') request.lowImpact = true;
		else warnings.push(`"impact" can only be "low", not "${shown(impactParam)}": ignored.`);
	}

	const withoutParam = get('without');
	if (withoutParam !== null) {
		const items = list(withoutParam);
		const unknown = items.filter((w) => !(WITHOUT as readonly string[]).includes(w));
		if (unknown.length > 0) {
			warnings.push(`Unknown movement ${quoted(unknown)} to leave out: ignored.`);
		}
		request.without = canonicalWithout(items.filter((w): w is Without => !unknown.includes(w)));
	}

	const holdParam = get('hold');
	if (holdParam !== null) {
		if (holdParam === 'long') request.hold = 'long';
		else if (holdParam !== 'normal')
			warnings.push(`"hold" can only be "long", not "${shown(holdParam)}": ignored.`);
	}

	const eqParam = get('eq');
	if (eqParam !== null) {
		const items = eqParam.trim() === 'none' ? [] : list(eqParam);
		const unknown = items.filter((q) => !(EQUIPMENT as readonly string[]).includes(q));
		const known = items.filter((q): q is Equipment => !unknown.includes(q));
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

	const focusParam = get('focus');
	if (focusParam !== null) {
		const items = list(focusParam);
		const unknown = items.filter((r) => !(REGIONS as readonly string[]).includes(r));
		if (unknown.length > 0) {
			warnings.push(`Unknown focus ${quoted(unknown)}: left out.`);
		}
		request.focus = canonicalFocus(items.filter((r): r is RegionId => !unknown.includes(r)));
	}

	const avoidParam = get('avoid');
	if (avoidParam !== null) {
		const items = list(avoidParam);
		const unknown = items.filter((id) => !cat.byId.has(id));
		const missing = new Set(unknown);
		if (unknown.length > 0) {
			warnings.push(`No exercise called ${quoted(unknown)} to avoid: left out.`);
		}
		request.avoid = canonicalAvoid(items.filter((id) => !missing.has(id)));
	}

	const seedParam = get('seed');
	if (seedParam !== null) {
		if (SEED_PATTERN.test(seedParam)) request.seed = seedParam;
		else warnings.push("The routine's seed is not valid: using today's routine.");
	}

	// minutes last: the range depends on the kind, level and options read above
	const range = minutesRange(request, cat);
	// the default may be below the floor of a back-friendly core plan at a higher level
	const fallback = Math.min(range.max, Math.max(range.min, request.minutes));
	request.minutes = fallback;
	const minParam = get('min');
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
