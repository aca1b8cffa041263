/**
 * Every exercise's picture at once, for the unit tests, the contact sheet and the bench. Pages
 * load the pictures they show through `../pictures.svelte.ts` instead: importing this would put
 * every pose back on every page that shows one.
 */
import type { Figure } from '../layout';
import { figures as core } from './core';
import { figures as excluded } from './excluded';
import { figures as stretch } from './stretch';
import { figures as warmup } from './warmup';

export const FIGURES: Readonly<Record<string, Figure>> = {
	...warmup,
	...core,
	...stretch,
	...excluded
};

/** `constructor` and the like are no exercise: own keys only */
export function figureFor(id: string): Figure | undefined {
	return Object.hasOwn(FIGURES, id) ? FIGURES[id] : undefined;
}
