/** The picture of each core move: a base pose with small overrides, its contacts, view and moving limbs. */
import type { Figure } from '../layout';
import {
	at,
	hold,
	cycle,
	L,
	STAND,
	FRONT,
	ALL4,
	SUPINE,
	HOOK,
	TABLE,
	CAMEL,
	CAT,
	SIT,
	SIDE,
	FEET
} from './base';

export const figures: Readonly<Record<string, Figure>> = {
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
	})
};
