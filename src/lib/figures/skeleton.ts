/**
 * The figure's skeleton: a 2-D chain of segments posed by joint angles, and forward kinematics
 * to key points. Pure TypeScript. Units are view-box units (the view box is 100 × 100, y down,
 * ground line at `GROUND`); angles are degrees.
 *
 * Side view (default): the figure faces +x, limb A is the near one, B the far one, and every
 * angle is 0 when standing tall with the arms down. Front view (`f: 1`): A is on the right of
 * the picture, B is its mirror image, and limb angles are abduction (away from the midline).
 */

/** joint angles: t lumbar lean (+ forward), c upper-trunk bend on it, n neck flexion, y head
 * turn (face marker), s shoulder flexion, e elbow, h hip flexion, k knee, f ankle (+ toes up;
 * absent: the foot is set flat, within range) */
export interface Pose {
	f?: 1;
	t?: number;
	c?: number;
	n?: number;
	y?: number;
	sa?: number;
	ea?: number;
	sb?: number;
	eb?: number;
	ha?: number;
	ka?: number;
	fa?: number;
	hb?: number;
	kb?: number;
	fb?: number;
}
export type Joint = Exclude<keyof Pose, 'f'>;

export const VIEW = 100;
export const GROUND = 94;
/** segment lengths */
export const LEN = { trunk: 11, neck: 2.5, head: 5.5, arm: 12, fore: 11, thigh: 18, shin: 18 };
const FOOT = [6, 2.5];
/** half widths of shoulders and hips in the front view */
const WS = 6;
const WH = 3.5;
export const LIMB_R = 2.5;
export const TRUNK_R = [3.5, 5.5];

/**
 * anatomical ranges [min, max] per joint, side view then front view. The front view shows
 * projections: elbows may bend either way, and a flexed, turned-out leg (butterfly) reaches
 * past pure abduction. The ankle goes to -85 because the foot runs to the tip of the toes,
 * which lie flat behind a kneeling or prone figure.
 */
export const RANGES: Record<Joint, [[number, number], [number, number]]> = {
	t: [
		[-180, 180],
		[-180, 180]
	],
	c: [
		[-35, 60],
		[-45, 45]
	],
	n: [
		[-30, 60],
		[-45, 45]
	],
	y: [
		[0, 90],
		[-80, 80]
	],
	sa: [
		[-70, 185],
		[-130, 185]
	],
	ea: [
		[0, 155],
		[-155, 155]
	],
	sb: [
		[-70, 185],
		[-130, 185]
	],
	eb: [
		[0, 155],
		[-155, 155]
	],
	ha: [
		[-40, 145],
		[-35, 125]
	],
	ka: [
		[0, 160],
		[0, 170]
	],
	fa: [
		[-85, 45],
		[-85, 45]
	],
	hb: [
		[-40, 145],
		[-35, 125]
	],
	kb: [
		[0, 160],
		[0, 170]
	],
	fb: [
		[-85, 45],
		[-85, 45]
	]
};

/** one group of the figure: translate(x y), mirrored when m, rotate(r) */
export type Frame = [x: number, y: number, r: number, m?: 1];
type Matrix = [number, number, number, number, number, number];

/** parent of each frame, and the length of the segment it draws (0: none) */
export const PARENT = [-1, 0, 1, 1, 3, 1, 5, 0, 7, 8, 0, 10, 11] as const;
export const SEG = [
	LEN.trunk,
	LEN.trunk,
	LEN.neck,
	LEN.arm,
	LEN.fore,
	LEN.arm,
	LEN.fore,
	LEN.thigh,
	LEN.shin,
	0,
	LEN.thigh,
	LEN.shin,
	0
];
export const FRAMES = PARENT.length;
export const HEAD_Y = LEN.neck + LEN.head;

const rad = Math.PI / 180;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export const footLength = (pose: Pose) => FOOT[pose.f ?? 0] as number;

/** the ankle angle actually used: given, or flat on a horizontal floor within range */
export function ankle(pose: Pose, leg: 'a' | 'b'): number {
	const given = pose[leg === 'a' ? 'fa' : 'fb'];
	if (given !== undefined) return given;
	const hip = pose[leg === 'a' ? 'ha' : 'hb'] ?? 0;
	const knee = pose[leg === 'a' ? 'ka' : 'kb'] ?? 0;
	// shin direction from straight down, + towards the front (or outwards)
	const sign = pose.f && leg === 'b' ? -1 : 1;
	const shin = -sign * (pose.t ?? 0) + hip - knee;
	return clamp(-shin, -60, 45);
}

