/** The routine domain: requests, the generator, timelines, swaps and routine URLs (DESIGN.md). */
export * from './types';
export { generateRoutine, minutesRange, splitDaily } from './generate';
export { rampShares } from './generate/warmup';
export { buildTimeline, itemSeconds, timelineSec } from './timeline';
export { swapExercise } from './swap';
export { parseRoutineQuery } from './query';
export { routineQuery } from './link';
export { describeDose, formatDuration } from './format';
export {
	todaySeed,
	defaultRequest,
	ROUTINE_KIND_LABELS,
	WITHOUT_LABELS,
	LONG_HOLDS_LABEL
} from './request';
export { normaliseRequest } from './normalise';
export { DEFAULT_MINUTES, MINUTES_LIMITS } from './minutes';
export { defaultCatalogue, makeCatalogue } from './catalogue';
export type { Catalogue } from './catalogue';
