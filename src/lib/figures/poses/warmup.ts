/** The picture of each warm-up move: a base pose with small overrides, its contacts, view and moving limbs. */
import type { Figure } from '../layout';
import { at, keys, cycle, L, STAND, FRONT, HIPS, JOG, ALL4, HOOK, CAMEL, CAT, FEET } from './base';

export const figures: Readonly<Record<string, Figure>> = {
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
	)
};
