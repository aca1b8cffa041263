/**
 * the routine a user gets by default: their stored settings (the exercises they don't want
 * included), today's seed
 */
import { canonicalAvoid, todaySeed } from '$lib/routine/request';
import type { RoutineKind, RoutineRequest } from '$lib/routine/types';
import type { Settings } from '$lib/progress/types';

export function requestFromSettings(
	settings: Settings,
	kind: RoutineKind = 'daily',
	date = new Date()
): RoutineRequest {
	return {
		kind,
		minutes: settings.minutes[kind],
		level: settings.level,
		step: 2,
		backFriendly: settings.backFriendly,
		equipment: [...settings.equipment],
		focus: [],
		avoid: canonicalAvoid(settings.avoid),
		lowImpact: false,
		without: [...settings.without],
		hold: settings.hold,
		seed: todaySeed(date)
	};
}
