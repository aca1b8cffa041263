/**
 * The figure's skeleton: a 3-D body posed by joint angles, and forward kinematics to key
 * points. Pure TypeScript. Units are body units (a standing figure is about 80 tall); angles
 * are degrees. World axes: x forward (the way a standing figure faces), y up (the floor is
 * y = 0), z to the figure's right. Limb A is the right one, B the left one.
 *
 * Every angle is 0 standing tall with the arms down. Arms and legs aim by an elevation (s, h:
 * 0 hanging down, 90 forward and level, 180 overhead, negative behind) swung about the
 * vertical by a plane angle (x, g: 0 forwards, 90 out to the side, negative across the body),
 * then turned about their own length (o, u: + outwards). Elbows (e) bend forwards, knees (k)
 * backwards, ankles (f) lift the toes; without f the foot is set flat on the floor.
 */

/** t lean forward (lying on the back -90, face down 90), r roll to the right, w turn to the
 * left about the body's own length (lying on the back, w 90 rolls onto the left side); spine: c flexion (rounding, spread over two joints), b bend to the right, q twist to
 * the left, p shoulder shrug (units); neck: n flexion, l tilt to the right, y turn to the left; arms sX eX xX oX and
 * wrists wX; legs hX kX gX uX and ankles fX (X: a right, b left) */
export interface Pose {
	t?: number;
	r?: number;
	w?: number;
	c?: number;
	b?: number;
	q?: number;
	p?: number;
	n?: number;
	l?: number;
	y?: number;
	sa?: number;
	ea?: number;
	xa?: number;
	oa?: number;
	wa?: number;
	sb?: number;
	eb?: number;
	xb?: number;
	ob?: number;
	wb?: number;
	ha?: number;
	ka?: number;
	ga?: number;
	ua?: number;
	fa?: number;
	hb?: number;
	kb?: number;
	gb?: number;
	ub?: number;
	fb?: number;
}
export type Joint = keyof Pose;

/** anatomical ranges [min, max] per joint (whole-body placement is free) */
export const RANGES: Record<Joint, [number, number]> = {
	t: [-180, 180],
	r: [-180, 180],
	w: [-180, 180],
	c: [-60, 70],
	b: [-45, 45],
	q: [-60, 60],
	p: [0, 3],
	n: [-40, 60],
	l: [-45, 45],
	y: [-80, 80],
	sa: [-70, 185],
	ea: [0, 155],
	xa: [-90, 120],
	oa: [-90, 90],
	wa: [-90, 90],
	sb: [-70, 185],
	eb: [0, 155],
	xb: [-90, 120],
	ob: [-90, 90],
	wb: [-90, 90],
	ha: [-35, 160],
	ka: [0, 160],
	ga: [-60, 110],
	ua: [-60, 120],
	fa: [-85, 45],
	hb: [-35, 160],
	kb: [0, 160],
	gb: [-60, 110],
	ub: [-60, 120],
	fb: [-85, 45]
};
export const JOINTS = Object.keys(RANGES) as Joint[];

/** segment lengths */
export const LEN = {
	spine: [8, 7, 7],
	neck: 2.5,
	head: 5.5,
	arm: 12,
	fore: 10,
	hand: 5,
	thigh: 18,
	shin: 18,
	foot: 6.5
};
/** shoulder girdle: half width and drop below the top of the spine; hip half width */
const GIRDLE = [5.2, 1.6];
const HIP_W = 3.5;
/** torso cross-section half widths [side to side, front to back] at hip, waist, chest, top */
export const TORSO: [number, number][] = [
	[6, 4],
	[3.7, 3.4],
	[5.4, 4.2],
	[4.6, 3.6]
];
/** drawn half thickness of limb segments */
export const R = { arm: 2.4, fore: 2.1, hand: 1.9, thigh: 3, shin: 2.2, foot: 2, neck: 2 };

type V = [number, number, number];
/** 3 × 3 matrix, row major */
type M = [number, number, number, number, number, number, number, number, number];
const rad = Math.PI / 180;
const I: M = [1, 0, 0, 0, 1, 0, 0, 0, 1];

