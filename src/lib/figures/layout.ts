/**
 * Puts an exercise's poses in the picture. Each pose names the body parts that touch the
 * floor (and the wall or chair); every frame of the movement is placed on its support point
 * (the same spot all the way through, so a planted foot or hand does not slide or sink), and
 * a joint may be solved frame by frame so that a second contact stays down too. Then the
 * scene (floor, wall, chair, towel) is projected for the exercise's view and centred.
 */
import { JOINTS, KEYS, ankle, body, mix } from './skeleton';
import type { Axes, Joint, Key, Point, Points, Pose } from './skeleton';

/** side: from the figure's right; front: facing the figure; above: looking down on the floor;
 * a number: a side view turned that many degrees towards the front */
export type View = 'side' | 'front' | 'above' | number;
/** chair: seat under the hips; bench: a chair seat under the hands; wall: a wall in front of
 * the wall contacts; frame: a door frame; towel: hand to foot */
export type Prop = 'chair' | 'bench' | 'wall' | 'frame' | 'towel';
export type Limb = 'armA' | 'armB' | 'legA' | 'legB' | 'head' | 'trunk';

/** what touches what in one pose: floor, wall, chair seat */
export interface Contacts {
	floor: Key[];
	wall?: Key[];
	seat?: Key[];
}

export interface Figure {
	view?: View;
	start: Pose;
	/** an in-between pose the movement passes through */
	mid?: Pose;
	end?: Pose;
	motion: 'hold' | 'cycle';
	/** contacts of the start pose, and of the end pose when they differ */
	on: Contacts;
	onEnd?: Contacts;
	prop?: Prop;
	/** solve this joint in every frame so that the key keeps its contact */
	fit?: [Joint | Joint[], Key];
	/** floor contacts at both ends that may move in between (hands walking) */
	free?: Key[];
	/** the support point the movement turns about (default: the first shared floor contact) */
	pin?: Key;
	/** the pose shown still: icon, reduced motion, holds (default: end for cycles) */
	still?: 'start' | 'mid' | 'end';
	/** working limbs, drawn in the accent colour */
	acc?: Limb[];
	/** the limbs that move between start and end (checked against the poses) */
	moves?: Limb[];
	/** a motion arrow around a key point: turning one way (1) or the other (-1), its radius,
	 * and how far above the point it sits */
	arrow?: [Key, 1 | -1, number?, number?];
	/** a jump: how far the end pose is off the floor; the body rises in the second half of the
	 * movement (give the end pose no floor contacts and pin the start's support point) */
	air?: number;
	/** a single-leg move: standing on one foot is fine */
	one?: 1;
	/** seconds for one way of the movement */
	s?: number;
}

export const VIEW = 100;
export const GROUND = 94;
/** how near a contact must be to its surface, and how far anything may sink into it */
export const TOUCH = 1.5;

/** a placed frame: world points (floor y = 0) and their screen projection */
export interface Frame {
	pose: Pose;
	world: Points;
	axes: Axes;
}

export interface Scene {
	view: View;
	frames: Frame[];
	/** screen x offset (and y offset in the view from above) */
	dx: number;
	dy: number;
	wall?: number;
	/** chair seat [x from, x to, height]: world x in the side view, screen x (before
	 * centring) in the front view */
	seat?: [number, number, number];
}

/** priority of support points: a planted foot first */
const PINS: Key[] = [
	'toeA',
	'ankleA',
	'toeB',
	'ankleB',
	'kneeA',
	'kneeB',
	'handA',
	'handB',
	'elbowA',
	'elbowB',
	'hip',
	'chest',
	'neck',
	'head'
];

export const bottom = (p: Point) => p.y - p.r;

export function contactsOf(fig: Figure, which: 'start' | 'end'): Contacts {
	return which === 'end' ? (fig.onEnd ?? fig.on) : fig.on;
}

/** the support point: pinned, else the first floor contact shared by start and end */
export function pinOf(fig: Figure): Key | undefined {
	if (fig.pin) return fig.pin;
	const a = fig.on.floor;
	const b = contactsOf(fig, 'end').floor;
	return PINS.find((k) => a.includes(k) && (!fig.end || b.includes(k)));
}

/** the pose at u (0 start, 1 end) of the movement, through the mid pose when there is one */
export function poseAt(fig: Figure, u: number): Pose {
	if (!fig.end || fig.motion === 'hold') return fig.start;
	if (!fig.mid) return mix(fig.start, fig.end, u);
	return u < 0.5 ? mix(fig.start, fig.mid, u * 2) : mix(fig.mid, fig.end, u * 2 - 1);
}

