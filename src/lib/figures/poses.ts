/**
 * A picture for every exercise in the catalogue: a few base poses, and each exercise as a
 * base with small overrides. Side view unless `f: 1`; in the side view limb A is the near one,
 * so per-side moves work limb A (the figure is mirrored for the left side).
 */
import type { Figure } from './layout';
import type { Pose } from './skeleton';

const at = (base: Pose, o: Pose): Pose => ({ ...base, ...o });
const hold = (start: Pose, x: Partial<Figure> = {}): Figure => ({ start, motion: 'hold', ...x });
const cycle = (start: Pose, end: Pose, x: Partial<Figure> = {}): Figure => ({
	start,
	end,
	motion: 'cycle',
	...x
});

// ---- base poses ----
const STAND: Pose = { sa: 6, ea: 8, sb: -6, eb: 8, ha: 1, hb: -1 };
const FRONT: Pose = { f: 1, sa: 8, sb: 8, ha: 3, hb: 3 };
const HIPS: Pose = { sa: 40, ea: 110, sb: 40, eb: 110 };
const SQUAT: Pose = { t: 30, sa: 80, sb: 80, ha: 80, ka: 95, hb: 80, kb: 95 };
const MINI: Pose = { t: 15, sa: 70, sb: 70, ha: 40, ka: 50, hb: 40, kb: 50 };
const LUNGE: Pose = { sa: 10, ea: 20, sb: -10, eb: 20, ha: 80, ka: 85, hb: -15, kb: 100, fb: 30 };
const JOG: Pose = { t: 5, sa: -35, ea: 90, sb: 35, eb: 90, ha: 60, ka: 80, hb: -10, kb: 25 };
const ALL4: Pose = { t: 78, sa: 78, sb: 78, ha: 78, hb: 78, ka: 110, kb: 110, fa: 10, fb: 10 };
const SUPINE: Pose = { t: -90, n: 15, sa: 10, sb: 10 };
const HOOK: Pose = at(SUPINE, { ha: 50, ka: 100, hb: 50, kb: 100 });
const TABLE: Pose = at(SUPINE, { ha: 90, ka: 90, hb: 90, kb: 90, fa: -30, fb: -30 });
const PRONE: Pose = { t: 90, n: -15, ka: 8, kb: 8, fa: -75, fb: -75 };
const PLANK: Pose = { t: 84, sa: 84, ea: 90, sb: 84, eb: 90, fa: -6, fb: -6 };
const HIGH: Pose = { t: 73, sa: 73, sb: 73, fa: -17, fb: -17 };
const FSIT: Pose = { f: 1, sa: 15, ea: 20, sb: 15, eb: 20, ha: 75, ka: 75, hb: 75, kb: 75 };
const CHAIR: Pose = { sa: 30, ea: 50, sb: 25, eb: 55, ha: 90, ka: 90, hb: 88, kb: 92 };
const SIDE_KNEES: Pose = { f: 1, t: 73, sa: 73, ea: 90, sb: 30, eb: 120, ka: 50, kb: 50 };
const SIDE_FEET: Pose = { f: 1, t: 78, sa: 78, ea: 90, sb: 30, eb: 120 };
const SIDE_LIE: Pose = { t: -90, n: 15, sb: 175, eb: 120, sa: 20, ea: 20 };

