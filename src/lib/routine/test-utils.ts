/**
 * Test helpers: every rule of CONTENT.md §2 as an independent check of a finished routine.
 * Written against the spec's numbers, not the generator's internals, so a generator bug
 * cannot hide behind a shared constant. Used by the unit and property tests only.
 */
import { DOSE_RULES } from '$lib/catalogue/guidelines';
import { POSITIONS } from '$lib/catalogue/types';
import type { Exercise, RampPhase } from '$lib/catalogue/types';
import type { Catalogue } from './catalogue';
import { buildTimeline, itemSeconds } from './timeline';
import type { Routine, RoutineRequest } from './types';

const LEVEL = { beginner: 0, intermediate: 1, advanced: 2 } as const;
const RAMP_ORDER: Record<RampPhase, number> = { raise: 0, activate: 1, mobilise: 1, potentiate: 2 };

export function allowedFor(e: Exercise, r: RoutineRequest): boolean {
	return (
		e.back !== 'exclude' &&
		!(e.back === 'impact' && (r.backFriendly || r.lowImpact)) &&
		LEVEL[e.level] <= LEVEL[r.level] &&
		e.equipment.every((q) => r.equipment.includes(q)) &&
		!r.avoid.includes(e.id)
	);
}

/** every violated rule, as short messages (empty when the routine is sound) */
export function violations(routine: Routine, cat: Catalogue): string[] {
	const out: string[] = [];
	const r = routine.request;
	const total = r.minutes * 60;
	const timeline = buildTimeline(routine);
	const sum = timeline.reduce((a, s) => a + s.durationSec, 0);
	if (sum !== total) out.push(`timeline ${sum} s ≠ ${total} s`);
	if (routine.totalSec !== total) out.push(`totalSec ${routine.totalSec} ≠ ${total}`);
	if (timeline.some((s) => !Number.isInteger(s.durationSec) || s.durationSec <= 0)) {
		out.push('a segment is not a positive whole number of seconds');
	}
	if (timeline[0]?.type !== 'prepare') out.push('no prepare countdown first');
	const per = itemSeconds(routine);
	if (per.reduce((a, b) => a + b, 0) !== total) out.push('itemSeconds do not add up');

	const exs = routine.items.map((it) => cat.byId.get(it.exerciseId));
	if (exs.some((e) => !e)) return [...out, 'unknown exercise'];
	const ex = exs as Exercise[];

	// filters
	ex.forEach((e, i) => {
		const it = routine.items[i];
		if (!allowedFor(e, r)) out.push(`${e.id} not allowed by the request`);
		if (it && e.kind !== it.section) out.push(`${e.id} is not a ${it.section} exercise`);
		if (r.backFriendly && i > 0 && e.back === 'flex' && ex[i - 1]?.back === 'flex') {
			out.push(`two forward bends in a row: ${ex[i - 1]?.id}, ${e.id}`);
		}
	});
	if (new Set(ex.map((e) => e.id)).size !== ex.length) out.push('an exercise appears twice');

	// parts in order, contiguous
	const order = r.kind === 'daily' ? ['warmup', 'core', 'stretch'] : [r.kind];
	if (routine.parts.map((p) => p.section).join() !== order.join()) out.push('parts out of order');
	routine.parts.forEach((p, k) => {
		const prev = routine.parts[k - 1];
		if (p.start !== (prev ? prev.end : 0)) out.push('parts not contiguous');
		for (let i = p.start; i < p.end; i++) {
			if (routine.items[i]?.section !== p.section) out.push('item outside its part');
		}
	});
	if (routine.parts.reduce((a, p) => a + p.seconds, 0) !== total) out.push('parts do not add up');

	// sides: left then right, same time, every set
	for (let i = 0; i < timeline.length; i++) {
		const s = timeline[i];
		if (s?.type !== 'work' || s.side !== 'left') continue;
		const sw = timeline[i + 1];
		const right = sw?.type === 'switch' ? timeline[i + 2] : sw;
		if (right?.type !== 'work' || right.side !== 'right' || right.itemIndex !== s.itemIndex) {
			out.push(`left without right in item ${s.itemIndex}`);
		} else if (right.durationSec !== s.durationSec || right.reps !== s.reps) {
			out.push(`sides differ in item ${s.itemIndex}`);
		}
	}
	routine.items.forEach((it, i) => {
		const works = timeline.filter((s) => s.type === 'work' && s.itemIndex === i);
		if (it.perSide && works.some((w) => w.side === undefined))
			out.push(`${it.exerciseId}: work without side`);
		if (it.perSide && works.length !== it.sets * 2) out.push(`${it.exerciseId}: sides unpaired`);
	});

	for (const p of routine.parts) {
		const items = routine.items.slice(p.start, p.end);
		const pex = ex.slice(p.start, p.end);
		if (p.section === 'stretch') out.push(...stretchViolations(items, pex, r, p.seconds, cat));
		if (p.section === 'warmup') out.push(...warmupViolations(items, pex, r, p.seconds));
		if (p.section === 'core') out.push(...coreViolations(items, pex, r, cat, p.start === 0));
	}
	return out;
}

