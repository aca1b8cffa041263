/**
 * Renders a figure to the inside of a 100 × 100 `<svg>` as a string of paths in picture
 * coordinates. A movement is sampled frame by frame (each placed on its support point) and
 * every path animates its `d` through those frames (SMIL, there and back); the static paths
 * are the still pose, used for icons, holds and reduced motion. Colours come from classes:
 * k0 near body, k1 far limbs, k2 working limb (accent), k3 far working limb, k4 props.
 */
import { GROUND, VIEW, depth, frameAt, project, scene, stillU, unproject } from './layout';
import type { Figure, Frame, Limb, Scene } from './layout';
import { KEYS, LEN, R, TORSO } from './skeleton';
import type { Key } from './skeleton';

export interface RenderOptions {
	side?: 'left' | 'right';
	/** emit the start → end animation for cycles (default true) */
	animate?: boolean;
	/** the list icon: the still pose, cropped to a square scene with the floor at the bottom */
	icon?: boolean;
	/** draw the frame at this point of the movement (0 start, 1 end) instead of the still one */
	at?: number;
}

export { PALETTE } from './palette';

/** frames sampled for one way of a movement */
export const STEPS = 8;
const num = (v: number) => String(Math.round(v * 10) / 10 || 0);
type XY = [number, number];

interface Part {
	/** path data per frame */
	d: string[];
	w: number;
	cls: number;
	fill?: 1;
}

function screen(sc: Scene, f: Frame): Record<Key, XY> {
	const out = {} as Record<Key, XY>;
	for (const k of KEYS) {
		const [x, y] = project(sc.view, f.world[k]);
		out[k] = [x + sc.dx, y + sc.dy];
	}
	return out;
}

const seg = (a: XY, b: XY) => `M${num(a[0])} ${num(a[1])}L${num(b[0])} ${num(b[1])}`;
const dot = (a: XY) => `M${num(a[0])} ${num(a[1])}h.01`;

function torso(sc: Scene, f: Frame, s: Record<Key, XY>): string {
	const ks: Key[] = ['hip', 'waist', 'chest', 'neck'];
	const ps = ks.map((k) => s[k]);
	const left: XY[] = [];
	const right: XY[] = [];
	ps.forEach((p, i) => {
		const a = ps[Math.max(0, i - 1)] as XY;
		const b = ps[Math.min(3, i + 1)] as XY;
		let tx = b[0] - a[0];
		let ty = b[1] - a[1];
		const n = Math.hypot(tx, ty) || 1;
		tx /= n;
		ty /= n;
		const perp: XY = [-ty, tx];
		const d = unproject(sc.view, perp);
		const [lat, fwd] = f.axes[i] as [number[], number[]];
		const dot3 = (u: number[]) => (u[0] ?? 0) * d[0] + (u[1] ?? 0) * d[1] + (u[2] ?? 0) * d[2];
		const [wl, wf] = TORSO[i] as [number, number];
		// the cross-section seen edge on, and never thinner than a limb
		const w = Math.max(2.6, Math.hypot(wl * dot3(lat), wf * dot3(fwd)) - 0.7);
		left.push([p[0] + perp[0] * w, p[1] + perp[1] * w]);
		right.push([p[0] - perp[0] * w, p[1] - perp[1] * w]);
	});
	const pts = [...left, ...right.reverse()];
	return 'M' + pts.map((p) => `${num(p[0])} ${num(p[1])}`).join('L') + 'Z';
}

interface Group {
	limb: Limb | 'body';
	keys: Key[];
	parts: (f: Frame, s: Record<Key, XY>) => [string, number, 1?][];
}

function groups(sc: Scene): Group[] {
	const arm = (x: 'A' | 'B'): Group => ({
		limb: `arm${x}`,
		keys: [`shoulder${x}`, `elbow${x}`, `wrist${x}`, `hand${x}`],
		parts: (_, s) => [
			[seg(s[`shoulder${x}`], s[`elbow${x}`]), R.arm * 2],
			[seg(s[`elbow${x}`], s[`wrist${x}`]), R.fore * 2],
			[seg(s[`wrist${x}`], s[`hand${x}`]), R.hand * 2]
		]
	});
	const leg = (x: 'A' | 'B'): Group => ({
		limb: `leg${x}`,
		keys: [`hip${x}`, `knee${x}`, `ankle${x}`, `toe${x}`],
		parts: (_, s) => [
			[seg(s[`hip${x}`], s[`knee${x}`]), R.thigh * 2],
			[seg(s[`knee${x}`], s[`ankle${x}`]), R.shin * 2],
			[seg(s[`ankle${x}`], s[`toe${x}`]), R.foot * 2]
		]
	});
	const trunk: Group = {
		limb: 'body',
		keys: ['hip', 'waist', 'chest', 'neck'],
		parts: (f, s) => [
			[seg(s.hipA, s.hipB), R.thigh * 2],
			[torso(sc, f, s), 1.5, 1],
			[seg(s.shoulderA, s.shoulderB), 4],
			[seg(s.neck, s.head), R.neck * 2]
		]
	};
	const head: Group = {
		limb: 'head',
		keys: ['head'],
		parts: (_, s) => [
			[dot(s.head), LEN.head * 2],
			[dot(s.nose), 3.2]
		]
	};
	return [leg('B'), arm('B'), trunk, head, leg('A'), arm('A')];
}