/** the frames of a pose with its hip at the origin, before placing it on the ground */
export function frames(pose: Pose, x = 0, y = 0): Frame[] {
	const v = pose.f ?? 0;
	const g = (j: Joint) => pose[j] ?? 0;
	const ws = v ? WS : 0;
	const wh = v ? WH : 0;
	const mb: 1 | undefined = v ? 1 : undefined;
	// the front view bends elbows towards the midline
	const elbow = v ? 1 : -1;
	const foot = (leg: 'a' | 'b') => -(90 + ankle(pose, leg));
	return [
		[x, y, g('t') - 180],
		[0, LEN.trunk, g('c')],
		[0, LEN.trunk, g('n')],
		[-ws, LEN.trunk, 180 - g('sa')],
		[0, LEN.arm, elbow * g('ea')],
		mb ? [ws, LEN.trunk, 180 - g('sb'), mb] : [0, LEN.trunk, 180 - g('sb')],
		[0, LEN.arm, elbow * g('eb')],
		[-wh, 0, 180 - g('ha')],
		[0, LEN.thigh, g('ka')],
		[0, LEN.shin, foot('a')],
		mb ? [wh, 0, 180 - g('hb'), mb] : [0, 0, 180 - g('hb')],
		[0, LEN.thigh, g('kb')],
		[0, LEN.shin, foot('b')]
	];
}

function matrix([x, y, r, m]: Frame): Matrix {
	const c = Math.cos(r * rad);
	const s = Math.sin(r * rad);
	const k = m ? -1 : 1;
	return [k * c, s, -k * s, c, x, y];
}

const mul = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1],
	m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3],
	m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4],
	m[1] * n[4] + m[3] * n[5] + m[5]
];

const apply = (m: Matrix, x: number, y: number): Point => ({
	x: m[0] * x + m[2] * y + m[4],
	y: m[1] * x + m[3] * y + m[5],
	r: 0
});

export interface Point {
	x: number;
	y: number;
	/** half the drawn thickness, for contact with the ground and the view box */
	r: number;
}
export const KEYS = [
	'hip',
	'mid',
	'shoulder',
	'head',
	'elbowA',
	'handA',
	'elbowB',
	'handB',
	'kneeA',
	'ankleA',
	'toeA',
	'kneeB',
	'ankleB',
	'toeB'
] as const;
export type Key = (typeof KEYS)[number];
export type Points = Record<Key, Point>;

/** forward kinematics: key points of a pose whose root frame is `root` */
export function keyPoints(pose: Pose, fs: Frame[] = frames(pose)): Points {
	const world: Matrix[] = [];
	fs.forEach((f, i) => {
		const p = PARENT[i] as number;
		world[i] = p < 0 ? matrix(f) : mul(world[p] as Matrix, matrix(f));
	});
	const tr = TRUNK_R[pose.f ?? 0] as number;
	const at = (i: number, y: number, r = LIMB_R) => ({ ...apply(world[i] as Matrix, 0, y), r });
	return {
		hip: at(0, 0, tr),
		mid: at(0, LEN.trunk, tr),
		shoulder: at(1, LEN.trunk, tr),
		head: at(2, HEAD_Y, LEN.head),
		elbowA: at(3, LEN.arm),
		handA: at(4, LEN.fore),
		elbowB: at(5, LEN.arm),
		handB: at(6, LEN.fore),
		kneeA: at(7, LEN.thigh),
		ankleA: at(8, LEN.shin),
		toeA: at(9, footLength(pose)),
		kneeB: at(10, LEN.thigh),
		ankleB: at(11, LEN.shin),
		toeB: at(12, footLength(pose))
	};
}

/** joint angles outside their anatomical range, as messages */
export function validatePose(pose: Pose): string[] {
	const v = pose.f ?? 0;
	const errors: string[] = [];
	for (const j of Object.keys(RANGES) as Joint[]) {
		const value = j === 'fa' ? ankle(pose, 'a') : j === 'fb' ? ankle(pose, 'b') : (pose[j] ?? 0);
		const [lo, hi] = (RANGES[j] as [number, number][])[v] as [number, number];
		if (!(value >= lo && value <= hi)) errors.push(`${j} ${value} outside ${lo}…${hi}`);
	}
	return errors;
}
