/**
 * Test helpers: every rule of CONTENT.md §2 and issue 11 as an independent check of a finished
 * routine. Written against the spec's numbers, not the generator's internals, so a generator
 * bug cannot hide behind a shared constant. Used by the unit and property tests only.
 */
import type { Exercise, RampPhase, RegionId } from '$lib/catalogue/types';
import type { Catalogue } from './catalogue';
import { buildTimeline, itemSeconds } from './timeline';
import type { Routine, RoutineItem, RoutineRequest, Segment } from './types';

const LEVEL = { beginner: 0, intermediate: 1, advanced: 2 } as const;
const RAMP_ORDER: Record<RampPhase, number> = { raise: 0, activate: 1, mobilise: 1, potentiate: 2 };
const FLAG_OF = { flexion: 'flex', extension: 'ext', rotation: 'rot' } as const;

/** on the floor: lying, kneeling, or seated on a mat */
export const isDown = (e: Exercise): boolean =>
	e.position === 'lying' ||
	e.position === 'kneeling' ||
	(e.position === 'seated' && e.equipment.includes('mat'));
/** standing, or on a chair */
export const isUp = (e: Exercise): boolean =>
	e.position === 'standing' || (e.position === 'seated' && e.equipment.includes('chair'));

export const movement = (e: Exercise): string => e.movement ?? e.id;

export function allowedFor(e: Exercise, r: RoutineRequest): boolean {
	const without = r.without ?? [];
	return (
		e.back !== 'exclude' &&
		!(e.back === 'impact' && (r.backFriendly || r.lowImpact)) &&
		LEVEL[e.level] <= LEVEL[r.level] &&
		e.equipment.every((q) => r.equipment.includes(q)) &&
		!r.avoid.includes(e.id) &&
		!without.some((w) => (w === 'floor' ? isDown(e) : e.back === FLAG_OF[w]))
	);
}

/** seconds a side a stretch item works its region */
export function secPerSide(it: RoutineItem): number {
	if (it.mode === 'hold') return it.sets * it.holdSec;
	if (it.mode === 'timed') return it.sets * it.workSec;
	return it.reps.reduce((a, r) => a + r * it.secPerRep, 0);
}

