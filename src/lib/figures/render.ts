/**
 * Renders a figure to the inside of a 100 × 100 `<svg>` as a string: nested groups, one per
 * joint, so a move is a rotation of each group between its start and end angle (CSS custom
 * properties `--a` → `--b`, animated by the component's `.m` rule). The static transforms are
 * the shown pose, used when the animation is off (reduced motion, holds).
 */
import { layout } from './layout';
import type { Figure } from './layout';
import { GROUND, HEAD_Y, LEN, LIMB_R, SEG, VIEW, footLength } from './skeleton';
import type { Frame } from './skeleton';

export interface RenderOptions {
	side?: 'left' | 'right';
	/** emit the start → end animation for cycles (default true) */
	animate?: boolean;
}

const num = (v: number) => String(Math.round(v * 10) / 10 || 0);

function attr([x, y, r, m]: Frame): string {
	const t = x || y ? `translate(${num(x)} ${num(y)})` : '';
	return [t, m ? 'scale(-1 1)' : '', num(r) === '0' ? '' : `rotate(${num(r)})`]
		.filter(Boolean)
		.join(' ');
}

const css = ([x, y, r, m]: Frame) =>
	`translate(${num(x)}px,${num(y)}px)${m ? ' scale(-1,1)' : ''} rotate(${num(r)}deg)`;

const line = (len: number, w?: number) =>
	`<path d="M0 0V${num(len)}"${w ? ` stroke-width="${w}"` : ''}/>`;

export function renderFigure(fig: Figure, opts: RenderOptions = {}): string {
	const lay = layout(fig);
	const shown = lay.end ?? lay.start;
	const front = shown.pose.f === 1;
	const moving = opts.animate !== false && lay.end !== undefined;
	const g = (i: number, inner: string) => {
		const a = lay.start.frames[i] as Frame;
		const b = shown.frames[i] as Frame;
		const t = attr(b);
		const anim =
			moving && css(a) !== css(b) ? ` class="m" style="--a:${css(a)};--b:${css(b)}"` : '';
		return `<g${t ? ` transform="${t}"` : ''}${anim}>${inner}</g>`;
	};
	const seg = (i: number, inner = '') => g(i, line(SEG[i] as number) + inner);
	const foot = (i: number) => g(i, line(footLength(shown.pose)));
	const leg = (i: number) => seg(i, seg(i + 1, foot(i + 2)));
	const arm = (i: number) => seg(i, seg(i + 1));
	const tw = front ? 11 : 7;
	const yaw = ((shown.pose.y ?? 0) * Math.PI) / 180;
	const nose = -LEN.head * (front ? Math.sin(yaw) : Math.cos(yaw));
	const head = g(
		2,
		`${line(LEN.neck)}<circle cy="${HEAD_Y}" r="${LEN.head}" fill="currentColor" stroke="none"/>` +
			`<circle cx="${num(nose)}" cy="${HEAD_Y - 0.5}" r="1.8" fill="currentColor" stroke="none"/>`
	);
	// limb B behind the body, muted in the side view where it is the far limb
	const back = g(0, leg(10) + g(1, arm(5)));
	const body = g(0, leg(7) + line(LEN.trunk, tw) + g(1, line(LEN.trunk, tw) + head + arm(3)));
	const props: string[] = [`<path d="M2 ${GROUND}H${VIEW - 2}"/>`];
	if (lay.chair) {
		const [x1, x2, y] = lay.chair;
		const back = fig.prop === 'bench' ? x2 : x1;
		const rest = front ? '' : `M${num(back)} ${num(y)}V${num(y - 16)}`;
		props.push(
			`<path d="M${num(x1)} ${num(y)}H${num(x2)}M${num(x1 + 1)} ${num(y)}V${GROUND}M${num(x2 - 1)} ${num(y)}V${GROUND}${rest}"/>`
		);
	}
	for (const [x, a, b] of lay.walls ?? []) props.push(`<path d="M${num(x)} ${a}V${b}"/>`);
	let towel = '';
	if (lay.towel) {
		const [h, t] = lay.towel;
		towel = `<path d="M${num(h.x)} ${num(h.y)}L${num(t.x)} ${num(t.y)}" stroke-width="1.5"/>`;
	}
	const inner =
		`<g stroke-width="2" style="color:var(--muted)" opacity=".7">${props.join('')}</g>` +
		(front ? back : `<g style="color:var(--muted)">${back}</g>`) +
		body +
		towel;
	// the side view shows the right side (facing right); the front view has the figure's left
	// on the right of the picture
	const flip = front ? opts.side === 'right' : opts.side === 'left';
	const mirror = flip ? ` transform="matrix(-1 0 0 1 ${VIEW} 0)"` : '';
	const speed = moving && fig.s ? ` style="--d:${fig.s}s"` : '';
	return `<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="${LIMB_R * 2}"${mirror}${speed}>${inner}</g>`;
}

/** a whole `<svg>` document, e.g. for tests and previews */
export function figureSvg(fig: Figure, label: string, opts: RenderOptions = {}): string {
	const esc = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" role="img" aria-label="${esc}">${renderFigure(fig, opts)}</svg>`;
}
