/**
 * What every exercise's picture is made of: a few base poses, the body parts that touch the
 * floor (or wall, or seat) named in words, and the builders each picture uses. The pictures
 * themselves are in one module per kind (`warmup.ts`, `core.ts`, `stretch.ts`,
 * `excluded.ts`), so a page loads only the poses of the exercises it shows. Per-side moves
 * work limb A (the right side; the figure is mirrored for the left side).
 */
import type { Contacts, Figure, Limb } from '../layout';
import { KEYS } from '../skeleton';
import type { Key, Pose } from '../skeleton';

export const at = (base: Pose, o: Pose): Pose => ({ ...base, ...o });

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
export const keys = (words: string): Key[] =>
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
export const hold = (start: Pose, x: Extra) => make(start, undefined, x);
export const cycle = (start: Pose, end: Pose, x: Extra) => make(start, end, x);
export const L = (...ls: Limb[]) => ls;

// ---- base poses ----
export const STAND: Pose = { sa: 6, ea: 12, sb: -6, eb: 12 };
export const FRONT: Pose = { xa: 90, sa: 12, xb: 90, sb: 12, ga: 90, ha: 4, gb: 90, hb: 4 };
/** hands on hips, front view */
export const HIPS: Pose = { xa: 90, sa: 50, oa: -75, ea: 115, xb: 90, sb: 50, ob: -75, eb: 115 };
export const JOG: Pose = { t: 5, sa: -35, ea: 90, sb: 35, eb: 90, ha: 60, ka: 80, hb: -10, kb: 25 };
/** all fours: trunk level, thighs and arms upright, shins and feet on the floor */
export const ALL4: Pose = {
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
export const SUPINE: Pose = { t: -89, n: 15, sa: -3, sb: -3, fa: -45, fb: -45 };
export const HOOK: Pose = { t: -89, n: 15, sa: -3, sb: -3, ha: 45, ka: 95, hb: 45, kb: 95 };
export const TABLE: Pose = at(SUPINE, { ha: 90, ka: 90, hb: 90, kb: 90, fa: -30, fb: -30 });
export const PRONE: Pose = { t: 90, n: -15, ha: 3, hb: 3, fa: -80, fb: -80 };
export const CAMEL: Pose = at(ALL4, { t: 62, ha: 62, hb: 62, c: 40, n: 40 });
export const CAT: Pose = at(ALL4, { t: 104, ha: 104, hb: 104, c: -40, n: -25 });
export const SIT: Pose = { sa: 35, ea: 60, sb: 30, eb: 65, ha: 90, ka: 90, hb: 88, kb: 92 };
export const FSIT: Pose = at(FRONT, {
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
export const SIDE: Pose = {
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

export const FEET = 'feet';
