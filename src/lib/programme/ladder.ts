/** The ladder: beginner 1–3, intermediate 1–3, advanced 1–3, and the pain bands. */
import type { Level, PainBands, Rung, Step } from './types';

export const LADDER_LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
export const STEPS: readonly Step[] = [1, 2, 3];
export const TOP = LADDER_LEVELS.length * STEPS.length - 1;

/** 0 (beginner 1) … 8 (advanced 3) */
export function rungIndex(r: Rung): number {
	return LADDER_LEVELS.indexOf(r.level) * 3 + (r.step - 1);
}

/** the rung at an index, clamped to the ladder */
export function rungAt(index: number): Rung {
	const i = Math.max(0, Math.min(TOP, Math.trunc(index)));
	return { level: LADDER_LEVELS[Math.floor(i / 3)] ?? 'beginner', step: ((i % 3) + 1) as Step };
}

export function isLevel(v: unknown): v is Level {
	return typeof v === 'string' && (LADDER_LEVELS as readonly string[]).includes(v);
}

export function isStep(v: unknown): v is Step {
	return v === 1 || v === 2 || v === 3;
}

/** a request's step: 2 (the level's standard dose) when it has none */
export function stepOf(request: { step?: number }): Step {
	return isStep(request.step) ? request.step : 2;
}

export function rungLabel(r: Rung): string {
	return `${r.level}, step ${r.step}`;
}

export const DEFAULT_BANDS: PainBands = { greenMax: 3, amberMax: 5 };

/** a pain of this or more offers the red-flag check, whatever the bands */
export const RED_FLAG_PAIN = 7;

export type Band = 'green' | 'amber' | 'red';

/** null for a clear message, or what is wrong with the bands */
export function checkBands(b: PainBands): string | null {
	const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10;
	if (!whole(b.greenMax) || !whole(b.amberMax)) return 'Pain bands are whole numbers from 0 to 10.';
	if (b.greenMax >= b.amberMax) return 'Green must end below where amber ends.';
	if (b.amberMax >= 10) return 'Amber must end below 10, so that some pain counts as red.';
	return null;
}

export function isPain(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;
}

export function band(pain: number, b: PainBands): Band {
	return pain <= b.greenMax ? 'green' : pain <= b.amberMax ? 'amber' : 'red';
}
