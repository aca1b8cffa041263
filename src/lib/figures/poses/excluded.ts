/** The picture of each left-out move: a base pose with small overrides, its contacts, view and moving limbs. */
import type { Figure } from '../layout';
import { at, hold, cycle, L, SUPINE, HOOK, PRONE } from './base';

export const figures: Readonly<Record<string, Figure>> = {
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
	})
};
