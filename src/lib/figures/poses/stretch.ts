/** The picture of each stretch: a base pose with small overrides, its contacts, view and moving limbs. */
import type { Figure } from '../layout';
import {
	at,
	hold,
	cycle,
	L,
	STAND,
	FRONT,
	HIPS,
	ALL4,
	SUPINE,
	HOOK,
	PRONE,
	CAMEL,
	CAT,
	SIT,
	FSIT,
	FEET
} from './base';

export const figures: Readonly<Record<string, Figure>> = {
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