function translate(ps: Points, dx: number, dy: number, dz: number): Points {
	const out = {} as Points;
	for (const k of KEYS) {
		const p = ps[k];
		out[k] = { x: p.x + dx, y: p.y + dy, z: p.z + dz, r: p.r };
	}
	return out;
}

/** a pose on its support point at the origin (or its lowest point on the floor) */
function seat(pose: Pose, pin: Key | undefined): Frame {
	const b = body(pose);
	const ps = b.points;
	if (!pin) {
		const low = Math.min(...KEYS.map((k) => bottom(ps[k])));
		return { pose, world: translate(ps, -ps.hip.x, -low, -ps.hip.z), axes: b.axes };
	}
	const p = ps[pin];
	return { pose, world: translate(ps, -p.x, p.r - p.y, -p.z), axes: b.axes };
}

/** the turn of the fitted joints that makes the key touch the floor or the wall, or 0 */
function solve(fig: Figure, pose: Pose, pin: Key | undefined, wall?: number): number {
	if (!fig.fit) return 0;
	const key = fig.fit[1];
	const toWall = wall !== undefined && (fig.on.wall ?? []).includes(key);
	const gap = (d: number) => {
		const w = seat(turned(fig, pose, d), pin).world[key];
		return toWall ? (wall as number) - (w.x + w.r) : bottom(w);
	};
	// the sign change nearest no turn, then bisection
	let best: [number, number] | undefined;
	for (let d = 0; d <= 60 && !best; d += 4) {
		for (const s of [1, -1]) {
			if (gap(s * d) * gap(s * (d + 4)) <= 0) {
				best = [s * d, s * (d + 4)];
				break;
			}
		}
	}
	if (!best) return 0;
	// regula falsi (Illinois): a few steps find the contact to a hundredth of a unit
	let [a, b] = best;
	let fa = gap(a);
	let fb = gap(b);
	let side = 0;
	for (let i = 0; i < 12 && Math.abs(b - a) > 1e-3; i++) {
		const m = fb === fa ? (a + b) / 2 : b - (fb * (b - a)) / (fb - fa);
		const fm = gap(m);
		if (Math.abs(fm) < 0.01) return m;
		if (fm * fb < 0) {
			a = b;
			fa = fb;
			side = 0;
		} else if (side === 1) fa /= 2;
		else side = 1;
		b = m;
		fb = fm;
	}
	return b;
}

/** every fitted joint turns by the same amount */
function turned(fig: Figure, pose: Pose, d: number): Pose {
	if (!fig.fit || !d) return pose;
	const [js] = fig.fit;
	const q: Pose = { ...pose };
	for (const j of Array.isArray(js) ? js : [js]) q[j] = (pose[j] ?? 0) + d;
	return q;
}

/** whether the fitted key is a contact of the start and of the end pose */
function fitEnds(fig: Figure): [boolean, boolean] {
	if (!fig.fit) return [false, false];
	const k = fig.fit[1];
	const has = (c: Contacts) => c.floor.includes(k) || (c.wall ?? []).includes(k);
	return [has(fig.on), has(contactsOf(fig, 'end'))];
}

/** the frame at u of the movement, placed: the fitted key keeps its contact where it has one
 * at both ends, and eases into (or out of) a contact it has at one end only */
export function frameAt(fig: Figure, u: number): Frame {
	// figures are constant data: each frame is worked out once
	let frames = CACHE.get(fig);
	if (!frames) CACHE.set(fig, (frames = new Map()));
	let f = frames.get(u);
	if (!f) frames.set(u, (f = place(fig, u)));
	return f;
}
const CACHE = new WeakMap<Figure, Map<number, Frame>>();

function place(fig: Figure, u: number): Frame {
	const pin = pinOf(fig);
	const wall = wallOf(fig);
	const pose = poseAt(fig, u);
	const [a, b] = fitEnds(fig);
	const cycle = fig.motion === 'cycle' && !!fig.end;
	let d = 0;
	if (a && (b || !cycle)) d = solve(fig, pose, pin, wall);
	else if (b && cycle) d = u * solve(fig, poseAt(fig, 1), pin, wall);
	else if (a) d = (1 - u) * solve(fig, poseAt(fig, 0), pin, wall);
	const f = seat(turned(fig, pose, d), pin);
	const lift = fig.air && cycle ? fig.air * Math.max(0, u * 2 - 1) : 0;
	return lift ? { ...f, world: translate(f.world, 0, lift, 0) } : f;
}

/** the wall's x: just in front of the start pose's first wall contact */
function wallOf(fig: Figure): number | undefined {
	const k = fig.on.wall?.[0];
	if (!k) return undefined;
	const p = seat(fig.start, pinOf(fig)).world[k];
	return p.x + p.r;
}

export const stillU = (fig: Figure) =>
	fig.motion === 'hold' || !fig.end ? 0 : fig.still === 'start' ? 0 : fig.still === 'mid' ? 0.5 : 1;

