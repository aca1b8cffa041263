/** The programme: pure, history in, next rung and its reason out (DESIGN.md). */
export * from './types';
export { evaluateProgramme, FLARE_MS, GAP_DAYS, EASY_NEEDED } from './evaluate';
export {
	band,
	checkBands,
	DEFAULT_BANDS,
	isStep,
	RED_FLAG_PAIN,
	rungAt,
	rungIndex,
	rungLabel,
	stepOf,
	TOP
} from './ladder';
export { dateDay, dayDate, localDay } from './days';
export { checkinDate, checkinDue } from './checkin';