const SAMPLES = Array.from(
	{ length: STEPS + 1 },
	(_, k) => (1 - Math.cos((Math.PI * k) / STEPS)) / 2
);

/** the scene centred on the whole movement, so every frame shares one picture */
/** an icon's scene: only its still frame, placed without centring (the crop frames it) */
const iconScene = (fig: Figure): Scene => scene(fig, [stillU(fig)], false);

/** the square the icon shows: [x, y, side] in picture units */
export function iconBox(fig: Figure): [number, number, number] {
	const sc = iconScene(fig);
	const s = screen(sc, frameAt(fig, stillU(fig)));
	const xs = KEYS.map((k) => s[k][0]);
	const ys = KEYS.map((k) => s[k][1]);
	const pad = 6;
	let x0 = Math.min(...xs) - pad;
	let x1 = Math.max(...xs) + pad;
	if (sc.seat && (sc.view === 'side' || sc.view === 'front')) {
		x0 = Math.min(x0, sc.seat[0] + sc.dx - 2);
		x1 = Math.max(x1, sc.seat[1] + sc.dx + 2);
	}
	const top = Math.min(...ys) - pad;
	if (sc.view === 'above') {
		const y1 = Math.max(...ys) + pad;
		const side = Math.max(x1 - x0, y1 - top, 50);
		return [(x0 + x1 - side) / 2, (top + y1 - side) / 2, side];
	}
	// the floor line a little above the bottom edge
	const floor = GROUND + 5;
	const side = Math.max(x1 - x0, floor - top, 50);
	return [(x0 + x1 - side) / 2, floor - side, side];
}

function arrowPath(c: XY, dir: 1 | -1, r: number): string {
	const a0 = -200 * (Math.PI / 180);
	const sweep = 250 * (Math.PI / 180) * dir;
	const p = (a: number): XY => [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)];
	const s = p(a0);
	const e = p(a0 + sweep);
	// arrowhead along the tangent at the end
	const t = a0 + sweep;
	const tx = -Math.sin(t) * dir;
	const ty = Math.cos(t) * dir;
	const h = 2.2;
	const b1: XY = [e[0] - tx * h + ty * h * 0.8, e[1] - ty * h - tx * h * 0.8];
	const b2: XY = [e[0] - tx * h - ty * h * 0.8, e[1] - ty * h + tx * h * 0.8];
	return (
		`M${num(s[0])} ${num(s[1])}A${num(r)} ${num(r)} 0 1 ${dir > 0 ? 1 : 0} ${num(e[0])} ${num(e[1])}` +
		`M${num(b1[0])} ${num(b1[1])}L${num(e[0])} ${num(e[1])}L${num(b2[0])} ${num(b2[1])}`
	);
}

/** floor, wall, chair and mat; the floor runs across `floor` (the icon's crop) or the picture */
function props(fig: Figure, sc: Scene, still: Record<Key, XY>, floor: XY = [2, VIEW - 2]): string {
	const out: string[] = [];
	const p = (d: string, w = 2) => out.push(`<path class="k4" d="${d}" stroke-width="${w}"/>`);
	if (sc.view === 'above') {
		const xs = KEYS.map((k) => still[k][0]);
		const ys = KEYS.map((k) => still[k][1]);
		const x0 = Math.min(...xs) - 6;
		const y0 = Math.min(...ys) - 6;
		out.push(
			`<rect class="k4" x="${num(x0)}" y="${num(y0)}" width="${num(Math.max(...xs) + 6 - x0)}" height="${num(Math.max(...ys) + 6 - y0)}" rx="3" stroke-width="1.2" opacity=".6"/>`
		);
	} else p(`M${num(floor[0])} ${GROUND}H${num(floor[1])}`);
	if (sc.seat && sc.view !== 'above') {
		const [a, b, y0] = sc.seat;
		const y = GROUND - y0;
		const [x1, x2] = [a + sc.dx, b + sc.dx];
		const back = fig.prop === 'bench' ? x2 : x1;
		const rest = sc.view === 'front' ? '' : `M${num(back)} ${num(y)}V${num(y - 17)}`;
		p(
			`M${num(x1)} ${num(y)}H${num(x2)}M${num(x1 + 1)} ${num(y)}V${GROUND}M${num(x2 - 1)} ${num(y)}V${GROUND}${rest}`,
			2.5
		);
	}
	if (fig.prop === 'frame' && sc.view === 'front') {
		for (const k of ['elbowA', 'elbowB'] as const) p(`M${num(still[k][0])} 8V${GROUND}`, 2.5);
	} else if (sc.wall !== undefined && typeof sc.view === 'number' && fig.on.wall?.[0]) {
		// a turned view: the wall edge just beyond the first wall contact
		const k = fig.on.wall[0];
		p(`M${num(still[k][0] + 3)} 6V${GROUND}`, 2.5);
	} else if (sc.wall !== undefined && sc.view === 'side') {
		const x = sc.wall + sc.dx + 1;
		p(`M${num(x)} 6V${fig.prop === 'frame' ? GROUND - 9 : GROUND}`, 2.5);
	}
	return out.join('');
}

