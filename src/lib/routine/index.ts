/** The routine domain: requests, the generator, timelines, swaps and routine URLs (DESIGN.md). */
export * from './types';
export { generateRoutine, minutesRange, splitDaily } from './generate';
export { rampShares } from './generate/warmup';
export { buildTimeline, itemSeconds, timelineSec } from './timeline';
export { swapExercise } from './swap';
export { parseRoutineQuery, routineQuery } from './query';
export { describeDose, formatDuration } from './format';
export {
	todaySeed,
	defaultRequest,
	normaliseRequest,
	SEED_PATTERN,
	ROUTINE_KIND_LABELS
} from './request';
export { DEFAULT_MINUTES, MINUTES_LIMITS } from './rules';
export { defaultCatalogue, makeCatalogue } from './catalogue';
export type { Catalogue } from './catalogue';
