/**
 * Every exercise's text at once, for the unit tests and the figures' contact sheet. Pages load
 * the texts they show through `../texts.svelte.ts` instead: importing this would put them all
 * back on every page.
 */
import type { ExerciseText } from '../types';
import { texts as core } from './core';
import { texts as excluded } from './excluded';
import { texts as stretch } from './stretch';
import { texts as warmup } from './warmup';

export const ALL_TEXTS: Readonly<Record<string, ExerciseText>> = {
	...warmup,
	...core,
	...stretch,
	...excluded
};
