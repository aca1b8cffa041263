/**
 * Puts an exercise's poses in the picture: each on the ground line, the end pose kept on the
 * same contact point as the start (a planted foot does not slide), both centred together,
 * and the props (chair, wall, towel) placed against the body.
 */
import { GROUND, KEYS, VIEW, frames, keyPoints } from './skeleton';
import type { Frame, Key, Point, Points, Pose } from './skeleton';

/** chair: seat under the hips; bench: a chair seat under the hands; wall: a wall at the
 * front-most hand or toe; frame: a door frame at the elbows (front view) or the front-most
 * toe, clear of the floor (lying by a door frame); towel: hand to foot */
export type Prop = 'chair' | 'bench' | 'wall' | 'frame' | 'towel';

export interface Figure {
	start: Pose;
	end?: Pose;
	motion: 'hold' | 'cycle';
	prop?: Prop;
	/** a single-leg move: standing on one foot is fine */
	one?: 1;
	/** seconds for one way of the movement */
	s?: number;
}

export interface Placed {
	pose: Pose;
	frames: Frame[];
	points: Points;
}

export interface Layout {
	start: Placed;
	end?: Placed;
	/** prop geometry: chair seat [x1, x2, y], walls [x, top, bottom], towel */
	chair?: [number, number, number];
	walls?: [number, number, number][];
	towel?: [Point, Point];
}

const ON = 0.75;
const bottom = (p: Point) => p.y + p.r;
export const onGround = (p: Point) => bottom(p) >= GROUND - ON;

/** contact points that keep an exercise anchored, first match wins */
const ANCHORS: Key[] = [
	'toeA',
	'ankleA',
	'toeB',
	'ankleB',
	'kneeA',
	'kneeB',
	'handA',
	'handB',
	'elbowA',
	'hip',
	'shoulder',
	'head'
];

function place(pose: Pose, dx = 0): Placed {
	const raw = keyPoints(pose);
	const low = Math.max(...KEYS.map((k) => bottom(raw[k])));
	const fs = frames(pose, dx, GROUND - low);
	return { pose, frames: fs, points: keyPoints(pose, fs) };
}

function shift(p: Placed, dx: number): Placed {
	return place(p.pose, (p.frames[0] as Frame)[0] + dx);
}

function extent(ps: Placed[]): [number, number] {
	const xs = ps.flatMap((p) => KEYS.map((k) => p.points[k]));
	return [Math.min(...xs.map((p) => p.x - p.r)), Math.max(...xs.map((p) => p.x + p.r))];
}

export function layout(fig: Figure): Layout {
	const start = place(fig.start);
	let end = fig.end && fig.motion === 'cycle' ? place(fig.end) : undefined;
	if (end) {
		const a = start.points;
		const b = end.points;
		const k = ANCHORS.find((k) => onGround(a[k]) && onGround(b[k]));
		if (k) end = shift(end, a[k].x - b[k].x);
	}
	const shown = end ?? start;
	const p = shown.points;
	const out: Layout = { start, end };
	let [lo, hi] = extent(end ? [start, end] : [start]);
	if (fig.prop === 'chair') {
		const y = p.hip.y + p.hip.r;
		out.chair = shown.pose.f ? [p.hip.x - 10, p.hip.x + 10, y] : [p.hip.x - 9, p.hip.x + 5, y];
		lo = Math.min(lo, out.chair[0] - 1);
	} else if (fig.prop === 'bench') {
		const h = p.handA.x > p.handB.x ? p.handA : p.handB;
		out.chair = [h.x - 3, h.x + 11, h.y + h.r];
		hi = Math.max(hi, h.x + 12);
	} else if (fig.prop === 'frame' && fig.start.f) {
		out.walls = [p.elbowA, p.elbowB].map((e) => [e.x, 8, GROUND]);
	} else if (fig.prop === 'wall' || fig.prop === 'frame') {
		// lying by a door frame, the raised leg rests on it
		const keys: Key[] =
			fig.prop === 'frame' ? ['kneeA', 'ankleA'] : ['handA', 'handB', 'toeA', 'toeB'];
		const x = Math.max(
			...[start, end].flatMap((s) => (s ? keys.map((k) => s.points[k].x + s.points[k].r) : []))
		);
		out.walls = [[x + 1, 6, fig.prop === 'frame' ? GROUND - 9 : GROUND]];
		hi = Math.max(hi, x + 3);
	} else if (fig.prop === 'towel') {
		out.towel = [p.handA, p.toeA];
	}
	// centre everything horizontally
	const dx = VIEW / 2 - (lo + hi) / 2;
	out.start = shift(start, dx);
	if (end) out.end = shift(end, dx);
	if (out.chair) out.chair = [out.chair[0] + dx, out.chair[1] + dx, out.chair[2]];
	if (out.walls) out.walls = out.walls.map(([x, a, b]) => [x + dx, a, b]);
	if (out.towel) {
		const q = (out.end ?? out.start).points;
		out.towel = [q.handA, q.toeA];
	}
	return out;
}