function rot(axis: 0 | 1 | 2, deg: number): M {
	if (!deg) return I;
	const c = Math.cos(deg * rad);
	const s = Math.sin(deg * rad);
	if (axis === 0) return [1, 0, 0, 0, c, -s, 0, s, c];
	if (axis === 1) return [c, 0, s, 0, 1, 0, -s, 0, c];
	return [c, -s, 0, s, c, 0, 0, 0, 1];
}
function mul(a: M, b: M): M {
	const o = [] as number[];
	for (let i = 0; i < 3; i++)
		for (let j = 0; j < 3; j++)
			o.push(a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!);
	return o as M;
}
const app = (m: M, [x, y, z]: V): V => [
	m[0] * x + m[1] * y + m[2] * z,
	m[3] * x + m[4] * y + m[5] * z,
	m[6] * x + m[7] * y + m[8] * z
];
const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const chain = (...ms: M[]) => ms.reduce(mul, I);

export interface Point {
	x: number;
	y: number;
	z: number;
	/** half the body's thickness towards the floor, for contact */
	r: number;
}
export const KEYS = [
	'hip',
	'waist',
	'chest',
	'neck',
	'head',
	'nose',
	'shoulderA',
	'elbowA',
	'wristA',
	'handA',
	'shoulderB',
	'elbowB',
	'wristB',
	'handB',
	'hipA',
	'kneeA',
	'ankleA',
	'toeA',
	'hipB',
	'kneeB',
	'ankleB',
	'toeB'
] as const;
export type Key = (typeof KEYS)[number];
export type Points = Record<Key, Point>;
/** the torso's side-to-side and front-to-back directions at hip, waist, chest and top */
export type Axes = [V, V][];
export interface Body {
	points: Points;
	axes: Axes;
}

const get = (p: Pose, j: Joint) => p[j] ?? 0;

/** the ankle angle that sets a foot flat, given the shin's frame */
function flatAnkle(shin: M): number {
	// foot direction = shin · (cos f, sin f, 0); its height is m3 cos f + m4 sin f
	const f = Math.atan2(-shin[3], shin[4]) / rad;
	const v = ((f + 540) % 360) - 180;
	return Math.min(45, Math.max(-60, v));
}

/** the ankle angle actually used: given, or flat on the floor within range */
export function ankle(pose: Pose, leg: 'a' | 'b'): number {
	const given = pose[`f${leg}`];
	if (given !== undefined) return given;
	return legChain(pose, leg).flat;
}

function rootFrame(p: Pose): M {
	return chain(rot(2, -get(p, 't')), rot(0, get(p, 'r')), rot(1, get(p, 'w')));
}

/** right-side (A) limb geometry in its parent frame, mirrored for B */
function legChain(p: Pose, leg: 'a' | 'b') {
	const s = leg === 'a' ? 1 : -1;
	const root = rootFrame(p);
	// mirror: reflect z in the pelvis frame
	const mz = (v: V): V => [v[0], v[1], s * v[2]];
	const g = get(p, `g${leg}`);
	const thigh = chain(rot(1, -g), rot(2, get(p, `h${leg}`)), rot(1, g - get(p, `u${leg}`)));
	const shin = mul(thigh, rot(2, -get(p, `k${leg}`)));
	// the shin's frame in the world, for the flat foot
	const mirror: M = [1, 0, 0, 0, 1, 0, 0, 0, s];
	const shinWorld = chain(root, mirror, shin, mirror);
	const flat = flatAnkle(shinWorld);
	const fv = p[`f${leg}`] ?? flat;
	const hip: V = [0, 0, HIP_W];
	const knee = add(hip, app(thigh, [0, -LEN.thigh, 0]));
	const ank = add(knee, app(shin, [0, -LEN.shin, 0]));
	const foot = app(shin, [Math.cos(fv * rad), Math.sin(fv * rad), 0]);
	const toe = add(ank, [foot[0] * LEN.foot, foot[1] * LEN.foot, foot[2] * LEN.foot]);
	return { flat, pts: [hip, knee, ank, toe].map((v) => app(root, mz(v))) };
}

function armChain(p: Pose, arm: 'a' | 'b') {
	// the shrug lifts the shoulders: p units
	const s = arm === 'a' ? 1 : -1;
	const mz = (v: V): V => [v[0], v[1], s * v[2]];
	const x = get(p, `x${arm}`);
	const upper = chain(rot(1, -x), rot(2, get(p, `s${arm}`)), rot(1, x - get(p, `o${arm}`)));
	const fore = mul(upper, rot(2, get(p, `e${arm}`)));
	const hand = mul(fore, rot(2, get(p, `w${arm}`)));
	const sh: V = [0, get(p, 'p') - GIRDLE[1]!, GIRDLE[0]!];
	const el = add(sh, app(upper, [0, -LEN.arm, 0]));
	const wr = add(el, app(fore, [0, -LEN.fore, 0]));
	const tip = add(wr, app(hand, [0, -LEN.hand, 0]));
	return [sh, el, wr, tip].map(mz);
}