// by level and step (issue 14): step 2 is CONTENT.md's dose, step 1 one rep fewer on each
// pyramid step (at least 2) and holds a fifth shorter, step 3 one rep more (at most 10)
const HOLDS: Record<string, Record<number, number>> = {
	beginner: { 1: 4, 2: 5, 3: 5 },
	intermediate: { 1: 8, 2: 10, 3: 10 },
	advanced: { 1: 8, 2: 10, 3: 10 }
};
export const levelHold = (r: RoutineRequest) => HOLDS[r.level]?.[r.step] ?? 0;
const LADDER_TOPS: Record<string, Record<number, number[][]>> = {
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

/** a descending pyramid no bigger than the level's (the level's, or shortened from the top) */
function pyramidOk(reps: number[], level: string, step: number, full: boolean): boolean {
	const tops = LADDER_TOPS[level]?.[step] ?? [];
	if (full) return tops.some((t) => t.join() === reps.join());
	const top = tops[0] ?? [];
	if (reps.length === 0 || reps.length > top.length) return false;
	return reps.every((n, i) => n >= 1 && n <= (top[i] ?? 0) && (i === 0 || n < (reps[i - 1] ?? 0)));
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
	if (new Set(ex.map(movement)).size !== ex.length) out.push('a movement appears twice');

	// doses as a person would set them
	routine.items.forEach((it) => {
		if (it.mode === 'hold' && it.holdSec % 5 !== 0)
			out.push(`${it.exerciseId}: ${it.holdSec} s hold`);
		if (it.mode === 'timed' && it.workSec % 5 !== 0) out.push(`${it.exerciseId}: ${it.workSec} s`);
	});

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

	out.push(...sideViolations(routine, timeline));
	out.push(...positionViolations(routine, ex, timeline));

	for (const p of routine.parts) {
		const items = routine.items.slice(p.start, p.end);
		const pex = ex.slice(p.start, p.end);
		if (p.section === 'stretch') {
			const before = p.start > 0 ? ex[p.start - 1] : undefined;
			out.push(...stretchViolations(routine, items, pex, p.seconds, cat, before));
		}
		if (p.section === 'warmup') out.push(...warmupViolations(items, pex, r, p.seconds));
		if (p.section === 'core')
			out.push(...coreViolations(routine, items, pex, cat, p.start, timeline));
	}
	if (r.kind === 'daily') {
		const warm = routine.parts[0];
		if (warm && warm.seconds < 300) out.push(`daily warm-up ${warm.seconds} s`);
	}
	return out;
}

function sideViolations(routine: Routine, timeline: Segment[]): string[] {
	const out: string[] = [];
	// sides: left then right, the same time and reps, every set
	routine.items.forEach((it, i) => {
		const works = timeline.filter((s) => s.type === 'work' && s.itemIndex === i);
		if (!it.perSide) return;
		if (works.some((w) => w.side === undefined)) out.push(`${it.exerciseId}: work without side`);
		for (let set = 1; set <= it.sets; set++) {
			const left = works.filter((w) => w.set === set && w.side === 'left');
			const right = works.filter((w) => w.set === set && w.side === 'right');
			const l = left.map((w) => `${w.durationSec}/${w.reps}`).join();
			const rr = right.map((w) => `${w.durationSec}/${w.reps}`).join();
			if (left.length === 0 || l !== rr) out.push(`${it.exerciseId}: sides differ in set ${set}`);
		}
	});
	return out;
}

/** getting up and down: time for it, the cue, floor moves grouped */
function positionViolations(routine: Routine, ex: Exercise[], timeline: Segment[]): string[] {
	const out: string[] = [];
	const need = routine.request.backFriendly ? 15 : 10;
	const leadOf = (i: number) =>
		timeline.find((s) => s.itemIndex === i && (s.type === 'prepare' || s.type === 'transition'));
	// from standing (with the phone) to the first exercise
	if (ex[0] && isDown(ex[0])) {
		const lead = leadOf(0);
		if (!lead || lead.durationSec < 10) out.push('less than 10 s to get down for the first move');
	}
	let last: 'up' | 'down' | null = 'up';
	ex.forEach((e, i) => {
		const p = isDown(e) ? 'down' : isUp(e) ? 'up' : null;
		if (p === null) return;
		if (last !== null && p !== last && i > 0) {
			const lead = leadOf(i);
			if (!lead || lead.durationSec < need) {
				out.push(`${e.id}: ${lead?.durationSec ?? 0} s to get ${p} (needs ${need})`);
			}
			if (lead?.change !== p) out.push(`${e.id}: no "${p}" cue`);
		}
		last = p;
	});
	// never down to the floor for a single move and straight back up
	for (let i = 1; i + 1 < ex.length; i++) {
		const a = ex[i - 1] as Exercise;
		const b = ex[i] as Exercise;
		const c = ex[i + 1] as Exercise;
		if (isUp(a) && isDown(b) && isUp(c)) out.push(`${b.id}: alone on the floor`);
	}
	return out;
}

function stretchViolations(
	routine: Routine,
	items: RoutineItem[],
	ex: Exercise[],
	seconds: number,
	cat: Catalogue,
	before: Exercise | undefined
): string[] {
	const out: string[] = [];
	const r = routine.request;
	const lvl =
		r.hold === 'long'
			? { min: 45, max: 60 }
			: r.level === 'beginner'
				? { min: 20, max: 30 }
				: { min: 20, max: 40 };
	ex.forEach((e, i) => {
		const it = items[i];
		if (!it) return;
		if (e.dose.mode === 'hold') {
			let lo = Math.max(e.dose.minSec, lvl.min);
			let hi = Math.min(e.dose.maxSec, lvl.max);
			if (lo > hi) [lo, hi] = [e.dose.minSec, e.dose.maxSec];
			if (it.holdSec < lo || it.holdSec > hi)
				out.push(`${e.id}: hold ${it.holdSec} s outside ${lo}–${hi}`);
			if (it.sets < 1 || it.sets > 4) out.push(`${e.id}: ${it.sets} sets`);
		}
	});
	// at most 90 s a side per region, and a focus region at least as long as any other
	const byRegion = new Map<RegionId, number>();
	for (const it of items) byRegion.set(it.region, (byRegion.get(it.region) ?? 0) + secPerSide(it));
	for (const [region, sec] of byRegion) if (sec > 90) out.push(`${region}: ${sec} s a side`);
	// hold time: a focus region's holds at least as long as those of any region not asked for
	const holdSec = (it: RoutineItem) => it.sets * it.holdSec;
	const holds = items.filter((it) => it.mode === 'hold');
	const asked = (it: RoutineItem) => r.focus.includes(it.region);
	const most = Math.max(0, ...holds.filter((it) => !asked(it)).map(holdSec));
	for (const it of holds.filter(asked)) {
		if (holdSec(it) < most) out.push(`focus ${it.region} ${holdSec(it)} s < ${most} s elsewhere`);
	}
	// coverage: a daily, and any stretch of 10 minutes (15 with long holds), covers all nine
	const covered = (region: RegionId) => ex.some((e) => e.regions.includes(region));
	const mustCover =
		(r.kind === 'daily' && r.hold !== 'long') || seconds >= (r.hold === 'long' ? 900 : 600);
	for (const region of cat.requiredRegions) {
		if (mustCover && !covered(region)) out.push(`stretch misses ${region}`);
	}
	const missing = cat.requiredRegions.filter((region) => !covered(region));
	const reported = routine.leftOut ?? [];
	for (const region of missing) {
		if (!reported.includes(region)) out.push(`${region} left out without saying so`);
	}
	// order: after a floor core, floor first and standing last; else standing first
	const floorFirst = before !== undefined && isDown(before);
	const downs = ex.map((e) => (isDown(e) ? 1 : isUp(e) ? 0 : -1));
	const definite = downs.filter((d) => d >= 0);
	const sorted = [...definite].sort((a, b) => (floorFirst ? b - a : a - b));
	if (definite.join() !== sorted.join()) {
		out.push(
			`stretch order ${floorFirst ? 'floor first' : 'standing first'}: ${definite.join('')}`
		);
	}
	const calmAvailable = cat.byKind.stretch.some(
		(e) => allowedFor(e, r) && e.position === 'lying' && e.back === 'ok' && e.mode === 'hold'
	);
	const lastEx = ex[ex.length - 1];
	const lastDefinite = [...ex].reverse().find((e) => isDown(e) || isUp(e));
	if (!floorFirst && ex.some(isDown) && lastDefinite && !isDown(lastDefinite))
		out.push('stretch with floor moves does not end on the floor');
	if (!floorFirst && calmAvailable && seconds >= 600 && lastEx?.position !== 'lying')
		out.push('a long stretch does not end lying down');
	if (floorFirst && ex.some(isUp) && lastEx && isDown(lastEx)) out.push('daily stretch ends down');
	return out;
}

function warmupViolations(
	items: RoutineItem[],
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
		if (prev && e.back === 'impact' && isDown(prev)) out.push(`from the floor to a jump: ${e.id}`);
		if (e.intensity === 3 && !ex.slice(0, i).some((x) => x.intensity === 2)) {
			out.push(`${e.id}: vigorous without a medium move first`);
		}
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
	if (r.kind === 'daily' && ex.some(isDown)) out.push('daily warm-up goes down to the floor');
	return out;
}

/** is `b` an easier version of `a`, anywhere down its chain? */
function easierOf(a: Exercise, b: Exercise, cat: Catalogue): boolean {
	let id = a.easier;
	for (let n = 0; id !== undefined && n < 10; n++) {
		if (id === b.id) return true;
		id = cat.byId.get(id)?.easier;
	}
	return false;
}

function coreViolations(
	routine: Routine,
	items: RoutineItem[],
	ex: Exercise[],
	cat: Catalogue,
	start: number,
	timeline: Segment[]
): string[] {
	const out: string[] = [];
	const r = routine.request;
	const hold = levelHold(r);
	const pyramids = items.filter((it) => it.pyramid).map((it) => it.reps.join('-'));
	if (new Set(pyramids).size > 1)
		out.push(`big three with different pyramids: ${pyramids.join(' ')}`);
	items.forEach((it, k) => {
		const e = ex[k];
		const i = start + k;
		if (!e) return;
		if (e.bigThree) {
			if (!it.pyramid) out.push(`${e.id}: big three without its pyramid`);
			if (!pyramidOk(it.reps, r.level, r.step, routine.shortened === undefined)) {
				out.push(`${e.id}: pyramid ${it.reps.join('-')} for ${r.level}`);
			}
			const segs = timeline.filter((s) => s.itemIndex === i);
			const works = segs.filter((s) => s.type === 'work');
			const expected = it.reps.reduce((a, n) => a + n, 0) * (it.perSide ? 2 : 1);
			if (works.length !== expected)
				out.push(`${e.id}: ${works.length} held reps, not ${expected}`);
			for (const w of works) {
				if (w.durationSec !== hold) out.push(`${e.id}: ${w.durationSec} s hold`);
				if (w.reps !== 1 || w.rep === undefined || w.repsInSet === undefined)
					out.push(`${e.id}: work segment not one paced rep`);
			}
			for (const s of segs.filter((x) => x.type === 'rest')) {
				const relax = s.rep !== undefined;
				if (relax && (s.durationSec < 4 || s.durationSec > 8))
					out.push(`${e.id}: relax ${s.durationSec} s`);
				if (!relax && (s.durationSec < 15 || s.durationSec > 30))
					out.push(`${e.id}: ${s.durationSec} s between pyramid steps`);
			}
		}
		if (k > 0 && (it.transitionSec < 30 || it.transitionSec > 60)) {
			out.push(`${e.id}: ${it.transitionSec} s between core exercises`);
		}
		if (start > 0 && k === 0 && it.transitionSec <= 0) out.push('no transition into the core');
		// never backwards in difficulty
		for (const prev of ex.slice(0, k)) {
			if (easierOf(prev, e, cat)) out.push(`core goes backwards: ${prev.id} → ${e.id}`);
		}
	});
	if (r.backFriendly) {
		const allowed = cat.byKind.core.filter((e) => allowedFor(e, r));
		const floor = allowed.some(isDown);
		const usable = allowed.filter((e) => (floor ? isDown(e) : true));
		const catCamelAllowed = usable.some((e) => e.movement === 'cat-camel');
		if (catCamelAllowed && ex[0]?.movement !== 'cat-camel')
			out.push('back-friendly core without cat-camel first');
		const fams = ex.filter((e) => e.bigThree).map((e) => e.bigThree);
		const head = ex.slice(catCamelAllowed ? 1 : 0, (catCamelAllowed ? 1 : 0) + fams.length);
		if (head.map((e) => e.bigThree).join() !== fams.join())
			out.push('big three not straight after the cat-camel');
		const orderOf = ['curl-up', 'side-bridge', 'bird-dog'];
		const idx = fams.map((f) => orderOf.indexOf(f as string));
		if (idx.some((v, k) => k > 0 && v < (idx[k - 1] ?? 0))) out.push('big three out of order');
		for (const family of orderOf) {
			const available = usable.some((e) => e.bigThree === family);
			if (available && !fams.includes(family as never))
				out.push(`back-friendly core without a ${family}`);
		}
		// the level's moves, where the catalogue has them
		if (r.level !== 'beginner' && usable.some((e) => e.bigThree && e.level === r.level)) {
			if (!ex.some((e) => e.level === r.level)) out.push(`no ${r.level} move in the core`);
		}
	}
	return out;
}
