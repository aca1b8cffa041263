/**
 * Turning a catalogue exercise into a slot: the item with its dose ranges for one section and
 * level. The catalogue's default dose is the full dose; a routine moves inside the ranges below.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import type { Exercise, Kind, Level, RegionId } from '$lib/catalogue/types';
import type { Slot } from './fit';
import {
	DOSE_STEP_SEC,
	RELAX_SEC,
	REST_SEC,
	STRETCH_REGION_MAX_SEC,
	SWITCH_SEC,
	TRANSITION_SEC,
	span,
	stretchHoldRange
} from './rules';
import type { Span } from './rules';
import type { HoldLength, RoutineItem, Step } from './types';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** the intersection of an exercise's own range and a rule's range, and a default inside it */
function within(
	own: { min: number; max: number },
	rule: { min: number; max: number },
	def: number,
	step = 1
): Span {
	const up = (v: number) => Math.ceil(v / step) * step;
	const down = (v: number) => Math.floor(v / step) * step;
	let lo = up(Math.max(own.min, rule.min));
	let hi = down(Math.min(own.max, rule.max));
	// an exercise outside the rule keeps its own range: the catalogue author decided it
	if (lo > hi) [lo, hi] = [up(own.min), down(own.max)];
	if (lo > hi) hi = lo;
	return span(lo, clamp(Math.round(def / step) * step, lo, hi), hi);
}

/** every cat-camel entry, whichever part of the routine it is in */
export const isCatCamel = (e: Exercise): boolean => e.movement === 'cat-camel';

/** what makes two entries the same movement: once per routine */
export const movementOf = (e: Exercise): string => e.movement ?? e.id;

export interface SlotOptions {
	region: RegionId;
	focus?: boolean;
	sets?: number;
	/** pyramid steps, for McGill's big three */
	pyramid?: readonly number[];
	/** the hold inside each pyramid rep, when not the level's (a step's, `pyramidHoldFor`) */
	pyramidHoldSec?: number;
	/** stretch holds: normal, or the older-adult 45–60 s */
	hold?: HoldLength;
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

/**
 * The level's pyramid and the shorter ones it gives way to when time is short, longest first:
 * one repetition fewer in every step (6-4-2 → 5-3-1 → 4-2 → …), with a gentle 3-2-1 and 2-1
 * where they fit between, down to a single held repetition.
 */
export function pyramidLadder(level: Level, step: Step = 2): (readonly number[])[] {
	const top = pyramidFor(level, false, step);
	const out: number[][] = [];
	for (let k = 0; ; k++) {
		const step = top.map((r) => r - k).filter((r) => r > 0);
		if (step.length === 0) break;
		out.push(step);
	}
	for (const extra of [[3, 2, 1], [2, 1], [1]]) {
		if (!out.some((p) => p.join() === extra.join())) out.push(extra);
	}
	const total = (p: readonly number[]) => p.reduce((a, b) => a + b, 0);
	return out
		.filter((p) => p.every((r, i) => r <= (top[i] ?? 0)))
		.sort((a, b) => total(b) - total(a) || a.length - b.length);
}

/** held repetitions, each its own timed hold with a relax between (McGill's pyramid, bracing) */
export const isPacedDose = (ex: Exercise, section: Kind): boolean =>
	section === 'core' && ex.dose.mode === 'reps' && ex.dose.holdSec >= DOSE_STEP_SEC;

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
		paced: false,
		relaxSec: 0,
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
		let rule: { min: number; max: number } =
			section === 'stretch'
				? stretchHoldRange(level, opts.hold ?? 'normal')
				: section === 'core'
					? DOSE_RULES.plankHoldSec
					: { min: d.minSec, max: DOSE_RULES.warmupStaticHoldMaxSec };
		if (section === 'stretch') {
			// no region more than 90 s a side
			rule = { min: rule.min, max: Math.min(rule.max, STRETCH_REGION_MAX_SEC / item.sets) };
		}
		const held = within({ min: d.minSec, max: d.maxSec }, rule, d.holdSec, DOSE_STEP_SEC);
		dose = {
			field: 'holdSec',
			// a focus stretch takes spare time first: its longest hold is its default
			span: section === 'stretch' && opts.focus ? span(held.min, held.max, held.max) : held,
			step: DOSE_STEP_SEC
		};
	} else if (d.mode === 'timed') {
		const rule = section === 'warmup' ? DOSE_RULES.warmupTimedSec : DOSE_RULES.coreTimedSec;
		dose = {
			field: 'workSec',
			span: within({ min: d.minSec, max: d.maxSec }, rule, d.sec, DOSE_STEP_SEC),
			step: DOSE_STEP_SEC
		};
	} else if (section === 'core' && ex.bigThree && opts.pyramid) {
		// McGill: a descending pyramid of short isometric holds at the level's hold (or its
		// step's, issue 14), each repetition its own hold with a relax of about two breaths between
		item.holdSec = opts.pyramidHoldSec ?? DOSE_RULES.pyramidHoldSec[level];
		item.secPerRep = item.holdSec;
		item.paced = true;
		item.reps = [...opts.pyramid];
		item.sets = opts.pyramid.length;
		item.pyramid = true;
		dose = null;
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
		if (isPacedDose(ex, section)) {
			item.paced = true;
			item.secPerRep = item.holdSec;
		} else {
			item.secPerRep = Math.max(1, Math.round(d.secPerRep));
		}
		item.reps = Array.from({ length: item.sets }, () => reps.def);
		dose = reps.min === reps.max ? null : { field: 'reps', span: reps, step: 1 };
		if (!dose) item.reps.fill(reps.min);
	}
	return {
		ex,
		item,
		dose,
		rest,
		switch: SWITCH_SEC[section],
		relax: RELAX_SEC,
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
	const key = `${section}|${level}|${opts.region}|${opts.focus ?? false}|${opts.sets ?? 1}|${opts.pyramid?.join('-') ?? ''}|${opts.hold ?? 'normal'}|${opts.pyramidHoldSec ?? ''}`;
	let slot = byKey.get(key);
	if (!slot) {
		slot = makeSlot(ex, section, level, opts);
		byKey.set(key, slot);
	}
	return slot;
}