function stretchViolations(
	items: Routine['items'],
	ex: Exercise[],
	r: RoutineRequest,
	seconds: number,
	cat: Catalogue
): string[] {
	const out: string[] = [];
	const lvl = r.level === 'beginner' ? { min: 20, max: 30 } : { min: 20, max: 40 };
	ex.forEach((e, i) => {
		const it = items[i];
		if (!it) return;
		const prev = ex[i - 1];
		if (prev && POSITIONS.indexOf(e.position) < POSITIONS.indexOf(prev.position)) {
			out.push(`stretch order: ${prev.position} before ${e.position}`);
		}
		if (e.dose.mode === 'hold') {
			const lo = Math.max(e.dose.minSec, lvl.min);
			const hi = Math.min(e.dose.maxSec, lvl.max);
			if (it.holdSec < lo || it.holdSec > hi)
				out.push(`${e.id}: hold ${it.holdSec} s outside ${lo}–${hi}`);
			if (it.sets < 1 || it.sets > DOSE_RULES.stretchSetsPerSide.max)
				out.push(`${e.id}: ${it.sets} sets`);
		}
	});
	if (seconds >= 600) {
		for (const region of cat.requiredRegions) {
			if (!ex.some((e) => e.regions.includes(region))) out.push(`10-min stretch misses ${region}`);
		}
	}
	const calmAvailable = cat.byKind.stretch.some(
		(e) => allowedFor(e, r) && e.position === 'lying' && e.back === 'ok' && e.mode === 'hold'
	);
	const last = ex[ex.length - 1];
	if (calmAvailable && seconds >= 300 && last?.position !== 'lying')
		out.push('stretch does not end on the floor');
	return out;
}

function warmupViolations(
	items: Routine['items'],
	ex: Exercise[],
	r: RoutineRequest,
	seconds: number
): string[] {
	const out: string[] = [];
	if (ex[0]?.back === 'impact') out.push('warm-up opens with an impact move');
	const phase = { raise: 0, am: 0, potentiate: 0 };
	ex.forEach((e, i) => {
		const prev = ex[i - 1];
		if (e.mode === 'hold') out.push(`${e.id}: static hold in a warm-up`);
		if (!e.ramp) out.push(`${e.id}: no RAMP phase`);
		if (prev && e.ramp && prev.ramp && RAMP_ORDER[e.ramp] < RAMP_ORDER[prev.ramp]) {
			out.push(`RAMP order: ${prev.ramp} before ${e.ramp}`);
		}
		if (prev && e.intensity < prev.intensity) out.push(`intensity falls: ${prev.id} → ${e.id}`);
		const it = items[i];
		if (!it) return;
		let body = 0;
		const sides = it.perSide ? 2 : 1;
		for (let s = 0; s < it.sets; s++) {
			body += sides * (it.mode === 'timed' ? it.workSec : (it.reps[s] ?? 0) * it.secPerRep);
		}
		body += (it.perSide ? it.sets * it.switchSec : 0) + (it.sets - 1) * it.restSec;
		if (e.ramp === 'raise') phase.raise += body;
		else if (e.ramp === 'potentiate') phase.potentiate += body;
		else phase.am += body;
	});
	const share = (v: number) => v / seconds;
	if (share(phase.raise) < 0.4 || share(phase.raise) > 0.5) out.push(`raise ${share(phase.raise)}`);
	if (share(phase.am) < 0.35 || share(phase.am) > 0.45)
		out.push(`activate+mobilise ${share(phase.am)}`);
	if (share(phase.potentiate) > 0.2) out.push(`potentiate ${share(phase.potentiate)}`);
	if (phase.potentiate > 0 && (r.level === 'beginner' || r.backFriendly || r.lowImpact)) {
		out.push('potentiate in a gentle warm-up');
	}
	return out;
}