export function renderFigure(fig: Figure, opts: RenderOptions = {}): string {
	const moving =
		opts.animate !== false &&
		!opts.icon &&
		opts.at === undefined &&
		!!fig.end &&
		fig.motion === 'cycle';
	const u0 = opts.at ?? stillU(fig);
	const sc = opts.icon ? iconScene(fig) : scene(fig, moving ? SAMPLES : [u0]);
	const still = frameAt(fig, u0);
	const stillS = screen(sc, still);
	const shots = sc.frames.map((f) => screen(sc, f));
	const gs = groups(sc);
	const dep = (g: Group) =>
		g.keys.reduce((sum, k) => sum + depth(sc.view, still.world[k]), 0) / g.keys.length;
	const body = dep(gs[2] as Group);
	// a limb is far when its shoulder or hip is behind the body's middle there
	const root = (g: Group): number => {
		const k = g.keys[0] as Key;
		const mid = k.startsWith('hip') ? still.world.hip : still.world.neck;
		return depth(sc.view, still.world[k]) - depth(sc.view, mid);
	};
	const acc = new Set(fig.acc ?? []);
	const parts: (Part & { z: number })[] = [];
	gs.forEach((g, gi) => {
		const z = dep(g) + gi * 1e-3;
		const far = g.limb !== 'body' && g.limb !== 'head' && root(g) < -1.5;
		const lit = g.limb !== 'body' && acc.has(g.limb);
		const cls = (lit ? 2 : 0) + (far ? 1 : 0);
		const per = moving ? sc.frames.map((f, i) => g.parts(f, shots[i]!)) : [g.parts(still, stillS)];
		(per[0] ?? []).forEach(([, w, fill], j) => {
			const d = per.map((ps) => (ps[j] as [string, number])[0]);
			parts.push({ d, w, cls, fill, z: g.limb === 'head' ? Math.max(z, body + 1.5) : z });
		});
	});
	parts.sort((a, b) => a.z - b.z);
	const dur = 2 * (fig.s ?? 1.5);
	const path = (p: Part) => {
		const d0 = p.d[0] as string;
		const changes = p.d.some((d) => d !== d0);
		const anim = changes
			? `<animate attributeName="d" dur="${dur}s" repeatCount="indefinite" values="${[...p.d, ...p.d.slice(0, -1).reverse()].join(';')}"/>`
			: '';
		const fill = p.fill ? ' fill="currentColor"' : '';
		const d = moving ? (p.d[0] as string) : d0;
		const open = `<path class="k${p.cls}" d="${d}" stroke-width="${p.w}"${fill}`;
		return anim ? `${open}>${anim}</path>` : `${open}/>`;
	};
	const box = opts.icon ? iconBox(fig) : undefined;
	const floor: XY | undefined = box ? [box[0] + 2, box[0] + box[2] - 2] : undefined;
	let inner = props(fig, sc, stillS, floor) + parts.map(path).join('');
	if (fig.prop === 'towel') {
		inner += `<path class="k4" d="${seg(stillS.handA, stillS.toeA)}" stroke-width="1.5"/>`;
	}
	if (fig.arrow) {
		const [k, dir, r, up] = fig.arrow;
		const [x, y] = stillS[k];
		inner += `<path class="k2" d="${arrowPath([x, y + (up ?? 0)], dir, r ?? 7)}" stroke-width="1.6"/>`;
	}
	if (box) {
		const [x, y, side] = box;
		const k = VIEW / side;
		inner = `<g transform="scale(${Math.round(k * 1000) / 1000}) translate(${num(-x)} ${num(-y)})">${inner}</g>`;
	}
	// the side view shows the right side (facing right); mirrored, the left side
	const mirror = opts.side === 'left' ? ` transform="matrix(-1 0 0 1 ${VIEW} 0)"` : '';
	return `<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"${mirror}>${inner}</g>`;
}

/** a whole `<svg>` document, e.g. for tests and previews */
export function figureSvg(fig: Figure, label: string, opts: RenderOptions = {}): string {
	const esc = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" role="img" aria-label="${esc}">${renderFigure(fig, opts)}</svg>`;
}