export const FIGURES: Record<string, Figure> = {
	// ---- warm-up: raise ----
	'march-on-the-spot': cycle(
		STAND,
		at(STAND, { sa: -25, ea: 30, sb: 35, eb: 40, ha: 70, ka: 80 }),
		{
			one: 1,
			s: 0.6
		}
	),
	'heel-digs': cycle(
		at(STAND, { hb: 8, kb: 12 }),
		at(STAND, { sa: 90, ea: 0, sb: 10, eb: 90, ha: 24, fa: 35, hb: 14, kb: 20 }),
		{ one: 1, s: 0.6 }
	),
	'knee-lifts-opposite-hand': cycle(
		STAND,
		at(STAND, { sa: -20, ea: 20, sb: 45, eb: 40, ha: 90, ka: 90 }),
		{ one: 1, s: 0.7 }
	),
	'step-jacks': cycle(FRONT, at(FRONT, { sa: 165, sb: 165, ha: 22 }), { one: 1, s: 0.6 }),
	'side-step-touch': cycle(
		at(FRONT, { sa: 20, ea: 20, sb: 20, eb: 20, ka: 10, kb: 10 }),
		at(FRONT, { sa: 45, ea: 40, sb: 10, ha: 20, hb: 12, ka: 20 }),
		{ one: 1, s: 0.7 }
	),
	'jog-on-the-spot': cycle(at(JOG, { sa: 35, sb: -35, ha: -10, ka: 25, hb: 60, kb: 80 }), JOG, {
		one: 1,
		s: 0.35
	}),
	'jumping-jacks': cycle(FRONT, at(FRONT, { sa: 170, sb: 170, ha: 18, hb: 18 }), { s: 0.4 }),
	'butt-kicks': cycle(
		at(JOG, { ha: 0, ka: 5, hb: -5, kb: 125 }),
		at(JOG, { sa: 35, sb: -35, ha: -5, ka: 125, hb: 0, kb: 5 }),
		{ one: 1, s: 0.35 }
	),
	'high-knees': cycle(
		at(JOG, { sa: 35, sb: -35, ha: -5, ka: 15, hb: 85, kb: 90 }),
		at(JOG, { ha: 85, ka: 90, hb: -5, kb: 15 }),
		{
			one: 1,
			s: 0.35
		}
	),
	'fast-high-knees': cycle(
		at(JOG, { sa: 50, sb: -50, ha: -5, ka: 15, hb: 95, kb: 95 }),
		at(JOG, { sa: -50, sb: 50, ha: 95, ka: 95, hb: -5, kb: 15 }),
		{ one: 1, s: 0.25 }
	),
	// ---- warm-up: mobilise ----
	'shoulder-rolls': cycle(at(STAND, { sa: 0, sb: 0 }), at(STAND, { sa: -12, sb: -14, n: -5 }), {
		s: 1
	}),
	'arm-circles': cycle(at(FRONT, { sa: 80, sb: 80 }), at(FRONT, { sa: 100, sb: 100 }), { s: 0.5 }),
	'leg-swings-front-back': cycle(
		at(STAND, { sb: 50, eb: 10, ha: -30, fa: -20 }),
		at(STAND, { sb: 50, eb: 10, ha: 60, fa: 10 }),
		{ one: 1, s: 0.8 }
	),
	'leg-swings-across': cycle(
		at(FRONT, { sa: 60, sb: 60, ha: -28, hb: 0 }),
		at(FRONT, { sa: 60, sb: 60, ha: 40, hb: 0 }),
		{ one: 1, s: 0.8 }
	),
	'standing-hip-circles': cycle(
		at(FRONT, { ...HIPS, t: -5, ha: -5, hb: 15 }),
		at(FRONT, { ...HIPS, t: 5, ha: 15, hb: -5 }),
		{ s: 1.2 }
	),
	'cat-camel-warmup': cycle(
		at(ALL4, { t: 65, c: 25, sa: 90, sb: 90, ha: 65, hb: 65, n: 30 }),
		at(ALL4, { t: 88, c: -20, sa: 68, sb: 68, ha: 88, hb: 88, n: -20 }),
		{ s: 2 }
	),
	'worlds-greatest-stretch': cycle(
		{ t: 85, c: 30, sa: 115, sb: 115, ha: 140, ka: 60, hb: 43, fb: 30 },
		{ t: 85, c: 30, sa: 115, sb: 185, ha: 140, ka: 60, hb: 43, fb: 30 },
		{ s: 1.5 }
	),
	inchworm: cycle(
		{ t: 90, c: 60, n: 10, sa: 150, sb: 150, ha: 105, ka: 35, hb: 105, kb: 35 },
		at(HIGH, {}),
		{ s: 2 }
	),
	'glute-bridge-warmup': cycle(HOOK, at(HOOK, { t: -70, ha: 30, hb: 30, sa: 0, sb: 0 }), {
		s: 1.2
	}),
	'bird-dog-warmup': cycle(ALL4, at(ALL4, { sa: 168, hb: -12, kb: 0, fb: -30 }), { s: 1.5 }),
	// ---- warm-up: activate ----
	'mini-squats': cycle(at(STAND, { sa: 70, sb: 70, ea: 0, eb: 0 }), MINI, { s: 1 }),
	'chair-squats': cycle(
		at(STAND, { sa: 70, sb: 70, ea: 0, eb: 0 }),
		at(CHAIR, { t: 25, sa: 80, sb: 80, ea: 0, eb: 0 }),
		{
			prop: 'chair',
			s: 1.4
		}
	),
	'wall-push-up': cycle(
		{ t: 15, sa: 105, sb: 105, ha: 15, hb: 15, fa: 15, fb: 15 },
		{ t: 28, sa: 89, ea: 73, sb: 89, eb: 73, ha: 28, hb: 28, fa: 28, fb: 28 },
		{ prop: 'wall', s: 1.2 }
	),
	'calf-raises': cycle(STAND, at(STAND, { fa: -40, fb: -40 }), { s: 1 }),
	'reverse-lunge': cycle(STAND, LUNGE, { s: 1.4 }),
	'lateral-lunge': cycle(
		at(FRONT, { sa: 60, ea: 90, sb: 60, eb: 90, ha: 15, hb: 15 }),
		at(FRONT, { t: 10, sa: 60, ea: 90, sb: 60, eb: 90, ha: 45, ka: 70, hb: 15 }),
		{ s: 1.4 }
	),
	// ---- warm-up: potentiate ----
	'squat-jumps': cycle(
		at(SQUAT, { sa: -40, sb: -40 }),
		at(STAND, { sa: 170, sb: 170, fa: -40, fb: -40 }),
		{
			s: 0.6
		}
	),

	// ---- core ----
	'cat-camel': cycle(
		at(ALL4, { t: 65, c: 25, sa: 90, sb: 90, ha: 65, hb: 65, n: 30 }),
		at(ALL4, { t: 88, c: -20, sa: 68, sb: 68, ha: 88, hb: 88, n: -20 }),
		{ s: 2 }
	),
	bracing: hold(at(HOOK, { sa: 40, ea: 110, sb: 40, eb: 110 })),
	'mcgill-curl-up': cycle(
		at(SUPINE, { ha: 50, ka: 100, sa: -5, sb: -5 }),
		at(SUPINE, { c: 15, n: 10, ha: 50, ka: 100, sa: -20, sb: -20 }),
		{ s: 2 }
	),
	'mcgill-curl-up-elbows-up': cycle(
		at(SUPINE, { ha: 50, ka: 100, sa: 20, ea: 60, sb: 20, eb: 60 }),
		at(SUPINE, { c: 15, n: 10, ha: 50, ka: 100, sa: 10, ea: 60, sb: 10, eb: 60 }),
		{ s: 2 }
	),
	'side-bridge-knees': cycle(at(SIDE_KNEES, { t: 88 }), SIDE_KNEES, { s: 2 }),
	'side-bridge-feet': cycle(at(SIDE_FEET, { t: 92 }), SIDE_FEET, { s: 2 }),
	'side-bridge-roll': cycle(SIDE_FEET, at(SIDE_FEET, { sb: -60, eb: -40 }), { s: 2 }),
	'bird-dog-leg-only': cycle(ALL4, at(ALL4, { ha: -12, ka: 0, fa: -30 }), { s: 1.5 }),
	'bird-dog': cycle(ALL4, at(ALL4, { sa: 168, hb: -12, kb: 0, fb: -30 }), { s: 1.5 }),
	'bird-dog-sweeps': cycle(
		at(ALL4, { sa: 60, ea: 60, hb: 100, kb: 125, fb: -60 }),
		at(ALL4, { sa: 168, hb: -12, kb: 0, fb: -30 }),
		{ s: 1.5 }
	),
	'pelvic-tilt': cycle(HOOK, at(HOOK, { t: -95, ha: 55, hb: 55 }), { s: 1.5 }),
	'glute-bridge': cycle(HOOK, at(HOOK, { t: -70, ha: 30, hb: 30, sa: 0, sb: 0 }), { s: 1.5 }),
	'single-leg-glute-bridge': cycle(
		at(HOOK, { ha: 50, ka: 0 }),
		at(HOOK, { t: -70, ha: 30, ka: 0, hb: 30, sa: 0, sb: 0 }),
		{ s: 1.5 }
	),
	'dead-bug': cycle(at(TABLE, { sa: 90, sb: 90 }), at(TABLE, { sa: 170, sb: 90, ha: 30, ka: 20 }), {
		s: 1.6
	}),
	'toe-taps': cycle(TABLE, at(TABLE, { ha: 40, ka: 95 }), { s: 1.2 }),
	clamshell: cycle(at(SIDE_LIE, { ha: 5, hb: 5 }), at(SIDE_LIE, { ha: 30, ka: 60, hb: 5 }), {
		s: 1.4
	}),
	'wall-plank': hold({ t: 30, sa: 60, ea: 90, sb: 60, eb: 90, fa: 30, fb: 30 }, { prop: 'wall' }),
	'chair-incline-plank': hold({ t: 50, sa: 50, sb: 50, fa: 40, fb: 40 }, { prop: 'bench' }),
	'kneeling-plank': hold({
		t: 78,
		sa: 78,
		ea: 92,
		sb: 78,
		eb: 92,
		ka: 100,
		kb: 100,
		fa: -40,
		fb: -40
	}),
	'front-plank': hold(PLANK),
	'bear-hold': hold(at(ALL4, { t: 80, ha: 80, hb: 80, ka: 95, kb: 95, fa: -5, fb: -5 })),
	'plank-shoulder-taps': cycle(HIGH, at(HIGH, { sa: 40, ea: 140 }), { s: 1.2 }),
	'standing-brace-march': cycle(
		at(STAND, { sa: 10, ea: 90, sb: 10, eb: 90 }),
		at(STAND, { sa: 10, ea: 90, sb: 10, eb: 90, ha: 85, ka: 90 }),
		{ one: 1, s: 1.2 }
	),

	// ---- stretches: standing ----
	'calf-stretch-straight-knee': hold({
		t: 10,
		sa: 40,
		ea: 50,
		sb: 40,
		eb: 50,
		ha: 40,
		ka: 60,
		hb: -20
	}),
	'calf-stretch-bent-knee': hold({ sa: 30, ea: 60, sb: 30, eb: 60, ha: 30, ka: 40, hb: 5, kb: 35 }),
	'wall-calf-stretch': hold(
		{ t: 8, sa: 70, ea: 30, sb: 70, eb: 30, ha: 20, fa: 45, hb: -3 },
		{ prop: 'wall', one: 1 }
	),
	'standing-hamstring-hinge': hold({
		t: 50,
		sa: 65,
		ea: 20,
		sb: 65,
		eb: 20,
		ha: 75,
		fa: 35,
		hb: 60,
		kb: 45
	}),
	'standing-quad': hold(at(STAND, { sb: 60, eb: 10, sa: -30, ea: 10, ha: -8, ka: 150, fa: -50 }), {
		one: 1
	}),
	'standing-hip-flexor': hold({ ...HIPS, t: -5, ha: 45, ka: 50, hb: -30, kb: 15 }),
	'standing-it-band-lean': hold(at(FRONT, { ...HIPS, t: -12, c: -10, ha: -12, hb: -4 })),
	'standing-adductor': hold(at(FRONT, { ...HIPS, ha: 30, ka: 55, hb: 30 })),
	'standing-side-reach': hold(at(FRONT, { c: -25, t: -5, sa: 175, ea: 20, sb: 15, ha: 0, hb: 10 })),
	'cross-body-shoulder': hold(at(FRONT, { sa: -95, sb: -70, eb: 110 })),
	'overhead-reach': hold(at(FRONT, { sa: 178, sb: 178 })),
	'doorway-chest': hold(at(FRONT, { sa: 90, ea: -90, sb: 90, eb: -90 }), { prop: 'frame' }),
	'clasped-hands-chest-opener': hold(at(STAND, { sa: -50, sb: -50, ea: 0, eb: 0, n: -5 })),
	'elbows-back-chest-stretch': hold(at(FRONT, { sa: 90, ea: 150, sb: 90, eb: 150 })),
	'overhead-triceps': hold(at(STAND, { sa: 170, ea: 150, sb: 110, eb: 110 })),
	'upper-back-hug': hold(at(STAND, { c: 20, n: 20, sa: 85, ea: 120, sb: 85, eb: 100 })),
	'wrist-flexor-stretch': hold(at(STAND, { sa: 90, ea: 0, sb: 60, eb: 60 })),
	'wrist-extensor-stretch': hold(at(STAND, { sa: 90, ea: 0, sb: 60, eb: 60 })),

	// ---- stretches: kneeling ----
	'half-kneeling-hip-flexor': hold({
		t: -3,
		sa: 20,
		ea: 100,
		sb: 20,
		eb: 100,
		ha: 90,
		ka: 93,
		hb: -17,
		kb: 110,
		fb: -70
	}),
	'cat-camel-stretch': cycle(
		at(ALL4, { t: 65, c: 25, sa: 90, sb: 90, ha: 65, hb: 65, n: 30 }),
		at(ALL4, { t: 88, c: -20, sa: 68, sb: 68, ha: 88, hb: 88, n: -20 }),
		{ s: 2 }
	),
	'thread-the-needle': hold(
		at(ALL4, { t: 100, c: 15, n: 20, sa: 50, sb: 175, eb: 10, ha: 100, hb: 100 })
	),
	'childs-pose': hold({
		t: 80,
		c: 45,
		n: 10,
		sa: 185,
		ea: 25,
		sb: 185,
		eb: 25,
		ha: 130,
		ka: 150,
		hb: 130,
		kb: 150,
		fa: -80,
		fb: -80
	}),

	// ---- stretches: seated ----
	'seated-hamstring-chair': hold(
		at(CHAIR, { t: 30, sa: 70, ea: 10, sb: 70, eb: 10, ha: 77, ka: 0, fa: 30 }),
		{
			prop: 'chair'
		}
	),
	'seated-figure-4': hold(
		at(CHAIR, { t: 25, sa: 60, ea: 40, sb: 70, eb: 40, ha: 110, ka: 110, fa: 0 }),
		{ prop: 'chair' }
	),
	butterfly: hold({ f: 1, sa: 25, ea: 60, sb: 25, eb: 60, ha: 120, ka: 170, hb: 120, kb: 170 }),
	'neck-side-bend': hold(at(FSIT, { n: 35 }), { prop: 'chair' }),
	'chin-to-chest': hold(at(CHAIR, { n: 50, sa: 20, ea: 60, sb: 20, eb: 60 }), { prop: 'chair' }),
	'neck-turn': hold(at(FSIT, { y: 60 }), { prop: 'chair' }),

	// ---- stretches: lying ----
	'supine-hamstring-wall': hold(at(SUPINE, { ha: 80, fa: 0 }), { prop: 'frame' }),
	'supine-hamstring-towel': hold(at(HOOK, { ha: 80, ka: 0, fa: 0, sa: 60, ea: 20 }), {
		prop: 'towel'
	}),
	'side-lying-quad': hold({
		t: 90,
		n: -10,
		sb: 175,
		eb: 0,
		sa: -50,
		ea: 10,
		ka: 140,
		fa: -50,
		kb: 8,
		fb: -75
	}),
	'supine-figure-4': hold(
		at(SUPINE, { ha: 85, ka: 90, hb: 100, kb: 110, sa: 50, ea: 60, sb: 50, eb: 60 })
	),
	'knee-across-body': hold(at(SUPINE, { ha: 100, ka: 100, sb: 60, eb: 60, sa: 80 })),
	'knee-to-chest': hold(at(HOOK, { ha: 120, ka: 120, sa: 70, ea: 60, sb: 70, eb: 60 })),
	'knee-rolls': cycle(
		at(HOOK, { sa: 80, sb: 80 }),
		at(HOOK, { sa: 80, sb: 80, ha: 30, hb: 35, ka: 70, kb: 75 }),
		{
			s: 2
		}
	),
	'prone-press-up': cycle(
		at(PRONE, { sa: -20, ea: 130, sb: -20, eb: 130 }),
		at(PRONE, { t: 70, c: -30, sa: 40, ea: 30, sb: 40, eb: 30, ha: -20, hb: -20 }),
		{ s: 1.8 }
	),

	// ---- excluded ----
	'full-sit-up': cycle(
		HOOK,
		at(HOOK, { t: 10, c: 20, ha: 120, hb: 120, ka: 100, kb: 100, sa: 60, sb: 60 }),
		{
			s: 1.2
		}
	),
	superman: hold(at(PRONE, { t: 80, c: -25, sa: 170, sb: 170, ha: -25, hb: -25, n: -15 })),
	'russian-twist': cycle(
		{ t: -40, c: 15, sa: 100, ea: 60, sb: 60, eb: 90, ha: 80, ka: 60, hb: 80, kb: 60 },
		{ t: -40, c: 15, sa: 60, ea: 90, sb: 100, eb: 60, ha: 80, ka: 60, hb: 80, kb: 60 },
		{ s: 0.8 }
	),
	'double-leg-raise': cycle(SUPINE, at(SUPINE, { ha: 80, hb: 80 }), { s: 1.5 }),

	// ---- added with issue 11 (standing and chair core, standing stretches): placeholders in
	// the current pose format, to be redrawn by the pictures work ----
	'standing-cat-camel': cycle(
		{ t: 35, c: 25, n: 30, sa: 45, ea: 10, sb: 45, eb: 10, ha: 30, ka: 25, hb: 30, kb: 25 },
		{ t: 30, c: -15, n: -10, sa: 40, ea: 15, sb: 40, eb: 15, ha: 30, ka: 25, hb: 30, kb: 25 },
		{ s: 2 }
	),
	'standing-brace-knee-lift': hold(at(STAND, { sa: 10, ea: 90, sb: 10, eb: 90, ha: 85, ka: 90 }), {
		one: 1
	}),
	'seated-brace-knee-lift': hold(at(CHAIR, { sa: 20, ea: 60, sb: 20, eb: 60, ha: 100 }), {
		prop: 'chair'
	}),
	'wall-press': hold(
		{ t: 10, sa: 90, ea: 10, sb: 90, eb: 10, ha: 10, hb: 10, fa: 10, fb: 10 },
		{
			prop: 'wall'
		}
	),
	'wall-side-plank': hold(
		{ t: 30, sa: 60, ea: 90, sb: 10, eb: 20, fa: 30, fb: 30 },
		{ prop: 'wall' }
	),
	'standing-bird-dog-wall': hold(at(STAND, { t: 10, sa: 90, ea: 5, sb: 80, eb: 5, hb: -35 }), {
		prop: 'wall',
		one: 1
	}),
	'standing-bird-dog': hold(at(STAND, { t: 15, sa: 150, ea: 5, sb: 0, hb: -30, kb: 5 }), {
		one: 1
	}),
	'single-leg-balance-brace': hold(at(STAND, { ha: 30, ka: 60 }), { one: 1 }),
	'chair-sit-to-stand-brace': cycle(
		at(CHAIR, { t: 20, sa: 20, sb: 20, ea: 60, eb: 60 }),
		at(STAND, { sa: 20, sb: 20, ea: 60, eb: 60 }),
		{ prop: 'chair', s: 1.5 }
	),
	'standing-side-leg-lift': cycle(FRONT, at(FRONT, { ha: 30 }), { one: 1, s: 1.2 }),
	'standing-figure-4': hold(
		at(STAND, { t: 30, sa: 60, ea: 40, sb: 60, eb: 40, ha: 95, ka: 100, hb: 50, kb: 60 }),
		{ one: 1 }
	),
	'standing-back-extension': cycle(
		at(STAND, { sa: -30, ea: 90, sb: -30, eb: 90 }),
		at(STAND, { t: -15, c: -10, sa: -30, ea: 90, sb: -30, eb: 90, ha: -10, hb: -10 }),
		{ s: 1.5 }
	)
};

export function figureFor(id: string): Figure | undefined {
	return FIGURES[id];
}