function coreViolations(
	items: Routine['items'],
	ex: Exercise[],
	r: RoutineRequest,
	cat: Catalogue,
	opensRoutine: boolean
): string[] {
	const out: string[] = [];
	// by level and step (issue 14): step 2 is CONTENT.md's dose, step 1 one rep fewer on each
	// pyramid step (at least 2) and holds a fifth shorter, step 3 one rep more (at most 10)
	const PYRAMIDS: Record<string, Record<number, number[][]>> = {
		beginner: { 1: [[5, 3, 2]], 2: [[6, 4, 2]], 3: [[7, 5, 3]] },
		intermediate: { 1: [[5, 3, 2]], 2: [[6, 4, 2]], 3: [[7, 5, 3]] },
		advanced: {
			1: [
				[7, 5, 3],
				[9, 7, 5]
			],
			2: [
				[8, 6, 4],
				[10, 8, 6]
			],
			3: [
				[9, 7, 5],
				[10, 8, 6]
			]
		}
	};
	const HOLDS: Record<string, Record<number, number>> = {
		beginner: { 1: 4, 2: 5, 3: 5 },
		intermediate: { 1: 8, 2: 10, 3: 10 },
		advanced: { 1: 8, 2: 10, 3: 10 }
	};
	const pyramids = { [r.level]: PYRAMIDS[r.level]?.[r.step] ?? [] };
	const hold = HOLDS[r.level]?.[r.step] ?? 0;
	items.forEach((it, i) => {
		const e = ex[i];
		if (!e) return;
		if (e.bigThree) {
			if (!it.pyramid) out.push(`${e.id}: big three without its pyramid`);
			if (!(pyramids[r.level] ?? []).some((p) => p.join() === it.reps.join())) {
				out.push(`${e.id}: pyramid ${it.reps.join('-')} for ${r.level}`);
			}
			if (it.holdSec !== Math.min(hold, e.dose.mode === 'reps' ? e.dose.holdSec : hold)) {
				out.push(`${e.id}: ${it.holdSec} s holds`);
			}
			if (it.restSec < 3 || it.restSec > 10) out.push(`${e.id}: rest ${it.restSec} s between reps`);
		}
		if (i > 0 && (it.transitionSec < 30 || it.transitionSec > 60)) {
			out.push(`${e.id}: ${it.transitionSec} s between core exercises`);
		}
		if (!opensRoutine && i === 0 && it.transitionSec <= 0) out.push('no transition into the core');
	});
	if (r.backFriendly) {
		const catCamelAllowed = cat.byKind.core.some(
			(e) => e.id.startsWith('cat-camel') && allowedFor(e, r)
		);
		if (catCamelAllowed && !ex[0]?.id.startsWith('cat-camel'))
			out.push('back-friendly core without cat-camel first');
		const fams = ex.filter((e) => e.bigThree).map((e) => e.bigThree);
		const start = catCamelAllowed ? 1 : 0;
		const head = ex.slice(start, start + fams.length).map((e) => e.bigThree);
		if (head.join() !== fams.join()) out.push('big three not straight after the cat-camel');
		const order = ['curl-up', 'side-bridge', 'bird-dog'];
		const idx = fams.map((f) => order.indexOf(f as string));
		if (idx.some((v, k) => k > 0 && v < (idx[k - 1] ?? 0))) out.push('big three out of order');
		for (const family of order) {
			const available = cat.byKind.core.some((e) => e.bigThree === family && allowedFor(e, r));
			if (available && !fams.includes(family as never))
				out.push(`back-friendly core without a ${family}`);
		}
	}
	return out;
}
