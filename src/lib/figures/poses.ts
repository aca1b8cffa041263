/**
 * A picture for every exercise in the catalogue: a few base poses, and each exercise as a
 * base with small overrides, the body parts that touch the floor (or wall, or seat) in each
 * pose, its view, its working limbs and the limbs that move. Per-side moves work limb A (the
 * right side; the figure is mirrored for the left side).
 */
import type { Contacts, Figure, Limb } from './layout';
import { KEYS } from './skeleton';
import type { Key, Pose } from './skeleton';

const at = (base: Pose, o: Pose): Pose => ({ ...base, ...o });

const GROUPS: Record<string, Key[]> = {
	feet: ['ankleA', 'toeA', 'ankleB', 'toeB'],
	footA: ['ankleA', 'toeA'],
	footB: ['ankleB', 'toeB'],
	toes: ['toeA', 'toeB'],
	heels: ['ankleA', 'ankleB'],
	knees: ['kneeA', 'kneeB'],
	hands: ['handA', 'handB'],
	forearms: ['elbowA', 'wristA', 'elbowB', 'wristB'],
	back: ['hip', 'chest', 'head'],
	shins: ['kneeA', 'kneeB', 'toeA', 'toeB']
};
/** contacts from words: group names above or key names */
const keys = (words: string): Key[] =>
	words
		.split(' ')
		.filter(Boolean)
		.flatMap((w) => {
			const ks = GROUPS[w] ?? [w as Key];
			if (!ks.every((k) => (KEYS as readonly string[]).includes(k)))
				throw new Error(`unknown body part ${w}`);
			return ks;
		});
const on = (floor: string, more: { wall?: string; seat?: string } = {}): Contacts => ({
	floor: keys(floor),
	...(more.wall ? { wall: keys(more.wall) } : {}),
	...(more.seat ? { seat: keys(more.seat) } : {})
});

type Extra = Omit<Partial<Figure>, 'on' | 'onEnd'> & {
	on: string;
	onEnd?: string;
	wall?: string;
	seat?: string;
	seatEnd?: string;
};
function make(start: Pose, end: Pose | undefined, x: Extra): Figure {
	const { on: a, onEnd: b, wall, seat, seatEnd, ...rest } = x;
	const fig: Figure = {
		start,
		motion: end ? 'cycle' : 'hold',
		...rest,
		on: on(a, { wall, seat })
	};
	if (end) fig.end = end;
	if (b !== undefined || seatEnd) fig.onEnd = on(b ?? a, { wall, seat: seatEnd });
	return fig;
}
const hold = (start: Pose, x: Extra) => make(start, undefined, x);
const cycle = (start: Pose, end: Pose, x: Extra) => make(start, end, x);
const L = (...ls: Limb[]) => ls;

// ---- base poses ----
const STAND: Pose = { sa: 6, ea: 12, sb: -6, eb: 12 };
const FRONT: Pose = { xa: 90, sa: 12, xb: 90, sb: 12, ga: 90, ha: 4, gb: 90, hb: 4 };
/** hands on hips, front view */
const HIPS: Pose = { xa: 90, sa: 50, oa: -75, ea: 115, xb: 90, sb: 50, ob: -75, eb: 115 };
const JOG: Pose = { t: 5, sa: -35, ea: 90, sb: 35, eb: 90, ha: 60, ka: 80, hb: -10, kb: 25 };
/** all fours: trunk level, thighs and arms upright, shins and feet on the floor */
const ALL4: Pose = {
	t: 80,
	n: -10,
	sa: 80,
	sb: 80,
	wa: 85,
	wb: 85,
	ha: 80,
	hb: 80,
	ka: 90,
	kb: 90,
	fa: -80,
	fb: -80
};
const SUPINE: Pose = { t: -89, n: 15, sa: -3, sb: -3, fa: -45, fb: -45 };
const HOOK: Pose = { t: -89, n: 15, sa: -3, sb: -3, ha: 45, ka: 95, hb: 45, kb: 95 };
const TABLE: Pose = at(SUPINE, { ha: 90, ka: 90, hb: 90, kb: 90, fa: -30, fb: -30 });
const PRONE: Pose = { t: 90, n: -15, ha: 3, hb: 3, fa: -80, fb: -80 };
const CAMEL: Pose = at(ALL4, { t: 62, ha: 62, hb: 62, c: 40, n: 40 });
const CAT: Pose = at(ALL4, { t: 104, ha: 104, hb: 104, c: -40, n: -25 });
const SIT: Pose = { sa: 35, ea: 60, sb: 30, eb: 65, ha: 90, ka: 90, hb: 88, kb: 92 };
const FSIT: Pose = at(FRONT, {
	ha: 90,
	ka: 90,
	hb: 90,
	kb: 90,
	ga: 15,
	gb: 15,
	sa: 20,
	ea: 60,
	sb: 20,
	eb: 60,
	xa: 30,
	xb: 30
});
/** lying on the right side propped on the forearm, front view (head to the left) */
const SIDE: Pose = {
	r: 72,
	xa: 90,
	sa: 92,
	ea: 90,
	xb: 60,
	sb: 20,
	eb: 40,
	ga: 90,
	ha: 18,
	gb: 90,
	hb: -18
};

const FEET = 'feet';

