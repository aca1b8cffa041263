/**
 * Writing a routine URL's query (the table in `query.ts`, which reads it back). Kept apart
 * from the parser: Today links to its routine without loading the catalogue or the generator.
 */
import {
	canonicalAvoid,
	canonicalEquipment,
	canonicalFocus,
	canonicalWithout,
	defaultRequest,
	todaySeed
} from './request';
import type { RoutineRequest } from './types';

/** the query string (without "?") for a request; omitted fields take their defaults */
export function routineQuery(request: Partial<RoutineRequest>): string {
	const r = { ...defaultRequest(request.kind ?? 'daily', request.seed ?? todaySeed()), ...request };
	const params = new URLSearchParams();
	params.set('kind', r.kind);
	params.set('min', String(r.minutes));
	params.set('level', r.level);
	// step 2 is the level's standard dose: left out, so links from before steps stay the same
	if (r.step !== 2) params.set('step', String(r.step));
	params.set('back', r.backFriendly ? '1' : '0');
	const eq = canonicalEquipment(r.equipment);
	params.set('eq', eq.length > 0 ? eq.join(',') : 'none');
	const focus = canonicalFocus(r.focus);
	if (focus.length > 0) params.set('focus', focus.join(','));
	const avoid = canonicalAvoid(r.avoid);
	if (avoid.length > 0) params.set('avoid', avoid.join(','));
	if (r.lowImpact) params.set('impact', 'low');
	const without = canonicalWithout(r.without);
	if (without.length > 0) params.set('without', without.join(','));
	if (r.hold === 'long') params.set('hold', 'long');
	params.set('seed', r.seed);
	// commas are safe in a query: keep the lists readable
	return params.toString().replace(/%2C/g, ',');
}
