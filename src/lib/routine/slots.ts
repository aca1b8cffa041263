/**
 * Turning a catalogue exercise into a slot: the item with its dose ranges for one section and
 * level. The catalogue's default dose is the full dose; a routine moves inside the ranges below.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Exercise, Kind, Level, RegionId } from '$lib/catalogue/types';
import type { Slot } from './fit';
import {
	PYRAMID_MIN_SEC_BEYOND_HOLD,
	REST_SEC,
	STRETCH_HOLD_SEC,
	SWITCH_SEC,
	TRANSITION_SEC,
	span
} from './rules';
import type { Span } from './rules';
import type { RoutineItem, Step } from './types';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** the intersection of an exercise's own range and a rule's range, and a default inside it */
function within(
	own: { min: number; max: number },
	rule: { min: number; max: number },
	def: number
): Span {
	let lo = Math.max(own.min, rule.min);
	let hi = Math.min(own.max, rule.max);
	// an exercise outside the rule keeps its own range: the catalogue author decided it
	if (lo > hi) [lo, hi] = [own.min, own.max];
	return span(lo, clamp(Math.round(def), lo, hi), hi);
}

export const isCatCamel = (e: Exercise): boolean => e.id.startsWith('cat-camel');

export interface SlotOptions {
	region: RegionId;
	focus?: boolean;
	sets?: number;
	/** pyramid steps, for McGill's big three */
	pyramid?: readonly number[];
	/** the hold inside each pyramid rep, when not the level's (a step's, `pyramidHoldFor`) */
	pyramidHoldSec?: number;
}

/**
 * The pyramid of a level (advanced may take the next one in long plans) at a dose step (issue
 * 14): step 2 is the level's standard pyramid; step 1 one rep fewer on each pyramid step,
 * step 3 one more (NHS: add one or two repetitions every few days), within the pyramid's range.
 * Advanced step 3's next pyramid is the standard next one, still a step above its own.
 */
export function pyramidFor(level: Level, next = false, step: Step = 2): readonly number[] {
	const longer = next && level === 'advanced';
	const base = longer ? DOSE_RULES.pyramids.advancedNext : DOSE_RULES.pyramids[level];
	if (step === 2 || (longer && step === 3)) return base;
	const { min, max } = DOSE_RULES.pyramidReps;
	return base.map((r) => clamp(step === 1 ? r - 1 : r + 1, min, max));
}

/** the hold inside each pyramid rep: the level's, a fifth shorter at step 1 */
export function pyramidHoldFor(level: Level, step: Step = 2): number {
	const hold = DOSE_RULES.pyramidHoldSec[level];
	return step === 1 ? Math.round(hold * 0.8) : hold;
}

export function makeSlot(ex: Exercise, section: Kind, level: Level, opts: SlotOptions): Slot {
	const d = ex.dose;
	const item: RoutineItem = {
		exerciseId: ex.id,
		section,
		mode: d.mode,
		perSide: ex.perSide,
		sets: Math.max(1, opts.sets ?? 1),
		holdSec: d.mode === 'timed' ? 0 : d.holdSec,
		reps: [],
		secPerRep: 0,
		workSec: 0,
		restSec: 0,
		switchSec: 0,
		transitionSec: 0,
		region: opts.region,
		focus: opts.focus ?? false,
		pyramid: false
	};
	if (ex.ramp) item.ramp = ex.ramp;
	let dose: Slot['dose'];
	let rest: Span = REST_SEC[section];

	if (d.mode === 'hold') {
		const rule =
			section === 'stretch'
				? STRETCH_HOLD_SEC[level]
				: section === 'core'
					? DOSE_RULES.plankHoldSec
					: { min: d.minSec, max: DOSE_RULES.warmupStaticHoldMaxSec };
		dose = { field: 'holdSec', span: within({ min: d.minSec, max: d.maxSec }, rule, d.holdSec) };
	} else if (d.mode === 'timed') {
		const rule = section === 'warmup' ? DOSE_RULES.warmupTimedSec : DOSE_RULES.coreTimedSec;
		dose = { field: 'workSec', span: within({ min: d.minSec, max: d.maxSec }, rule, d.sec) };
	} else if (section === 'core' && ex.bigThree && opts.pyramid) {
		// McGill: a descending pyramid of short isometric holds; the level sets the hold, except
		// for moves whose own hold is shorter (rolls, sweeps move between brief holds)
		const hold = Math.min(opts.pyramidHoldSec ?? DOSE_RULES.pyramidHoldSec[level], d.holdSec);
		const beyond = clamp(
			Math.round(d.secPerRep - d.holdSec),
			PYRAMID_MIN_SEC_BEYOND_HOLD,
			DOSE_RULES.secPerRepBeyondHold.max
		);
		item.holdSec = hold;
		item.reps = [...opts.pyramid];
		item.sets = opts.pyramid.length;
		item.pyramid = true;
		dose = {
			field: 'secPerRep',
			span: span(hold + PYRAMID_MIN_SEC_BEYOND_HOLD, hold + beyond, hold + beyond)
		};
		rest = REST_SEC.pyramid;
	} else {
		const rule =
			section === 'stretch'
				? DOSE_RULES.stretchReps
				: section === 'warmup'
					? DOSE_RULES.warmupReps
					: isCatCamel(ex)
						? DOSE_RULES.catCamelCycles
						: DOSE_RULES.coreReps;
		const reps = within({ min: d.minReps, max: d.maxReps }, rule, d.reps);
		item.secPerRep = Math.max(1, Math.round(d.secPerRep));
		item.reps = Array.from({ length: item.sets }, () => reps.def);
		dose = reps.min === reps.max ? null : { field: 'reps', span: reps };
		if (!dose) item.reps.fill(reps.min);
	}
	return {
		ex,
		item,
		dose,
		rest,
		switch: SWITCH_SEC[section],
		lead: TRANSITION_SEC[section],
		leadSec: TRANSITION_SEC[section].def
	};
}

const templates = new WeakMap<Exercise, Map<string, Slot>>();

/**
 * A shared, read-only slot for the generators (they clone before fitting): planning looks at
 * the same exercise with the same options many times, and its time ranges are cached per slot.
 */
export function slotTemplate(ex: Exercise, section: Kind, level: Level, opts: SlotOptions): Slot {
	let byKey = templates.get(ex);
	if (!byKey) {
		byKey = new Map();
		templates.set(ex, byKey);
	}
	const key = `${section}|${level}|${opts.region}|${opts.focus ?? false}|${opts.sets ?? 1}|${opts.pyramid?.join('-') ?? ''}|${opts.pyramidHoldSec ?? ''}`;
	let slot = byKey.get(key);
	if (!slot) {
		slot = makeSlot(ex, section, level, opts);
		byKey.set(key, slot);
	}
	return slot;
}