export const FIGURES: Record<string, Figure> = {
	// ---- warm-up: raise ----
	'march-on-the-spot': cycle(
		STAND,
		at(STAND, { sa: -30, ea: 40, sb: 40, eb: 50, ha: 70, ka: 80 }),
		{
			on: FEET,
			onEnd: 'footB',
			one: 1,
			s: 0.6,
			acc: L('legA'),
			moves: L('armA', 'armB', 'legA')
		}
	),
	'heel-digs': cycle(
		at(STAND, {}),
		at(STAND, { sa: -20, ea: 60, sb: 85, eb: 5, ha: 28, fa: 40, kb: 14, hb: 7 }),
		{
			on: FEET,
			onEnd: 'ankleA footB',
			pin: 'toeB',
			fit: ['kb', 'ankleA'],
			one: 1,
			s: 0.6,
			acc: L('legA'),
			moves: L('armA', 'armB', 'legA', 'legB')
		}
	),
	'knee-lifts-opposite-hand': cycle(
		STAND,
		// the opposite hand meets the lifted knee
		at(STAND, { sa: -25, ea: 30, sb: 30, xb: -55, eb: 50, ha: 95, ka: 95 }),
		{
			on: FEET,
			onEnd: 'footB',
			one: 1,
			s: 0.7,
			acc: L('legA', 'armB'),
			moves: L('armA', 'armB', 'legA')
		}
	),
	'step-jacks': cycle(FRONT, at(FRONT, { sa: 160, sb: 160, ha: 24, kb: 10, hb: 8 }), {
		view: 'front',
		on: FEET,
		onEnd: 'toeA footB',
		pin: 'toeB',
		fit: ['kb', 'toeA'],
		one: 1,
		s: 0.6,
		acc: L('legA'),
		moves: L('armA', 'armB', 'legA', 'legB')
	}),
	'side-step-touch': cycle(
		at(FRONT, { sa: 30, ea: 30, sb: 30, eb: 30, ha: 15, hb: 15, ka: 8, kb: 8 }),
		at(FRONT, { sa: 50, xa: 40, ea: 60, sb: 20, eb: 20, ha: 2, hb: 0, kb: 20, ka: 8 }),
		{
			view: 'front',
			on: FEET,
			onEnd: 'footA toeB',
			pin: 'toeA',
			fit: ['kb', 'toeB'],
			one: 1,
			s: 0.7,
			acc: L('legB'),
			moves: L('armA', 'armB', 'legA', 'legB')
		}
	),
	'jog-on-the-spot': cycle(at(JOG, { sa: 35, sb: -35, ha: -10, ka: 25, hb: 60, kb: 80 }), JOG, {
		on: 'footA',
		onEnd: 'footB',
		one: 1,
		s: 0.35,
		moves: L('armA', 'armB', 'legA', 'legB')
	}),
	'jumping-jacks': cycle(FRONT, at(FRONT, { sa: 165, sb: 165, ha: 20, hb: 20 }), {
		view: 'front',
		on: FEET,
		s: 0.4,
		moves: L('armA', 'armB', 'legA', 'legB')
	}),
	'butt-kicks': cycle(
		// one heel at a time, the standing leg straight all the way through
		at(JOG, { sa: 30, sb: -30, ha: 0, ka: 5, hb: 0, kb: 5 }),
		at(JOG, { sa: -30, sb: 30, ha: 8, ka: 125, hb: 0, kb: 5 }),
		{
			on: FEET,
			onEnd: 'footB',
			pin: 'toeB',
			one: 1,
			s: 0.35,
			acc: L('legA'),
			moves: L('armA', 'armB', 'legA')
		}
	),
	'high-knees': cycle(
		at(JOG, { sa: 35, sb: -35, ha: -5, ka: 15, hb: 85, kb: 90 }),
		at(JOG, { ha: 85, ka: 90, hb: -5, kb: 15 }),
		{
			on: 'footA',
			onEnd: 'footB',
			one: 1,
			s: 0.35,
			still: 'end',
			moves: L('armA', 'armB', 'legA', 'legB')
		}
	),
	'fast-high-knees': cycle(
		at(JOG, { t: 10, sa: 55, sb: -50, ha: -5, ka: 15, hb: 100, kb: 100 }),
		at(JOG, { t: 10, sa: -50, sb: 55, ha: 100, ka: 100, hb: -5, kb: 15 }),
		{ on: 'footA', onEnd: 'footB', one: 1, s: 0.25, moves: L('armA', 'armB', 'legA', 'legB') }
	),
	// ---- warm-up: mobilise ----
	'shoulder-rolls': cycle(at(STAND, { sa: 2, sb: -2 }), at(STAND, { sa: -10, sb: -14, p: 3 }), {
		on: FEET,
		s: 1,
		arrow: ['shoulderA', -1, 6],
		moves: L('armA', 'armB')
	}),
	'arm-circles': cycle(at(FRONT, { sa: 82, sb: 82 }), at(FRONT, { sa: 100, sb: 100, oa: 0 }), {
		view: 'front',
		on: FEET,
		s: 0.5,
		arrow: ['handA', 1, 5],
		moves: L('armA', 'armB')
	}),
	'leg-swings-front-back': cycle(
		at(STAND, { sa: 20, xa: 60, sb: 60, eb: 10, ha: -30, ka: 20, fa: 0, kb: 6 }),
		at(STAND, { sa: 20, xa: 60, sb: 60, eb: 10, ha: 60, ka: 5, fa: 10, kb: 6 }),
		{ on: 'footB', pin: 'toeB', one: 1, s: 0.8, acc: L('legA'), moves: L('legA') }
	),
	'leg-swings-across': cycle(
		at(FRONT, { sa: 60, xa: 20, sb: 60, xb: 20, ga: 90, ha: 32 }),
		at(FRONT, { sa: 60, xa: 20, sb: 60, xb: 20, ga: -60, ha: 32 }),
		{ view: 'front', on: 'footB', pin: 'toeB', one: 1, s: 0.8, acc: L('legA'), moves: L('legA') }
	),
	'standing-hip-circles': cycle(
		at(FRONT, { ...HIPS, r: -5, b: 10, ha: 9, hb: -1 }),
		at(FRONT, { ...HIPS, r: 5, b: -10, ha: -1, hb: 9 }),
		{
			view: 'front',
			on: FEET,
			pin: 'toeA',
			fit: ['hb', 'toeB'],
			s: 1.2,
			arrow: ['hip', 1, 9],
			moves: L('legA', 'legB', 'trunk')
		}
	),
	'cat-camel-warmup': cycle(CAMEL, CAT, {
		on: 'knees hands toes',
		pin: 'kneeA',
		fit: [['sa', 'sb'], 'handA'],
		s: 2,
		still: 'start',
		moves: L('trunk', 'head', 'legA', 'legB')
	}),
	'worlds-greatest-stretch': cycle(
		{ t: 92, n: -10, sa: 92, sb: 92, ha: 160, ka: 80, hb: 38, kb: 10, fb: -60 },
		{
			t: 92,
			n: -30,
			q: -40,
			y: -40,
			sa: 90,
			xa: 90,
			ea: 0,
			sb: 92,
			ha: 160,
			ka: 80,
			hb: 38,
			kb: 10,
			fb: -60
		},
		{
			on: 'footA toeB hands',
			onEnd: 'footA toeB handB',
			pin: 'toeA',
			fit: [['sa', 'sb'], 'handB'],
			s: 1.5,
			acc: L('armA'),
			moves: L('armA', 'trunk', 'head')
		}
	),
	inchworm: cycle(
		{ t: 120, c: 30, n: 20, sa: 120, sb: 120, ha: 120, ka: 25, hb: 120, kb: 25 },
		{ t: 72, sa: 72, sb: 72, fa: -70, fb: -70 },
		{
			on: 'feet hands',
			onEnd: 'toes hands',
			pin: 'toeA',
			fit: [['sa', 'sb'], 'handA'],
			free: keys('hands'),
			s: 2,
			moves: L('legA', 'legB', 'trunk', 'head', 'armA', 'armB')
		}
	),
	'glute-bridge-warmup': cycle(
		HOOK,
		at(HOOK, { t: -112, sa: -24, sb: -24, ha: 0, hb: 0, ka: 95, kb: 95, n: 42 }),
		{
			on: 'back feet',
			onEnd: 'neck feet',
			pin: 'toeA',
			fit: [['ka', 'kb'], 'neck'],
			s: 1.2,
			moves: L('armA', 'armB', 'legA', 'legB', 'head')
		}
	),
	'bird-dog-warmup': cycle(ALL4, at(ALL4, { sa: 170, wa: 0, hb: -10, kb: 0, fb: -40 }), {
		on: 'knees hands toes',
		onEnd: 'kneeA handB toeA',
		pin: 'kneeA',
		fit: [['sa', 'sb'], 'handB'],
		s: 1.5,
		acc: L('armA', 'legB'),
		moves: L('armA', 'legB')
	}),
	// ---- warm-up: activate ----
	'mini-squats': cycle(
		at(STAND, { sa: 80, sb: 80, ea: 0, eb: 0 }),
		{ t: 18, sa: 85, sb: 85, ha: 55, ka: 65, hb: 55, kb: 65 },
		{ on: FEET, s: 1, moves: L('legA', 'legB') }
	),
	'chair-squats': cycle(
		at(STAND, { sa: 75, sb: 75, ea: 0, eb: 0 }),
		{ t: 30, sa: 80, sb: 80, ha: 112, ka: 95, hb: 112, kb: 95 },
		{ prop: 'chair', on: FEET, seatEnd: 'hip', s: 1.4, moves: L('legA', 'legB') }
	),
	'wall-push-up': cycle(
		{ t: 22, sa: 112, sb: 112, ha: 0, hb: 0 },
		{ t: 34, sa: 82, ea: 92, sb: 82, eb: 92, ha: 0, hb: 0 },
		{
			prop: 'wall',
			on: FEET,
			wall: 'hands',
			pin: 'toeA',
			fit: [['ea', 'eb'], 'handA'],
			s: 1.2,
			moves: L('armA', 'armB')
		}
	),
	'calf-raises': cycle(STAND, at(STAND, { fa: -50, fb: -50 }), {
		on: FEET,
		onEnd: 'toes',
		s: 1,
		moves: L('legA', 'legB')
	}),
	'reverse-lunge': cycle(
		STAND,
		at(STAND, { sa: 20, ea: 30, sb: -15, ha: -18, ka: 105, fa: -60, hb: 88, kb: 90 }),
		{
			on: FEET,
			onEnd: 'toeA footB',
			pin: 'toeB',
			fit: ['ha', 'toeA'],
			s: 1.4,
			acc: L('legA'),
			moves: L('legA', 'legB', 'armA', 'armB')
		}
	),
	'lateral-lunge': cycle(
		// end: the bent knee over its foot, the hips shifted onto it, the other leg straight
		at(FRONT, { ...HIPS, ha: 18, hb: 18 }),
		at(FRONT, { ...HIPS, t: 20, ha: 70, ga: 55, ua: 30, ka: 90, hb: 32 }),
		{
			view: 'front',
			on: FEET,
			pin: 'toeB',
			fit: ['hb', 'toeA'],
			s: 1.4,
			acc: L('legA'),
			moves: L('legA', 'legB')
		}
	),
	// ---- warm-up: potentiate ----
	'squat-jumps': cycle(
		{ t: 35, sa: -45, sb: -45, ha: 95, ka: 100, hb: 95, kb: 100 },
		// end: in the air, feet off the floor
		at(STAND, { sa: 135, sb: 135, ea: 5, eb: 5, fa: -45, fb: -45 }),
		{
			on: FEET,
			onEnd: '',
			pin: 'toeA',
			air: 5,
			s: 0.6,
			still: 'start',
			moves: L('armA', 'armB', 'legA', 'legB')
		}
	),

	// ---- core ----
	'cat-camel': cycle(CAMEL, CAT, {
		on: 'knees hands toes',
		pin: 'kneeA',
		fit: [['sa', 'sb'], 'handA'],
		s: 2,
		still: 'start',
		moves: L('trunk', 'head', 'legA', 'legB')
	}),
	// the forearms resting on the belly
	bracing: hold(
		at(HOOK, { sa: -36, ea: 102, xa: -70, oa: -60, sb: -36, eb: 102, xb: -70, ob: -60 }),
		{ on: 'back feet' }
	),
	'mcgill-curl-up': cycle(
		at(SUPINE, {
			ha: 45,
			ka: 95,
			fa: undefined,
			hb: -3,
			sa: 0,
			xa: 20,
			oa: -90,
			ea: 100,
			sb: 0,
			xb: 20,
			ob: -90,
			eb: 100
		}),
		at(SUPINE, {
			c: 26,
			n: 12,
			ha: 45,
			ka: 95,
			fa: undefined,
			hb: -3,
			sa: 0,
			xa: 20,
			oa: -90,
			ea: 100,
			sb: 0,
			xb: 20,
			ob: -90,
			eb: 100
		}),
		{
			on: 'back footA ankleB',
			onEnd: 'hip waist footA ankleB',
			pin: 'hip',
			s: 2,
			moves: L('trunk')
		}
	),
	'mcgill-curl-up-elbows-up': cycle(
		at(SUPINE, {
			ha: 45,
			ka: 95,
			fa: undefined,
			hb: -3,
			sa: 15,
			xa: 50,
			oa: -80,
			ea: 70,
			sb: 15,
			xb: 50,
			ob: -80,
			eb: 70
		}),
		at(SUPINE, {
			c: 26,
			n: 12,
			ha: 45,
			ka: 95,
			fa: undefined,
			hb: -3,
			sa: 15,
			xa: 50,
			oa: -80,
			ea: 70,
			sb: 15,
			xb: 50,
			ob: -80,
			eb: 70
		}),
		{
			on: 'back footA ankleB',
			onEnd: 'hip waist footA ankleB',
			pin: 'hip',
			s: 2,
			moves: L('trunk')
		}
	),
	'side-bridge-knees': cycle(
		at(SIDE, { r: 57, ka: 90, kb: 90, ha: -34, hb: 34, fa: -60, fb: -60 }),
		at(SIDE, { r: 70, ka: 90, kb: 90, ha: 0, hb: 0, fa: -60, fb: -60 }),
		{
			view: 'front',
			on: 'elbowA wristA hip kneeA',
			onEnd: 'elbowA wristA kneeA',
			pin: 'kneeA',
			fit: ['r', 'elbowA'],
			s: 2,
			acc: L('armA'),
			moves: L('legA', 'legB')
		}
	),
	'side-bridge-feet': cycle(
		at(SIDE, { r: 58, ha: -34, hb: 34 }),
		at(SIDE, { r: 76, ha: 0, hb: 0, gb: 0, xb: 60 }),
		{
			view: 'front',
			on: 'elbowA wristA hip ankleA',
			onEnd: 'elbowA wristA ankleA',
			pin: 'ankleA',
			fit: ['r', 'elbowA'],
			s: 2,
			acc: L('armA'),
			moves: L('legA', 'legB')
		}
	),
	'side-bridge-roll': cycle(
		{ r: 76, xa: 90, sa: 92, ea: 90, xb: 60, sb: 20, eb: 40 },
		{ r: 76, w: -180, xb: 90, sb: 92, eb: 90, xa: 60, sa: 20, ea: 40 },
		{
			view: 'front',
			mid: { r: 79, w: -90, sa: 88, ea: 90, sb: 88, eb: 90, fa: -80, fb: -80 },
			on: 'elbowA wristA ankleA',
			onEnd: 'elbowB wristB ankleB',
			s: 2,
			still: 'mid',
			acc: L('armA'),
			moves: L('armA', 'armB')
		}
	),
	'bird-dog-leg-only': cycle(ALL4, at(ALL4, { ha: -10, ka: 0, fa: -40 }), {
		on: 'knees hands toes',
		onEnd: 'kneeB hands toeB',
		pin: 'kneeB',
		fit: [['sa', 'sb'], 'handA'],
		s: 1.5,
		acc: L('legA'),
		moves: L('legA')
	}),
	'bird-dog': cycle(ALL4, at(ALL4, { sa: 170, wa: 0, hb: -10, kb: 0, fb: -40 }), {
		on: 'knees hands toes',
		onEnd: 'kneeA handB toeA',
		pin: 'kneeA',
		fit: [['sa', 'sb'], 'handB'],
		s: 1.5,
		acc: L('armA', 'legB'),
		moves: L('armA', 'legB')
	}),
	'bird-dog-sweeps': cycle(
		at(ALL4, { sa: 40, ea: 70, wa: 0, hb: 108, kb: 130, fb: -40 }),
		at(ALL4, { sa: 170, wa: 0, hb: -10, kb: 0, fb: -40 }),
		{
			on: 'kneeA handB toeA',
			pin: 'kneeA',
			fit: [['sa', 'sb'], 'handB'],
			s: 1.5,
			still: 'end',
			acc: L('armA', 'legB'),
			moves: L('armA', 'legB')
		}
	),
	'pelvic-tilt': cycle(
		at(HOOK, { sa: 0, sb: 0 }),
		at(HOOK, { t: -94, c: 8, sa: 0, sb: 0, ha: 40, hb: 40 }),
		{
			on: 'back feet',
			pin: 'toeA',
			s: 1.5,
			arrow: ['hip', -1, 5, -9],
			moves: L('trunk')
		}
	),
	'glute-bridge': cycle(
		HOOK,
		at(HOOK, { t: -112, sa: -24, sb: -24, ha: 0, hb: 0, ka: 95, kb: 95, n: 42 }),
		{
			on: 'back feet',
			onEnd: 'neck feet',
			pin: 'toeA',
			fit: [['ka', 'kb'], 'neck'],
			s: 1.5,
			moves: L('armA', 'armB', 'legA', 'legB', 'head')
		}
	),
	'single-leg-glute-bridge': cycle(
		at(HOOK, { ha: 90, ka: 45, fa: -20 }),
		at(HOOK, { t: -112, sa: -24, sb: -24, ha: 0, ka: 0, fa: -20, hb: 0, kb: 95, n: 42 }),
		{
			on: 'back footB',
			onEnd: 'neck footB',
			pin: 'toeB',
			fit: ['kb', 'neck'],
			s: 1.5,
			acc: L('legA'),
			moves: L('armA', 'armB', 'legA', 'legB', 'head')
		}
	),
	'dead-bug': cycle(at(TABLE, { sa: 90, sb: 90 }), at(TABLE, { sa: 170, sb: 90, hb: 20, kb: 10 }), {
		on: 'back',
		s: 1.6,
		pin: 'hip',
		acc: L('armA', 'legB'),
		moves: L('armA', 'legB')
	}),
	'toe-taps': cycle(TABLE, at(TABLE, { ha: 50, ka: 95 }), {
		on: 'back',
		onEnd: 'back ankleA',
		pin: 'hip',
		fit: ['ha', 'ankleA'],
		s: 1.2,
		acc: L('legA'),
		moves: L('legA')
	}),
	clamshell: cycle(
		{ r: -86, n: 10, l: -20, sb: 175, eb: 20, sa: 70, ea: 60, ha: 45, ka: 95, hb: 45, kb: 95 },
		{
			r: -86,
			n: 10,
			l: -20,
			sb: 175,
			eb: 20,
			sa: 70,
			ea: 60,
			ha: 45,
			ka: 95,
			ga: 42,
			ua: 42,
			hb: 45,
			kb: 95
		},
		{ view: 'front', on: 'hip ankleB', pin: 'hip', s: 1.4, acc: L('legA'), moves: L('legA') }
	),
	'wall-plank': hold(
		{ t: 35, sa: 125, ea: 90, sb: 125, eb: 90 },
		{ prop: 'wall', on: FEET, wall: 'elbowA wristA' }
	),
	'chair-incline-plank': hold(
		{ t: 45, sa: 45, sb: 45, wa: 60, wb: 60, ha: 0, hb: 0 },
		{
			prop: 'bench',
			on: FEET,
			seat: 'hands',
			pin: 'toeA'
		}
	),
	'kneeling-plank': hold(
		{ t: 70, sa: 70, ea: 90, sb: 70, eb: 90, ka: 95, kb: 95, fa: -30, fb: -30 },
		{
			on: 'forearms knees',
			pin: 'kneeA',
			fit: [['t', 'sa', 'sb'], 'elbowA']
		}
	),
	'front-plank': hold(
		{ t: 80, sa: 80, ea: 90, sb: 80, eb: 90, fa: -75, fb: -75 },
		{
			on: 'forearms toes',
			pin: 'toeA',
			fit: [['t', 'sa', 'sb'], 'elbowA']
		}
	),
	'bear-hold': hold(
		at(ALL4, { t: 95, n: -20, sa: 95, sb: 95, ha: 95, hb: 95, ka: 90, kb: 90, fa: 0, fb: 0 }),
		{
			on: 'hands toes',
			pin: 'toeA',
			fit: [['sa', 'sb'], 'handA']
		}
	),
	'plank-shoulder-taps': cycle(
		{ t: 72, sa: 72, sb: 72, fa: -70, fb: -70 },
		{ t: 72, sa: 100, xa: -50, ea: 120, sb: 72, fa: -70, fb: -70 },
		{
			view: 25,
			on: 'hands toes',
			onEnd: 'handB toes',
			pin: 'toeA',
			fit: [['sa', 'sb'], 'handB'],
			s: 1.2,
			acc: L('armA'),
			moves: L('armA')
		}
	),
	'standing-brace-march': cycle(
		at(STAND, { sa: 15, ea: 95, sb: 15, eb: 95 }),
		at(STAND, { sa: 15, ea: 95, sb: 15, eb: 95, ha: 88, ka: 90 }),
		{ on: FEET, onEnd: 'footB', one: 1, s: 1.2, acc: L('legA'), moves: L('legA') }
	),

	// ---- stretches: standing ----
	'calf-stretch-straight-knee': hold(
		// hands resting on the front thigh
		{ t: 12, sa: 19, ea: 0, sb: 19, eb: 0, ha: -25, hb: 45, kb: 55 },
		{ on: FEET, pin: 'toeB', fit: ['ha', 'ankleA'], acc: L('legA') }
	),
	'calf-stretch-bent-knee': hold(
		{ t: 4, sa: 20, ea: 70, sb: 20, eb: 70, ha: -2, ka: 40, hb: 35, kb: 40 },
		{ on: FEET, pin: 'toeB', fit: ['ha', 'ankleA'], acc: L('legA') }
	),
	'wall-calf-stretch': hold(
		{ t: 4, sa: 85, ea: 40, sb: 85, eb: 40, ha: 22, fa: 42, hb: -8 },
		{
			prop: 'wall',
			on: 'ankleA footB',
			wall: 'toeA hands',
			pin: 'ankleA',
			fit: [['ea', 'eb'], 'handA'],
			acc: L('legA')
		}
	),
	'standing-hamstring-hinge': hold(
		// hands resting on the bent back thigh
		{ t: 50, n: -10, sa: 11, ea: 27, sb: 11, eb: 27, ha: 80, fa: 35, hb: 55, kb: 45 },
		{ on: 'ankleA footB', pin: 'toeB', fit: ['kb', 'ankleA'], acc: L('legA') }
	),
	'standing-quad': hold(
		at(STAND, { sb: 70, xb: 40, eb: 10, sa: -45, ea: 20, ha: -8, ka: 140, fa: -40 }),
		{
			on: 'footB',
			one: 1,
			acc: L('legA')
		}
	),
	'standing-hip-flexor': hold(
		// hands on the hips, the back heel lifted
		{ ...HIPS, t: -4, ha: -20, ka: 40, fa: -35, hb: 48, kb: 55 },
		{ on: 'toeA footB', pin: 'toeB', fit: ['ha', 'toeA'], acc: L('legA') }
	),
	'standing-it-band-lean': hold(at(FRONT, { ...HIPS, b: -22, ga: 70, ha: -28, gb: 90, hb: -16 }), {
		view: 'front',
		on: FEET,
		pin: 'toeB',
		fit: ['hb', 'toeA'],
		acc: L('legA')
	}),
	'standing-adductor': hold(at(FRONT, { ...HIPS, ha: 34, hb: 40, kb: 50, gb: 60 }), {
		view: 'front',
		on: FEET,
		pin: 'toeB',
		fit: ['ha', 'toeA'],
		acc: L('legA')
	}),
	'standing-side-reach': hold(
		at(FRONT, { b: -24, sa: 165, xa: 70, ea: 15, sb: 20, eb: 30, hb: 6 }),
		{
			view: 'front',
			on: FEET,
			acc: L('armA')
		}
	),
	'cross-body-shoulder': hold(at(FRONT, { sa: 90, xa: -45, sb: 60, xb: -10, eb: 110 }), {
		view: 30,
		on: FEET,
		acc: L('armA')
	}),
	'overhead-reach': hold(at(FRONT, { sa: 178, ea: 0, sb: 178, eb: 0, n: -10 }), {
		view: 'front',
		on: FEET
	}),
	'doorway-chest': hold(at(FRONT, { sa: 90, oa: 90, ea: 90, sb: 90, ob: 90, eb: 90 }), {
		view: 'front',
		prop: 'frame',
		on: FEET,
		acc: L('armA', 'armB')
	}),
	'clasped-hands-chest-opener': hold(at(STAND, { sa: -55, sb: -55, ea: 0, eb: 0, n: -8, c: -8 }), {
		on: FEET,
		acc: L('armA', 'armB')
	}),
	'elbows-back-chest-stretch': hold(
		at(FRONT, { sa: 95, xa: 110, oa: 80, ea: 145, sb: 95, xb: 110, ob: 80, eb: 145 }),
		{
			view: 'front',
			on: FEET,
			acc: L('armA', 'armB')
		}
	),
	'overhead-triceps': hold(
		// the elbow points up, the hand dropped behind the head; the other hand over the head holds that elbow
		at(FRONT, { p: 3, sa: 178, xa: 20, ea: 150, sb: 170, xb: 70, eb: 60, ob: 50, wb: 74 }),
		{
			view: 'front',
			on: FEET,
			acc: L('armA')
		}
	),
	'upper-back-hug': hold(
		at(FRONT, { c: 25, n: 20, sa: 95, xa: -40, ea: 125, sb: 85, xb: -40, eb: 120 }),
		{ view: 'front', acc: L('armA', 'armB'), on: FEET }
	),
	'wrist-flexor-stretch': hold(
		at(STAND, { sa: 90, ea: 0, wa: -70, sb: 75, eb: 40, xb: -20, wb: 20 }),
		{
			on: FEET,
			acc: L('armA')
		}
	),
	'wrist-extensor-stretch': hold(
		// the other hand presses on the back of the flexed hand
		at(STAND, { sa: 90, ea: 0, wa: -80, sb: 90, eb: 0, xb: -20, wb: -40 }),
		{
			on: FEET,
			acc: L('armA')
		}
	),

	// ---- stretches: kneeling ----
	'half-kneeling-hip-flexor': hold(
		{ t: -3, sa: 25, ea: 95, sb: 25, eb: 95, ha: -12, ka: 80, fa: -75, hb: 90, kb: 90 },
		{ on: 'kneeA toeA footB', pin: 'toeB', fit: ['hb', 'kneeA'], acc: L('legA') }
	),
	'cat-camel-stretch': cycle(CAMEL, CAT, {
		on: 'knees hands toes',
		pin: 'kneeA',
		fit: [['sa', 'sb'], 'handA'],
		s: 2,
		still: 'start',
		moves: L('trunk', 'head', 'legA', 'legB')
	}),
	'thread-the-needle': hold(
		at(ALL4, {
			t: 128,
			q: 55,
			n: -40,
			l: 20,
			sa: 90,
			xa: -30,
			ea: 0,
			wa: 0,
			sb: 150,
			eb: 60,
			wb: 30,
			ha: 128,
			hb: 128
		}),
		{
			view: 150,
			on: 'knees handB toes',
			pin: 'kneeA',
			fit: ['eb', 'handB'],
			acc: L('armA')
		}
	),
	'childs-pose': hold(
		{
			t: 100,
			c: 20,
			n: -15,
			sa: 170,
			ea: 10,
			sb: 170,
			eb: 10,
			wa: 20,
			wb: 20,
			ha: 145,
			ka: 135,
			hb: 145,
			kb: 135,
			fa: -80,
			fb: -80
		},
		{ on: 'knees toes hands', pin: 'kneeA', fit: [['sa', 'sb'], 'handA'] }
	),

	// ---- stretches: seated ----
	'seated-hamstring-chair': hold(
		at(SIT, { t: 30, sa: 75, ea: 10, sb: 75, eb: 10, ha: 60, ka: 0, fa: 30 }),
		{
			prop: 'chair',
			on: 'ankleA footB',
			seat: 'hip',
			pin: 'toeB',
			fit: ['ha', 'ankleA'],
			acc: L('legA')
		}
	),
	'seated-figure-4': hold(at(FSIT, { t: 5, ha: 97, ga: 20, ua: 110, ka: 95, fa: 0 }), {
		view: 'front',
		prop: 'chair',
		on: 'footB',
		seat: 'hip',
		pin: 'toeB',
		acc: L('legA')
	}),
	butterfly: hold(
		{
			t: 0,
			c: 15,
			xa: 30,
			sa: 30,
			ea: 60,
			xb: 30,
			sb: 30,
			eb: 60,
			ha: 100,
			ga: 50,
			ua: 120,
			ka: 140,
			hb: 100,
			gb: 50,
			ub: 120,
			kb: 140
		},
		{
			view: 'front',
			on: 'hip heels',
			pin: 'hip',
			fit: [['ha', 'hb'], 'ankleA'],
			acc: L('legA', 'legB')
		}
	),
	'neck-side-bend': hold(at(FSIT, { l: 40 }), {
		arrow: ['head', -1, 9],
		view: 'front',
		prop: 'chair',
		on: FEET,
		seat: 'hip',
		acc: L('head')
	}),
	'chin-to-chest': hold(at(SIT, { n: 50 }), {
		prop: 'chair',
		on: FEET,
		seat: 'hip',
		acc: L('head')
	}),
	'neck-turn': hold(at(FSIT, { y: 65 }), {
		view: 'front',
		prop: 'chair',
		on: FEET,
		seat: 'hip',
		acc: L('head'),
		arrow: ['head', 1, 9]
	}),

	// ---- stretches: lying ----
	'supine-hamstring-wall': hold(at(SUPINE, { ha: 85, fa: 0 }), {
		prop: 'frame',
		on: 'back ankleB',
		acc: L('legA')
	}),
	'supine-hamstring-towel': hold(
		at(HOOK, { ha: 80, ka: 0, fa: 0, sa: 70, ea: 30, sb: 70, eb: 30 }),
		{
			prop: 'towel',
			on: 'back footB',
			acc: L('legA')
		}
	),
	'side-lying-quad': hold(
		{
			t: -90,
			w: 70,
			n: 10,
			sb: 150,
			eb: 30,
			sa: -30,
			xa: 15,
			ea: 0,
			ha: -10,
			ka: 145,
			fa: -40,
			hb: 10,
			kb: 10
		},
		{ view: 'above', on: 'hip', acc: L('legA') }
	),
	'supine-figure-4': hold(
		at(SUPINE, {
			hb: 100,
			kb: 90,
			ha: 95,
			ga: 50,
			ua: 70,
			ka: 95,
			sa: 50,
			xa: -30,
			ea: 0,
			sb: 40,
			eb: 15
		}),
		{
			view: 55,
			on: 'back',
			acc: L('legA')
		}
	),
	'knee-across-body': hold(
		at(SUPINE, { ha: 95, ka: 100, ga: -40, ua: -40, xb: 15, sb: 30, eb: 15, xa: 90, sa: 90 }),
		{
			view: 'above',
			on: 'back ankleB',
			acc: L('legA')
		}
	),
	'knee-to-chest': hold(
		// both hands hold the bent knee, just below it on the shin
		at(HOOK, {
			ha: 125,
			ka: 125,
			fa: -20,
			sa: 35,
			ea: 48,
			wa: -70,
			sb: 58,
			eb: 0,
			xb: -15,
			wb: -70
		}),
		{
			on: 'back footB',
			acc: L('legA')
		}
	),
	'knee-rolls': cycle(
		at(HOOK, { xa: 90, sa: 90, xb: 90, sb: 90, ha: 55, hb: 55, ka: 110, kb: 110 }),
		at(HOOK, {
			xa: 90,
			sa: 90,
			xb: 90,
			sb: 90,
			w: 15,
			q: -15,
			ha: 55,
			hb: 55,
			ga: 60,
			ua: 60,
			gb: -60,
			ub: -60,
			ka: 110,
			kb: 110
		}),
		{
			view: 'above',
			on: 'back feet',
			onEnd: 'chest head',
			pin: 'head',
			s: 2,
			acc: L('legA', 'legB'),
			moves: L('legA', 'legB', 'trunk')
		}
	),
	'prone-press-up': cycle(
		at(PRONE, { sa: -40, ea: 140, wa: 60, sb: -40, eb: 140, wb: 60 }),
		at(PRONE, { c: -60, n: -15, sa: -5, ea: 50, wa: 0, sb: -5, eb: 50, wb: 0 }),
		{
			on: 'hip waist knees toes hands',
			onEnd: 'hip knees toes hands',
			pin: 'hip',
			fit: [['sa', 'sb'], 'handA'],
			s: 1.8,
			moves: L('trunk', 'armA', 'armB')
		}
	),

	// ---- excluded ----
	'full-sit-up': cycle(HOOK, at(HOOK, { t: -5, c: 25, ha: 130, hb: 130, sa: 60, sb: 60 }), {
		on: 'back feet',
		onEnd: 'hip feet',
		pin: 'toeA',
		s: 1.2,
		moves: L('trunk', 'legA', 'legB', 'armA', 'armB')
	}),
	superman: hold(
		at(PRONE, { c: -45, n: -15, sa: 170, sb: 170, ha: -22, hb: -22, fa: -60, fb: -60 }),
		{
			on: 'hip waist',
			pin: 'hip'
		}
	),
	'russian-twist': cycle(
		{
			t: -40,
			c: 20,
			q: 58,
			sa: 70,
			xa: -20,
			ea: 60,
			sb: 70,
			xb: -20,
			eb: 60,
			ha: 100,
			ka: 80,
			hb: 100,
			kb: 80
		},
		{
			t: -40,
			c: 20,
			q: -58,
			sa: 70,
			xa: -20,
			ea: 60,
			sb: 70,
			xb: -20,
			eb: 60,
			ha: 100,
			ka: 80,
			hb: 100,
			kb: 80
		},
		{
			view: 40,
			on: 'hip',
			pin: 'hip',
			s: 0.8,
			arrow: ['chest', 1, 8],
			acc: L('armA', 'armB'),
			moves: L('trunk')
		}
	),
	'double-leg-raise': cycle(SUPINE, at(SUPINE, { ha: 80, hb: 80, fa: -10, fb: -10 }), {
		on: 'back heels',
		onEnd: 'back',
		pin: 'hip',
		s: 1.5,
		moves: L('legA', 'legB')
	}),
	// ---- added with issue 11 (standing and chair core, standing stretches) ----
	'standing-cat-camel': cycle(
		{ t: 30, c: 45, n: 40, sa: 40, ea: 20, sb: 40, eb: 20, ha: 55, ka: 40, hb: 55, kb: 40 },
		// hollowing from the hinge: the hips bend further so the hands stay on the thighs
		{ t: 60, c: -25, n: -15, sa: 10, ea: 1, sb: 10, eb: 1, ha: 85, ka: 40, hb: 85, kb: 40 },
		{
			on: FEET,
			s: 2,
			still: 'start',
			moves: L('armA', 'armB', 'legA', 'legB', 'head', 'trunk')
		}
	),
	'standing-brace-knee-lift': cycle(
		at(STAND, { sa: 15, ea: 95, sb: 15, eb: 95 }),
		at(STAND, { sa: 15, ea: 95, sb: 15, eb: 95, ha: 90, ka: 90 }),
		{ on: FEET, onEnd: 'footB', one: 1, s: 1.5, acc: L('legA'), moves: L('legA') }
	),
	// hands resting on the thighs; the lifted thigh carries its hand up with it
	'seated-brace-knee-lift': cycle(
		at(SIT, { sa: 7, ea: 66, sb: 7, eb: 64 }),
		at(SIT, { sa: 5, ea: 84, sb: 7, eb: 64, ha: 104 }),
		{
			prop: 'chair',
			on: FEET,
			onEnd: 'footB',
			seat: 'hip',
			seatEnd: 'hip',
			pin: 'toeB',
			s: 1.5,
			acc: L('legA'),
			moves: L('armA', 'legA')
		}
	),
	'wall-press': hold(
		{ t: 10, sa: 96, ea: 25, sb: 96, eb: 25, wa: 70, wb: 70 },
		{ prop: 'wall', on: FEET, wall: 'handA handB', pin: 'toeA', fit: [['sa', 'sb'], 'handB'] }
	),
	'wall-side-plank': hold(
		{ t: 22, w: 90, xa: 90, sa: 112, oa: 90, ea: 90, sb: 8, gb: 90, hb: -10 },
		{
			prop: 'wall',
			on: FEET,
			wall: 'elbowA wristA',
			pin: 'toeA',
			fit: ['hb', 'toeB'],
			acc: L('armA')
		}
	),
	'standing-bird-dog-wall': cycle(
		// the wall hand's arm nearly straight; the reaching arm goes forward (a little out to
		// the side, so the hand stays this side of the wall)
		{ t: 5, sb: 95, eb: 0, wb: 80, sa: 5, xa: 45, ea: 5 },
		{ t: 8, sb: 95, eb: 0, wb: 80, sa: 95, xa: 45, ea: 5, hb: -25 },
		{
			prop: 'wall',
			on: FEET,
			onEnd: 'footA',
			wall: 'handB',
			pin: 'toeA',
			fit: ['eb', 'handB'],
			s: 1.5,
			acc: L('armA', 'legB'),
			moves: L('armA', 'legB')
		}
	),
	'standing-bird-dog': cycle(
		at(STAND, {}),
		// standing tall: the arm and the leg reach, the trunk stays upright
		{ t: 0, sa: 120, ea: 0, sb: -5, eb: 10, hb: -30, kb: 0, fb: -30, ka: 5 },
		{
			on: FEET,
			onEnd: 'footA toeB',
			pin: 'toeA',
			fit: ['hb', 'toeB'],
			s: 1.5,
			acc: L('armA', 'legB'),
			moves: L('armA', 'legB')
		}
	),
	'single-leg-balance-brace': hold(at(STAND, { sa: 15, ea: 95, sb: 15, eb: 95, ha: 50, ka: 40 }), {
		on: 'footB',
		one: 1,
		acc: L('legA')
	}),
	'chair-sit-to-stand-brace': cycle(
		at(SIT, { t: 5, sa: 20, ea: 50, sb: 20, eb: 50 }),
		at(STAND, { sa: 20, ea: 50, sb: 20, eb: 50 }),
		{
			prop: 'chair',
			on: FEET,
			onEnd: FEET,
			seat: 'hip',
			mid: { t: 45, sa: 40, ea: 40, sb: 40, eb: 40, ha: 75, ka: 70, hb: 75, kb: 70 },
			s: 1.5,
			still: 'start',
			moves: L('legA', 'legB')
		}
	),
	'standing-side-leg-lift': cycle(FRONT, at(FRONT, { ha: 28 }), {
		view: 'front',
		on: FEET,
		onEnd: 'footB',
		one: 1,
		s: 1.2,
		acc: L('legA'),
		moves: L('legA')
	}),
	'standing-figure-4': hold(
		at(FRONT, {
			t: 25,
			sa: 70,
			xa: 30,
			ea: 30,
			sb: 70,
			xb: 30,
			eb: 30,
			ha: 92,
			ga: 25,
			ua: 80,
			ka: 95,
			fa: 0,
			hb: 55,
			gb: 0,
			kb: 65
		}),
		{ view: 'front', on: 'footB', one: 1, acc: L('legA') }
	),
	'wall-figure-4': hold(
		// the supporting foot flat on the wall: sole and heel against it
		at(SUPINE, {
			hb: 90,
			kb: 90,
			ha: 95,
			ga: 50,
			ua: 70,
			ka: 95,
			sa: 30,
			xa: -30,
			ea: 0,
			sb: 30,
			eb: 15,
			fb: 0
		}),
		{ view: 55, prop: 'wall', on: 'back', wall: 'toeB ankleB', acc: L('legA') }
	),
	'standing-back-extension': cycle(
		// hands on the back of the hips, elbows back
		at(STAND, { sa: -64, ea: 83, sb: -64, eb: 83 }),
		at(STAND, { t: -12, c: -24, n: -10, ha: -12, hb: -12, sa: -70, ea: 80, sb: -70, eb: 80 }),
		{ on: FEET, s: 1.5, moves: L('legA', 'legB', 'head', 'trunk') }
	)
};

export function figureFor(id: string): Figure | undefined {
	return FIGURES[id];
}
