import { describe, expect, it } from 'vitest';
import {
	BACK_FLAGS,
	BACK_FLAG_LABELS,
	BACK_FLAG_NOTES,
	BIG_THREE,
	DOSE_RULES,
	EQUIPMENT,
	KINDS,
	LEVELS,
	OPTIONAL_STRETCH_REGIONS,
	POSITIONS,
	RAMP_PHASES,
	REGIONS,
	REGION_LABELS,
	REQUIRED_STRETCH_REGIONS,
	backFlagNote,
	contentGroup,
	doseLabel,
	exerciseById,
	exercises,
	isFloorExercise,
	isGeneratable,
	regionLabel,
	type Exercise,
	type GuidelineKey,
	type Range
} from '$lib/catalogue';
import { guidelines } from '$lib/catalogue/guideline-notes';
import { TEXT_LOADERS, exerciseTexts } from '$lib/catalogue/texts.svelte';
import { ALL_TEXTS } from '$lib/catalogue/texts/all';

/** an exercise's steps, cue and caution (kept in `texts/`, apart from the exercise) */
const text = (e: Exercise) => {
	const t = ALL_TEXTS[e.id];
	if (!t) throw new Error(`no text for ${e.id}`);
	return t;
};
const within = (value: number, range: Range) => value >= range.min && value <= range.max;
const ofKind = (kind: Exercise['kind']) =>
	exercises.filter((e) => e.kind === kind && e.back !== 'exclude');
const warmups = ofKind('warmup');
const core = ofKind('core');
const stretches = ofKind('stretch');
const excluded = exercises.filter((e) => e.back === 'exclude');
const isCatCamel = (e: Exercise) => e.id.startsWith('cat-camel');
const mentionsOtherSide = (e: Exercise) =>
	text(e).steps.some((s) => /other side|switch sides/i.test(s));

