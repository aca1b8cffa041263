/** Checks that a figure is drawable and matches its exercise: ranges, view box, ground contact. */
import { layout, onGround } from './layout';
import type { Figure, Layout, Placed } from './layout';
import { GROUND, KEYS, VIEW, validatePose } from './skeleton';
import type { Key } from './skeleton';

export type Position = 'standing' | 'kneeling' | 'seated' | 'lying';

/** seat heights a chair may have, above the ground line */
export const SEAT: [number, number] = [14, 24];

function inView(p: Placed, name: string): string[] {
	return KEYS.filter((k) => {
		const q = p.points[k];
		return q.x - q.r < 0 || q.x + q.r > VIEW || q.y - q.r < 0 || q.y + q.r > GROUND + 0.01;
	}).map((k) => `${name}: ${k} outside the view box`);
}

/** what the exercise's position needs of the start (set-up) pose */
function contact(fig: Figure, lay: Layout, position: Position): string | undefined {
	const p = lay.start.points;
	const on = (...ks: Key[]) => ks.some((k) => onGround(p[k]));
	switch (position) {
		case 'standing': {
			const a = on('ankleA', 'toeA');
			const b = on('ankleB', 'toeB');
			if (on('kneeA', 'kneeB', 'hip')) return 'standing with a knee or the hips on the ground';
			if (fig.one ? !(a || b) : !(a && b)) return 'standing without both feet on the ground';
			return undefined;
		}
		case 'kneeling': {
			const gap = Math.min(...(['kneeA', 'kneeB'] as const).map((k) => GROUND - p[k].y - p[k].r));
			// a bear hold hovers the knees a hand's width above the mat
			return gap <= 5 ? undefined : 'kneeling without a knee on the ground';
		}
		case 'seated': {
			if (on('hip')) return undefined;
			const seat = lay.chair;
			if (fig.prop !== 'chair' || !seat) return 'seated without the hips on the ground or a chair';
			const h = GROUND - seat[2];
			return h >= SEAT[0] && h <= SEAT[1] ? undefined : `chair seat ${h.toFixed(1)} high`;
		}
		case 'lying': {
			if (on('hip', 'shoulder', 'mid')) return undefined;
			// planks and side bridges: a body near horizontal, propped on the forearms or hands
			const dx = Math.abs(p.shoulder.x - p.hip.x);
			const dy = Math.abs(p.shoulder.y - p.hip.y);
			const flat = Math.atan2(dy, dx) < (35 * Math.PI) / 180;
			return flat && on('elbowA', 'elbowB', 'handA', 'handB')
				? undefined
				: 'lying without the trunk on the ground';
		}
	}
}

export function validateFigure(fig: Figure, position: Position): string[] {
	const lay = layout(fig);
	const errors = [
		...validatePose(fig.start).map((e) => `start: ${e}`),
		...(fig.end ? validatePose(fig.end).map((e) => `end: ${e}`) : []),
		...inView(lay.start, 'start'),
		...(lay.end ? inView(lay.end, 'end') : [])
	];
	if (fig.motion === 'cycle' && !fig.end) errors.push('a cycle needs an end pose');
	if (fig.end && (fig.end.f ?? 0) !== (fig.start.f ?? 0)) errors.push('start and end views differ');
	const c = contact(fig, lay, position);
	if (c) errors.push(c);
	return errors;
}