/** screen position of a world point in a view, before centring */
export function project(view: View, p: { x: number; y: number; z: number }): [number, number] {
	if (view === 'above') return [p.x, p.z];
	const a = yaw(view);
	return [p.x * Math.cos(a) - p.z * Math.sin(a), GROUND - p.y];
}
const yaw = (view: View) =>
	((view === 'front' ? 90 : view === 'side' || view === 'above' ? 0 : view) * Math.PI) / 180;
/** depth towards the viewer */
export function depth(view: View, p: { x: number; y: number; z: number }): number {
	if (view === 'above') return p.y;
	const a = yaw(view);
	return p.x * Math.sin(a) + p.z * Math.cos(a);
}
/** a screen direction (x right, y down) as a world direction */
export function unproject(view: View, [x, y]: [number, number]): [number, number, number] {
	if (view === 'above') return [x, 0, y];
	const a = yaw(view);
	return [x * Math.cos(a), -y, -x * Math.sin(a)];
}

/** every frame of a figure (u values), placed, with its props and centring */
export function scene(fig: Figure, us: number[], centre = true): Scene {
	const view = fig.view ?? 'side';
	const frames = us.map((u) => frameAt(fig, u));
	const still = frameAt(fig, stillU(fig)).world;
	const out: Scene = { view, frames, dx: 0, dy: 0 };
	const wall = wallOf(fig);
	if (wall !== undefined) out.wall = wall;
	const seatKeys = fig.on.seat ?? fig.onEnd?.seat;
	if (seatKeys?.length) {
		const holder = fig.on.seat ? frameAt(fig, 0).world : frameAt(fig, 1).world;
		const y = Math.min(...seatKeys.map((k) => bottom(holder[k])));
		const k = seatKeys[0] as Key;
		const x = holder[k].x;
		if (view === 'front') {
			// seen from the front the seat is centred under the pelvis (screen x, before centring)
			const [ha, hb] = [project(view, holder.hipA)[0], project(view, holder.hipB)[0]];
			const cx = (ha + hb) / 2;
			out.seat = [cx - 9, cx + 9, y];
		} else out.seat = fig.prop === 'bench' ? [x - 3, x + 12, y] : [x - 9, x + 5, y];
	}
	if (fig.prop === 'frame' && view !== 'front') {
		// lying by a door frame: the frame edge in front of the raised leg
		const ks: Key[] = ['kneeA', 'ankleA'];
		out.wall = Math.max(...ks.map((k) => still[k].x + still[k].r));
	}
	// centre the movement (a few frames of it, the same whichever frames are drawn) and props
	const xs: number[] = [];
	const ys: number[] = [];
	const cycle = fig.motion === 'cycle' && !!fig.end;
	if (!centre) return out;
	for (const f of (cycle ? [0, 0.25, 0.5, 0.75, 1] : [0]).map((u) => frameAt(fig, u)))
		for (const k of KEYS) {
			const p = f.world[k];
			const [x, y] = project(view, p);
			xs.push(x - p.r, x + p.r);
			ys.push(y - p.r, y + p.r);
		}
	if (out.seat && view !== 'above') {
		xs.push(out.seat[0], out.seat[1]);
	}
	if (out.wall !== undefined && view === 'side') xs.push(out.wall + 1.5);
	out.dx = VIEW / 2 - (Math.min(...xs) + Math.max(...xs)) / 2;
	if (view === 'above') out.dy = VIEW / 2 - (Math.min(...ys) + Math.max(...ys)) / 2;
	return out;
}

/** the limbs whose joints differ between two poses */
export function movedLimbs(a: Pose, b: Pose): Limb[] {
	const of: Record<Limb, Joint[]> = {
		armA: ['sa', 'ea', 'xa', 'oa', 'wa'],
		armB: ['sb', 'eb', 'xb', 'ob', 'wb'],
		legA: ['ha', 'ka', 'ga', 'ua', 'fa'],
		legB: ['hb', 'kb', 'gb', 'ub', 'fb'],
		head: ['n', 'l', 'y'],
		trunk: ['c', 'b', 'q']
	};
	// an ankle left to the floor in both poses only follows the leg
	const value = (p: Pose, j: Joint) =>
		j === 'fa' ? ankle(p, 'a') : j === 'fb' ? ankle(p, 'b') : (p[j] ?? 0);
	const given = (j: Joint) =>
		!(j === 'fa' || j === 'fb') || a[j] !== undefined || b[j] !== undefined;
	return (Object.keys(of) as Limb[]).filter((l) =>
		(of[l] as Joint[]).some((j) => given(j) && Math.abs(value(a, j) - value(b, j)) >= 8)
	);
}
export { JOINTS };
