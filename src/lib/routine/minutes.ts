/**
 * Minutes per routine kind: the request defaults and the outer ranges. Apart from `rules.ts`
 * because requests and links need them without the dose rules and their sources.
 */
import type { RoutineKind } from './types';

/** minutes when the request gives none (DESIGN.md, routine URL table) */
export const DEFAULT_MINUTES: Record<RoutineKind, number> = {
	warmup: 5,
	core: 10,
	stretch: 10,
	daily: 25
};

/**
 * Whole minutes a request may ask for, per kind (the static outer range; a back-friendly core
 * routine also has a level-dependent floor, see `minutesRange`).
 * - warm-up 3–15: Mayo's 5–10 with some room either side; beyond 15 min the raise phase
 *   would need more continuous moves than the catalogue has (RAMP shares must still hold).
 * - core 6–30: CONTENT.md's 8–15 widened; McGill's big three with the level's pyramid take
 *   about 10 min (beginner) to 15 min (intermediate), so back-friendly core starts there.
 * - stretch 3–40: a 3-minute plan covers the first regions by priority, 10 min covers all
 *   nine, and long plans add holds (up to three per side, 90 s) and the optional regions.
 * - daily 15–60: a short warm-up, the core floor and a short stretch.
 */
export const MINUTES_LIMITS: Record<RoutineKind, { min: number; max: number }> = {
	warmup: { min: 3, max: 15 },
	core: { min: 6, max: 30 },
	stretch: { min: 3, max: 40 },
	daily: { min: 15, max: 60 }
};
