/**
 * Checks that a figure is drawable and matches its exercise: joint ranges in every frame,
 * the picture box, and contact: each pose's declared floor, wall and seat contacts touch, no
 * part sinks into the floor, and a point planted at both ends stays put all the way through.
 */
import { GROUND, TOUCH, VIEW, bottom, contactsOf, frameAt, project, scene } from './layout';
import type { Figure, Frame, Scene } from './layout';
import { KEYS, validatePose } from './skeleton';
import type { Key } from './skeleton';

export type Position = 'standing' | 'kneeling' | 'seated' | 'lying';

/** seat heights a chair may have, above the floor */
export const SEAT: [number, number] = [14, 26];
/** the movement is checked at these points (0 start, 1 end) */
export const CHECKS = Array.from({ length: 13 }, (_, i) => i / 12);

const feet = (x: 'A' | 'B'): Key[] => [`ankle${x}`, `toe${x}`];

/** body parts of a frame outside the picture box */
export function inView(sc: Scene, f: Frame, name: string): string[] {
	return KEYS.filter((k) => {
		const p = f.world[k];
		const [x0, y0] = project(sc.view, p);
		const x = x0 + sc.dx;
		const y = y0 + sc.dy;
		const floor = sc.view === 'above' ? VIEW : GROUND + TOUCH;
		return x - p.r < 0 || x + p.r > VIEW || y - p.r < 0 || y + p.r > floor + 0.01;
	}).map((k) => `${name}: ${k} outside the picture`);
}

function touches(fig: Figure, f: Frame, which: 'start' | 'end', sc: Scene): string[] {
	const c = contactsOf(fig, which);
	const errors: string[] = [];
	for (const k of c.floor) {
		const gap = bottom(f.world[k]);
		if (Math.abs(gap) > TOUCH) errors.push(`${which}: ${k} ${gap.toFixed(1)} off the floor`);
	}
	for (const k of c.wall ?? []) {
		const p = f.world[k];
		const gap = (sc.wall ?? 0) - (p.x + p.r);
		if (Math.abs(gap) > TOUCH) errors.push(`${which}: ${k} ${gap.toFixed(1)} off the wall`);
	}
	if (c.seat && sc.seat)
		for (const k of c.seat) {
			const gap = bottom(f.world[k]) - sc.seat[2];
			if (Math.abs(gap) > TOUCH) errors.push(`${which}: ${k} ${gap.toFixed(1)} off the seat`);
		}
	return errors;
}

/** what the exercise's position needs of the start (set-up) pose's contacts */
function position(fig: Figure, position: Position): string | undefined {
	const on = fig.on.floor;
	const has = (...ks: Key[]) => ks.some((k) => on.includes(k));
	const seat = fig.on.seat ?? [];
	switch (position) {
		case 'standing': {
			if (has('kneeA', 'kneeB', 'hip')) return 'standing with a knee or the hips on the floor';
			const a = has(...feet('A'));
			const b = has(...feet('B'));
			if (fig.one ? !(a || b) : !(a && b)) return 'standing without both feet on the floor';
			return undefined;
		}
		case 'kneeling':
			// a bear hold hovers the knees: hands and toes down
			return has('kneeA', 'kneeB') || (has('handA', 'handB') && has('toeA', 'toeB'))
				? undefined
				: 'kneeling without a knee on the floor';
		case 'seated':
			return has('hip') || seat.includes('hip')
				? undefined
				: 'seated without the hips on the floor or a chair';
		case 'lying':
			return has('hip', 'waist', 'chest', 'neck') ||
				(has('elbowA', 'elbowB', 'handA', 'handB') &&
					has('toeA', 'toeB', 'ankleA', 'ankleB', 'kneeA', 'kneeB'))
				? undefined
				: 'lying without the trunk on the floor';
	}
}

export function validateFigure(fig: Figure, pos?: Position): string[] {
	const errors: string[] = [];
	if (fig.motion === 'cycle' && !fig.end) errors.push('a cycle needs an end pose');
	const cycle = fig.motion === 'cycle' && !!fig.end;
	const us = cycle ? CHECKS : [0];
	const sc = scene(fig, us);
	const frames = sc.frames;
	const first = frames[0] as Frame;
	const last = frames[frames.length - 1] as Frame;
	const planted = cycle
		? fig.on.floor.filter(
				(k) =>
					contactsOf(fig, 'end').floor.includes(k) &&
					!(fig.free ?? []).includes(k) &&
					// a foot that steps lands elsewhere: only a point that stays is planted
					Math.hypot(first.world[k].x - last.world[k].x, first.world[k].z - last.world[k].z) < 1.5
			)
		: fig.on.floor;
	frames.forEach((f, i) => {
		const name = !cycle
			? 'still'
			: i === 0
				? 'start'
				: i === frames.length - 1
					? 'end'
					: `u=${us[i]?.toFixed(2)}`;
		const seen = new Set<string>();
		for (const e of validatePose(f.pose)) {
			const key = e.split(' ')[0] as string;
			if (!seen.has(key)) errors.push(`${name}: ${e}`);
			seen.add(key);
		}
		errors.push(...inView(sc, f, name));
		const low = Math.min(...KEYS.map((k) => bottom(f.world[k])));
		if (low < -TOUCH) {
			const k = KEYS.find((k) => bottom(f.world[k]) === low);
			errors.push(`${name}: ${k} ${low.toFixed(1)} into the floor`);
		}
		for (const k of planted) {
			const p = f.world[k];
			const q = first.world[k];
			const off = Math.abs(bottom(p));
			const slide = Math.hypot(p.x - q.x, p.z - q.z);
			if (off > TOUCH || slide > 1.5)
				errors.push(
					`${name}: planted ${k} moves (${off.toFixed(1)} up, ${slide.toFixed(1)} along)`
				);
		}
	});
	errors.push(...touches(fig, first, 'start', sc));
	if (cycle) errors.push(...touches(fig, last, 'end', sc));
	if (sc.seat) {
		const h = sc.seat[2];
		if (h < SEAT[0] || h > SEAT[1]) errors.push(`chair seat ${h.toFixed(1)} high`);
	}
	if (pos) {
		const p = position(fig, pos);
		if (p) errors.push(p);
	}
	// keep duplicates of one problem across frames short
	return [...new Set(errors)].slice(0, 12);
}

/** the frame at u with its contacts, for previews */
export { frameAt };