describe('catalogue identity', () => {
	it('has unique, kebab-case ids', () => {
		const ids = exercises.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('looks exercises up by id', () => {
		for (const e of exercises) expect(exerciseById(e.id)).toBe(e);
		expect(exerciseById('no-such-move')).toBeUndefined();
	});

	it('has enough of each kind', () => {
		expect(warmups.length).toBeGreaterThanOrEqual(20);
		expect(core.length).toBeGreaterThanOrEqual(20);
		expect(stretches.length).toBeGreaterThanOrEqual(25);
	});

	it('lists the four left-out moves as core exclude entries with a reason', () => {
		expect(excluded.map((e) => e.id).sort()).toEqual(
			['double-leg-raise', 'full-sit-up', 'russian-twist', 'superman'].sort()
		);
		for (const e of excluded) {
			expect(e.kind).toBe('core');
			expect(text(e).caution).toMatch(/^Left out:/);
			expect(isGeneratable(e)).toBe(false);
		}
	});
});

describe('every field holds a known value', () => {
	it.each(exercises.map((e) => [e.id, e] as const))('%s', (_, e) => {
		expect(KINDS).toContain(e.kind);
		expect(LEVELS).toContain(e.level);
		expect(POSITIONS).toContain(e.position);
		expect(BACK_FLAGS).toContain(e.back);
		expect(e.regions.length).toBeGreaterThan(0);
		expect(new Set(e.regions).size).toBe(e.regions.length);
		for (const r of e.regions) expect(REGIONS).toContain(r);
		expect(new Set(e.equipment).size).toBe(e.equipment.length);
		for (const q of e.equipment) expect(EQUIPMENT).toContain(q);
		expect([1, 2, 3]).toContain(e.intensity);
		expect(e.dose.mode).toBe(e.mode);
		expect(e.name.trim()).not.toBe('');
		expect(text(e).cue.trim()).not.toBe('');
		expect(text(e).cue.length).toBeLessThanOrEqual(90);
		if (e.bigThree !== undefined) {
			expect(BIG_THREE).toContain(e.bigThree);
			expect(e.kind).toBe('core');
		}
		if (e.kind === 'warmup') expect(RAMP_PHASES).toContain(e.ramp);
		else expect(e.ramp).toBeUndefined();
	});
});

describe('steps and cautions', () => {
	it("keeps each text in the module of its exercise's group, and no text without an exercise", async () => {
		for (const [group, load] of Object.entries(TEXT_LOADERS)) {
			const ids = Object.keys(await load()).sort();
			expect(ids, group).toEqual(
				exercises
					.filter((e) => contentGroup(e) === group)
					.map((e) => e.id)
					.sort()
			);
		}
	});

	it('loads the texts of the exercises asked for, and only their groups', async () => {
		const ok = await exerciseTexts.load(['bird-dog', 'full-sit-up']);
		expect(ok).toBe(true);
		expect(exerciseTexts.failedFor(['bird-dog', 'full-sit-up'])).toBe(false);
		expect(exerciseTexts.get('bird-dog')).toEqual(ALL_TEXTS['bird-dog']);
		expect(exerciseTexts.get('superman')).toEqual(ALL_TEXTS['superman']);
		expect(exerciseTexts.get('march-on-the-spot')).toBeUndefined();
	});

	it('has 2–5 short, non-empty steps each', () => {
		for (const e of exercises) {
			expect(text(e).steps.length, e.id).toBeGreaterThanOrEqual(2);
			expect(text(e).steps.length, e.id).toBeLessThanOrEqual(5);
			for (const s of text(e).steps) {
				expect(s.trim(), e.id).not.toBe('');
				expect(s.length, `${e.id}: ${s}`).toBeLessThanOrEqual(90);
			}
		}
	});

	it('has no duplicated step within an exercise', () => {
		for (const e of exercises) expect(new Set(text(e).steps).size, e.id).toBe(text(e).steps.length);
	});

	it('warns on every forward-bend, back-bend, twist and impact move', () => {
		for (const e of exercises.filter((x) => x.back !== 'ok')) {
			expect(text(e).caution, e.id).toBeTruthy();
		}
		for (const e of exercises.filter((x) => x.back === 'flex')) {
			expect(text(e).caution, e.id).toMatch(/forward bending aggravates your back/);
			expect(e.guidelines, e.id).toContain('flexion-caution');
		}
		for (const e of exercises.filter((x) => x.back === 'impact')) {
			expect(text(e).caution, e.id).toMatch(/impact/i);
		}
	});

	it('flags the moves CONTENT.md names', () => {
		const flag = (id: string) => exerciseById(id)?.back;
		for (const id of ['jog-on-the-spot', 'jumping-jacks', 'butt-kicks', 'high-knees']) {
			expect(flag(id), id).toBe('impact');
		}
		expect(flag('squat-jumps')).toBe('impact');
		for (const id of [
			'inchworm',
			'childs-pose',
			'knee-to-chest',
			'butterfly',
			'seated-hamstring-chair',
			'seated-figure-4'
		]) {
			expect(flag(id), id).toBe('flex');
		}
		expect(flag('prone-press-up')).toBe('ext');
		for (const id of ['knee-rolls', 'worlds-greatest-stretch', 'standing-side-reach']) {
			expect(flag(id), id).toBe('rot');
		}
	});

	it('keeps knee-to-chest away from osteoporosis and the neck safe', () => {
		expect(ALL_TEXTS['knee-to-chest']?.caution).toMatch(/osteoporosis/);
		const neck = stretches.filter((e) => e.regions[0] === 'neck');
		expect(neck.length).toBeGreaterThanOrEqual(2);
		for (const e of neck) {
			expect(text(e).caution, e.id).toMatch(/no neck circles/i);
			expect(text(e).caution, e.id).toMatch(/do not tip your head back/i);
			expect(text(e).steps.join(' '), e.id).not.toMatch(/circle|tilt (?:your )?head back/i);
		}
	});
});

describe('doses follow the guidelines', () => {
	it('keeps every default inside its own range', () => {
		for (const e of exercises) {
			const d = e.dose;
			if (d.mode === 'hold') {
				expect(d.minSec, e.id).toBeLessThanOrEqual(d.holdSec);
				expect(d.holdSec, e.id).toBeLessThanOrEqual(d.maxSec);
				expect(d.sets, e.id).toBeGreaterThanOrEqual(1);
			} else if (d.mode === 'reps') {
				expect(d.minReps, e.id).toBeLessThanOrEqual(d.reps);
				expect(d.reps, e.id).toBeLessThanOrEqual(d.maxReps);
				expect(d.minReps, e.id).toBeGreaterThanOrEqual(1);
				expect(d.holdSec, e.id).toBeGreaterThanOrEqual(0);
				expect(within(d.secPerRep - d.holdSec, DOSE_RULES.secPerRepBeyondHold), e.id).toBe(true);
			} else {
				expect(d.minSec, e.id).toBeLessThanOrEqual(d.sec);
				expect(d.sec, e.id).toBeLessThanOrEqual(d.maxSec);
			}
			for (const n of Object.values(d).filter((v) => typeof v === 'number')) {
				expect(Number.isInteger(n), `${e.id}: whole numbers`).toBe(true);
			}
		}
	});

	it('holds stretches 30 s by default, within 20–60 s, ≈60 s per side in 2–4 sets', () => {
		const held = stretches.filter((e) => e.dose.mode === 'hold');
		expect(held.length).toBeGreaterThanOrEqual(25);
		const defaults = held.map((e) => (e.dose.mode === 'hold' ? e.dose.holdSec : 0));
		// most stretches use the default hold; the neck is the gentle exception
		const atDefault = defaults.filter((s) => s === DOSE_RULES.stretchDefaultHoldSec).length;
		expect(atDefault / held.length).toBeGreaterThan(0.8);
		for (const e of held) {
			if (e.dose.mode !== 'hold') continue;
			const { holdSec, minSec, maxSec, sets } = e.dose;
			expect(minSec, e.id).toBeGreaterThanOrEqual(DOSE_RULES.catalogueStretchHoldSec.min);
			expect(maxSec, e.id).toBeLessThanOrEqual(DOSE_RULES.catalogueStretchHoldSec.max);
			expect(within(minSec, DOSE_RULES.stretchHoldSec), e.id).toBe(true);
			// a beginner's 20–30 s hold is always available
			expect(minSec, e.id).toBeLessThanOrEqual(DOSE_RULES.beginnerStretchHoldSec.max);
			expect(maxSec, e.id).toBeGreaterThanOrEqual(DOSE_RULES.beginnerStretchHoldSec.max);
			expect(within(sets, DOSE_RULES.stretchSetsPerSide), e.id).toBe(true);
			expect(within(holdSec * sets, DOSE_RULES.stretchTotalPerSideSec), e.id).toBe(true);
		}
	});

	it('keeps stretch repetitions slow and few', () => {
		for (const e of stretches) {
			if (e.dose.mode !== 'reps') continue;
			expect(within(e.dose.minReps, DOSE_RULES.stretchReps), e.id).toBe(true);
			expect(within(e.dose.maxReps, DOSE_RULES.stretchReps), e.id).toBe(true);
			expect(e.dose.secPerRep, e.id).toBeGreaterThanOrEqual(5);
		}
		expect(stretches.some((e) => e.mode === 'timed')).toBe(false);
	});

	it('keeps warm-ups dynamic, timed 30–180 s and repeated a sensible number of times', () => {
		for (const e of warmups) {
			const d = e.dose;
			expect(d.mode, `${e.id}: no static holds in a warm-up`).not.toBe('hold');
			if (d.mode === 'timed') {
				expect(d.minSec, e.id).toBeGreaterThanOrEqual(DOSE_RULES.warmupTimedSec.min);
				expect(d.maxSec, e.id).toBeLessThanOrEqual(DOSE_RULES.warmupTimedSec.max);
			}
			if (d.mode === 'reps') {
				expect(d.minReps, e.id).toBeGreaterThanOrEqual(DOSE_RULES.warmupReps.min);
				expect(d.maxReps, e.id).toBeLessThanOrEqual(DOSE_RULES.warmupReps.max);
				expect(d.holdSec * d.maxReps, e.id).toBeLessThanOrEqual(DOSE_RULES.warmupStaticHoldMaxSec);
			}
		}
	});

	it('covers every RAMP phase with gentle, non-impact openers', () => {
		for (const phase of RAMP_PHASES) {
			expect(
				warmups.some((e) => e.ramp === phase),
				phase
			).toBe(true);
		}
		const raise = warmups.filter((e) => e.ramp === 'raise');
		// back-friendly and low-impact warm-ups need raise moves without impact, at intensity 1
		const gentle = raise.filter((e) => e.back === 'ok' && e.intensity === 1);
		expect(gentle.length).toBeGreaterThanOrEqual(3);
		for (const e of warmups.filter((x) => x.ramp === 'potentiate')) {
			expect(e.intensity, e.id).toBeGreaterThanOrEqual(2);
		}
		// the NHS beginner routine's opening move runs its full 3 minutes
		const march = exerciseById('march-on-the-spot');
		expect(march?.dose.mode === 'timed' && march.dose.maxSec).toBe(180);
	});

	it('doses the big three as McGill pyramids with 5–10 s holds', () => {
		for (const family of BIG_THREE) {
			const members = core.filter((e) => e.bigThree === family);
			expect(members.length, family).toBeGreaterThanOrEqual(2);
			expect(
				members.some((e) => e.level === 'beginner'),
				`${family} has a beginner version`
			).toBe(true);
		}
		const steps = Object.values(DOSE_RULES.pyramids).flat();
		for (const e of core.filter((x) => x.bigThree !== undefined)) {
			const d = e.dose;
			expect(d.mode, e.id).toBe('reps');
			if (d.mode !== 'reps') continue;
			expect(within(d.holdSec, DOSE_RULES.coreIsometricHoldSec), e.id).toBe(true);
			expect(d.minReps, e.id).toBe(Math.min(...steps));
			expect(d.maxReps, e.id).toBe(Math.max(...steps));
			expect(within(d.reps, DOSE_RULES.pyramidReps), e.id).toBe(true);
			expect(e.back, e.id).toBe('ok');
		}
		for (const level of LEVELS) {
			const pyramid = DOSE_RULES.pyramids[level];
			expect([...pyramid].sort((a, b) => b - a)).toEqual([...pyramid]);
			expect(within(DOSE_RULES.pyramidHoldSec[level], DOSE_RULES.coreIsometricHoldSec)).toBe(true);
		}
		expect(exerciseById('mcgill-curl-up')?.bigThree).toBe('curl-up');
		expect(exerciseById('side-bridge-knees')?.bigThree).toBe('side-bridge');
		expect(exerciseById('bird-dog')?.bigThree).toBe('bird-dog');
	});

	it('doses the rest of the core within its ranges', () => {
		for (const e of core.filter((x) => x.bigThree === undefined)) {
			const d = e.dose;
			if (isCatCamel(e)) continue;
			if (d.mode === 'hold') {
				expect(d.minSec, e.id).toBeGreaterThanOrEqual(DOSE_RULES.plankHoldSec.min);
				expect(d.maxSec, e.id).toBeLessThanOrEqual(DOSE_RULES.plankHoldSec.max);
			} else if (d.mode === 'reps') {
				expect(within(d.minReps, DOSE_RULES.coreReps), e.id).toBe(true);
				expect(within(d.maxReps, DOSE_RULES.coreReps), e.id).toBe(true);
				if (d.holdSec > 0) {
					expect(within(d.holdSec, DOSE_RULES.coreIsometricHoldSec), e.id).toBe(true);
				}
			} else {
				expect(d.minSec, e.id).toBeGreaterThanOrEqual(DOSE_RULES.coreTimedSec.min);
				expect(d.maxSec, e.id).toBeLessThanOrEqual(DOSE_RULES.coreTimedSec.max);
			}
		}
		for (const id of ['wall-plank', 'kneeling-plank', 'front-plank']) {
			expect(exerciseById(id)?.mode, id).toBe('hold');
		}
	});

	it('runs every cat-camel as 5–6 slow, unloaded cycles', () => {
		const catCamels = exercises.filter(isCatCamel);
		expect(catCamels.map((e) => e.kind).sort()).toEqual(['core', 'stretch', 'warmup']);
		for (const e of catCamels) {
			expect(e.dose.mode, e.id).toBe('reps');
			if (e.dose.mode !== 'reps') continue;
			expect(e.dose.minReps, e.id).toBe(DOSE_RULES.catCamelCycles.min);
			expect(e.dose.maxReps, e.id).toBe(DOSE_RULES.catCamelCycles.max);
			expect(e.dose.secPerRep, e.id).toBeGreaterThanOrEqual(5);
			expect(e.guidelines, e.id).toContain('mcgill-cat-camel');
		}
	});
});

describe('sides', () => {
	it('says "other side" exactly when an exercise is done per side', () => {
		for (const e of exercises.filter((x) => x.back !== 'exclude')) {
			expect(mentionsOtherSide(e), e.id).toBe(e.perSide);
		}
	});

	it('flags the one-sided stretches as per side', () => {
		const oneSided = [
			'calf-stretch-straight-knee',
			'standing-quad',
			'side-lying-quad',
			'half-kneeling-hip-flexor',
			'supine-hamstring-towel',
			'supine-figure-4',
			'seated-figure-4',
			'cross-body-shoulder',
			'overhead-triceps',
			'neck-side-bend',
			'knee-to-chest'
		];
		for (const id of oneSided) expect(exerciseById(id)?.perSide, id).toBe(true);
		for (const id of ['childs-pose', 'butterfly', 'chin-to-chest', 'doorway-chest']) {
			expect(exerciseById(id)?.perSide, id).toBe(false);
		}
	});
});

describe('stretch coverage', () => {
	const easy = (e: Exercise) =>
		e.level === 'beginner' && e.equipment.every((q) => q === 'mat') && e.back !== 'exclude';

	it.each([...REQUIRED_STRETCH_REGIONS])(
		'%s has two beginner stretches needing at most a mat',
		(region) => {
			const found = stretches.filter((e) => e.regions[0] === region && easy(e));
			expect(found.length).toBeGreaterThanOrEqual(2);
		}
	);

	it.each([...OPTIONAL_STRETCH_REGIONS])('optional region %s has a stretch', (region) => {
		expect(stretches.some((e) => e.regions[0] === region && easy(e))).toBe(true);
	});

	it('lists each region once across required and optional, in CONTENT.md order', () => {
		const all = [...REQUIRED_STRETCH_REGIONS, ...OPTIONAL_STRETCH_REGIONS];
		expect(new Set(all).size).toBe(all.length);
		expect(REQUIRED_STRETCH_REGIONS[0]).toBe('calves');
		expect(REQUIRED_STRETCH_REGIONS.at(-1)).toBe('neck');
	});

	it('offers a back-neutral stretch for every required region', () => {
		for (const region of REQUIRED_STRETCH_REGIONS) {
			expect(
				stretches.some((e) => e.regions.includes(region) && e.back === 'ok'),
				region
			).toBe(true);
		}
	});

	it('ends on the floor: there are lying stretches for a calm finish', () => {
		expect(stretches.filter((e) => e.position === 'lying').length).toBeGreaterThanOrEqual(5);
	});
});

describe('guidelines', () => {
	const keys = Object.keys(guidelines) as GuidelineKey[];

	it('has a title, a source and a one-sentence summary for each key', () => {
		expect(keys.length).toBe(14);
		for (const k of keys) {
			const g = guidelines[k];
			expect(g.title.trim(), k).not.toBe('');
			expect(g.source.trim(), k).not.toBe('');
			expect(g.summary, k).toMatch(/^[A-Z].*\.$/);
			// one sentence: no full stop followed by another sentence
			expect(g.summary.slice(0, -1), k).not.toMatch(/\.\s+[A-Z]/);
		}
	});

	it('is cited only by existing keys, and every key is cited', () => {
		const cited = new Set(exercises.flatMap((e) => e.guidelines));
		for (const k of cited) expect(keys, k).toContain(k);
		for (const k of keys) expect(cited.has(k), k).toBe(true);
		for (const e of exercises) expect(e.guidelines.length, e.id).toBeGreaterThan(0);
	});

	it('keeps the numeric rules consistent', () => {
		const ranges = Object.values(DOSE_RULES).filter(
			(v) => typeof v === 'object' && 'min' in v && 'max' in v
		) as unknown as Range[];
		expect(ranges.length).toBeGreaterThan(10);
		for (const r of ranges) expect(r.min).toBeLessThanOrEqual(r.max);
		const { beginnerStretchHoldSec: beginner, stretchHoldSec: all } = DOSE_RULES;
		expect(within(beginner.min, all) && within(beginner.max, all)).toBe(true);
		expect(within(DOSE_RULES.stretchDefaultHoldSec, beginner)).toBe(true);
		const share = DOSE_RULES.rampShare;
		expect(share.raise.min + share.activateMobilise.min + share.potentiate.min).toBeLessThanOrEqual(
			1
		);
		expect(
			share.raise.max + share.activateMobilise.max + share.potentiate.max
		).toBeGreaterThanOrEqual(1);
	});
});

describe('labels', () => {
	it('labels every region and back flag', () => {
		for (const r of REGIONS) expect(REGION_LABELS[r]).toBeTruthy();
		for (const f of BACK_FLAGS) {
			expect(BACK_FLAG_LABELS[f]).toBeTruthy();
			expect(BACK_FLAG_NOTES[f]).toMatch(/\.$/);
		}
		expect(regionLabel('hip-flexors')).toBe('Hip flexors');
		expect(backFlagNote('flex')).toMatch(/forward bending aggravates your back/);
	});

	it('describes doses in a few words', () => {
		const byId = (id: string) => {
			const e = exerciseById(id);
			if (!e) throw new Error(id);
			return doseLabel(e.dose, e.perSide);
		};
		expect(byId('standing-quad')).toBe('2 × 30 s each side');
		expect(byId('mcgill-curl-up')).toBe('6 reps, 10 s hold');
		expect(byId('march-on-the-spot')).toBe('2:00');
		expect(byId('jumping-jacks')).toBe('30 s');
	});
});

describe('versions and movements', () => {
	it('names easier and harder versions that exist, of the same kind, without loops', () => {
		for (const e of exercises) {
			for (const id of [e.easier, e.harder]) {
				if (id === undefined) continue;
				const other = exerciseById(id);
				expect(other, `${e.id} → ${id}`).toBeDefined();
				expect(other?.kind, `${e.id} → ${id}`).toBe(e.kind);
				expect(id, e.id).not.toBe(e.id);
				expect(other?.back, id).not.toBe('exclude');
			}
			// following `harder` never comes back round
			const seen = new Set([e.id]);
			for (let next = e.harder; next !== undefined; next = exerciseById(next)?.harder) {
				expect(seen.has(next), `${e.id}: loop at ${next}`).toBe(false);
				seen.add(next);
			}
		}
	});

	it('has the progressions of the issue, in both directions', () => {
		const chain = (...ids: string[]) => {
			for (let i = 0; i + 1 < ids.length; i++) {
				expect(exerciseById(ids[i] as string)?.harder, ids[i]).toBe(ids[i + 1]);
				expect(exerciseById(ids[i + 1] as string)?.easier, ids[i + 1]).toBe(ids[i]);
			}
		};
		chain('side-bridge-knees', 'side-bridge-feet', 'side-bridge-roll');
		chain('bird-dog-leg-only', 'bird-dog', 'bird-dog-sweeps');
		chain('wall-plank', 'chair-incline-plank', 'kneeling-plank', 'front-plank');
		chain('mcgill-curl-up', 'mcgill-curl-up-elbows-up');
	});

	it('marks entries of the same movement alike', () => {
		const catCamels = exercises.filter((e) => /cat-camel/.test(e.id));
		expect(catCamels.length).toBeGreaterThanOrEqual(4);
		for (const e of catCamels) expect(e.movement, e.id).toBe('cat-camel');
		for (const id of ['bird-dog-warmup', 'bird-dog', 'bird-dog-leg-only']) {
			expect(exerciseById(id)?.movement, id).toBe('bird-dog');
		}
		expect(exerciseById('glute-bridge-warmup')?.movement).toBe(
			exerciseById('glute-bridge')?.movement
		);
	});

	it('has at least 8 core moves done standing or on a chair', () => {
		const offFloor = core.filter((e) => !isFloorExercise(e) && !e.equipment.includes('mat'));
		expect(offFloor.length).toBeGreaterThanOrEqual(8);
		// with nothing at all, there is still something for each of two big-three families
		const bare = offFloor.filter((e) => e.equipment.length === 0);
		expect(new Set(bare.map((e) => e.bigThree).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
	});
});