/** forward kinematics: the body's key points with the hip centre at the origin */
export function body(p: Pose): Body {
	const root = rootFrame(p);
	const bend = chain(rot(2, -get(p, 'c') / 2), rot(0, get(p, 'b') / 2), rot(1, get(p, 'q') / 2));
	const f1 = mul(root, bend);
	const f2 = mul(f1, bend);
	const [l0, l1, l2] = LEN.spine as [number, number, number];
	const hip: V = [0, 0, 0];
	const waist = app(root, [0, l0, 0]);
	const chest = add(waist, app(f1, [0, l1, 0]));
	const neck = add(chest, app(f2, [0, l2, 0]));
	const headF = chain(f2, rot(2, -get(p, 'n')), rot(0, get(p, 'l')), rot(1, get(p, 'y')));
	const head = add(neck, app(headF, [0, LEN.neck + LEN.head, 0]));
	const nose = add(head, app(headF, [LEN.head * 0.9, -0.6, 0]));
	const top = (v: V) => add(neck, app(f2, v));
	const arm = (a: 'a' | 'b') => armChain(p, a).map(top);
	const [shA, elA, wrA, hnA] = arm('a');
	const [shB, elB, wrB, hnB] = arm('b');
	const [hpA, knA, anA, toA] = legChain(p, 'a').pts;
	const [hpB, knB, anB, toB] = legChain(p, 'b').pts;
	const frames = [root, f1, f2, f2];
	const axes: Axes = frames.map((m) => [app(m, [0, 0, 1]), app(m, [1, 0, 0])]);
	// contact radius of the torso: its cross-section's extent towards the floor
	const down = (i: number) => {
		const [lat, fwd] = axes[i] as [V, V];
		const [w, d] = TORSO[i] as [number, number];
		// the buttocks reach below the hip joints of an upright trunk
		const up = i === 0 ? Math.max(0, app(root, [0, 1, 0])[1]) * 4.5 : 0;
		return Math.hypot(w * lat[1], d * fwd[1], up);
	};
	const pt = (v: V | undefined, r: number): Point => {
		const [x, y, z] = v as V;
		return { x, y, z, r };
	};
	return {
		axes,
		points: {
			hip: pt(hip, down(0)),
			waist: pt(waist, down(1)),
			chest: pt(chest, down(2)),
			neck: pt(neck, down(3)),
			head: pt(head, LEN.head),
			nose: pt(nose, 1.5),
			shoulderA: pt(shA, R.arm),
			elbowA: pt(elA, R.arm),
			wristA: pt(wrA, R.fore),
			handA: pt(hnA, R.hand),
			shoulderB: pt(shB, R.arm),
			elbowB: pt(elB, R.arm),
			wristB: pt(wrB, R.fore),
			handB: pt(hnB, R.hand),
			hipA: pt(hpA, R.thigh),
			kneeA: pt(knA, R.thigh),
			ankleA: pt(anA, R.shin),
			toeA: pt(toA, R.foot),
			hipB: pt(hpB, R.thigh),
			kneeB: pt(knB, R.thigh),
			ankleB: pt(anB, R.shin),
			toeB: pt(toB, R.foot)
		}
	};
}

/** joint angles outside their anatomical range, as messages */
export function validatePose(pose: Pose): string[] {
	const errors: string[] = [];
	for (const j of JOINTS) {
		const value = j === 'fa' ? ankle(pose, 'a') : j === 'fb' ? ankle(pose, 'b') : get(pose, j);
		const [lo, hi] = RANGES[j];
		if (!(value >= lo - 0.01 && value <= hi + 0.01))
			errors.push(`${j} ${Math.round(value)} outside ${lo}…${hi}`);
	}
	return errors;
}

/** a pose part way (u from 0 to 1) from a to b; an ankle left to the floor in both stays so */
export function mix(a: Pose, b: Pose, u: number): Pose {
	const out: Pose = {};
	for (const j of JOINTS) {
		const x = a[j];
		const y = b[j];
		if (x === undefined && y === undefined) continue;
		const flatA = j === 'fa' || j === 'fb' ? ankle(a, j === 'fa' ? 'a' : 'b') : 0;
		const flatB = j === 'fa' || j === 'fb' ? ankle(b, j === 'fa' ? 'a' : 'b') : 0;
		const v0 = x ?? flatA;
		const v1 = y ?? flatB;
		out[j] = v0 + (v1 - v0) * u;
	}
	return out;
}
