import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { contentGroup, exercises } from '../catalogue';
import { ALL_TEXTS } from '../catalogue/texts/all';
import ExerciseFigure from '../components/ExerciseFigure.svelte';
import { GROUND, bottom, frameAt, movedLimbs, scene, stillU } from './layout';
import type { Figure, Frame } from './layout';
import { FIGURES, figureFor } from './poses/all';
import { POSE_LOADERS, exerciseFigures } from './pictures.svelte';
import { PALETTE, figureSvg, iconBox, renderFigure } from './render';
import { KEYS, validatePose } from './skeleton';
import { CHECKS, inView, validateFigure } from './validate';

const fig = (id: string) => FIGURES[id] as Figure;

describe('exercise figures', () => {
	it("keeps each picture in the module of its exercise's group", async () => {
		for (const [group, load] of Object.entries(POSE_LOADERS)) {
			expect(Object.keys(await load()).sort(), group).toEqual(
				exercises
					.filter((e) => contentGroup(e) === group)
					.map((e) => e.id)
					.sort()
			);
		}
	});

	it('gives every catalogue exercise a figure, and no figure to an unknown id', () => {
		const missing = exercises.filter((e) => !figureFor(e.id)).map((e) => e.id);
		expect(missing, 'add a pose in src/lib/figures/poses.ts').toEqual([]);
		const ids = new Set(exercises.map((e) => e.id));
		expect(Object.keys(FIGURES).filter((id) => !ids.has(id))).toEqual([]);
	});

	// ranges, the picture box, and contacts on both poses and at sampled frames
	it.each(exercises.map((e) => [e.id, e] as const))('%s has valid poses', (_, e) => {
		const f = figureFor(e.id);
		expect(f).toBeDefined();
		if (f) expect(validateFigure(f, e.position)).toEqual([]);
	});

	it('animates every cycle and never a hold', () => {
		for (const e of exercises) {
			const f = fig(e.id);
			if (e.mode === 'hold') expect(f.motion, e.id).toBe('hold');
			const svg = renderFigure(f);
			expect(svg.includes('<animate'), e.id).toBe(f.motion === 'cycle');
		}
	});

	it('names the limbs that move, and the poses move exactly those', () => {
		const wrong: string[] = [];
		for (const e of exercises) {
			const f = fig(e.id);
			if (f.motion !== 'cycle' || !f.end) {
				expect(f.moves, e.id).toBeUndefined();
				continue;
			}
			wrong.push(
				...(String([...(f.moves ?? [])].sort()) === String(movedLimbs(f.start, f.end).sort())
					? []
					: [`${e.id}: ${movedLimbs(f.start, f.end).join(' ')}`])
			);
		}
		expect(wrong).toEqual([]);
	});

	it('moves an arm and the leg of the other side where the steps say opposite', () => {
		const opposite = exercises.filter(
			(e) =>
				(ALL_TEXTS[e.id]?.steps ?? []).some((s) => /opposite (leg|hand|arm)/i.test(s)) &&
				fig(e.id).end
		);
		expect(opposite.map((e) => e.id)).toEqual(
			expect.arrayContaining(['dead-bug', 'bird-dog', 'knee-lifts-opposite-hand'])
		);
		for (const e of opposite) {
			const f = fig(e.id);
			const moved = movedLimbs(f.start, f.end ?? f.start);
			const pairs = (['A', 'B'] as const).filter(
				(x) =>
					moved.includes(`arm${x}`) &&
					moved.includes(x === 'A' ? 'legB' : 'legA') &&
					f.acc?.includes(`arm${x}`) &&
					f.acc?.includes(x === 'A' ? 'legB' : 'legA')
			);
			expect(pairs.length, e.id).toBeGreaterThan(0);
		}
	});

	it('keeps planted points planted all through the movement', () => {
		// the bridge turns about the feet while the shoulders stay down
		const bridge = fig('glute-bridge');
		const start = frameAt(bridge, 0).world;
		for (const u of CHECKS) {
			const w = frameAt(bridge, u).world;
			for (const k of ['toeA', 'ankleA', 'neck'] as const) {
				expect(Math.abs(bottom(w[k])), `${k} at ${u}`).toBeLessThan(1.5);
			}
			expect(w.toeA.x).toBeCloseTo(start.toeA.x, 5);
		}
		// and the hips really rise
		expect(frameAt(bridge, 1).world.hip.y - start.hip.y).toBeGreaterThan(6);
		// the inchworm's walking hands never sink through the floor
		const worm = fig('inchworm');
		for (const u of CHECKS) {
			const w = frameAt(worm, u).world;
			expect(Math.min(...KEYS.map((k) => bottom(w[k]))), `u ${u}`).toBeGreaterThan(-1.5);
		}
	});

	it('crops the icon to a square scene with the floor at the bottom', () => {
		for (const e of exercises) {
			const f = fig(e.id);
			const [x, y, side] = iconBox(f);
			expect(side, e.id).toBeGreaterThanOrEqual(50);
			if (f.view !== 'above') expect(y + side, e.id).toBeCloseTo(GROUND + 5, 5);
			const svg = renderFigure(f, { icon: true });
			expect(svg, e.id).toContain(`translate(${Math.round(-x * 10) / 10 || 0} `);
			expect(svg, e.id).not.toContain('<animate');
		}
		// a lying figure keeps to the lower part of its square, a standing one fills it
		const [, y, side] = iconBox(fig('glute-bridge'));
		const top = (id: string) => {
			const w = frameAt(fig(id), stillU(fig(id))).world;
			return GROUND - Math.max(...KEYS.map((k) => w[k].y + w[k].r));
		};
		expect(top('glute-bridge') - y).toBeGreaterThan(side / 2);
		const [, y2] = iconBox(fig('march-on-the-spot'));
		expect(top('march-on-the-spot') - y2).toBeLessThan(10);
	});

	it('lifts a jump off the floor in the second half only', () => {
		const jump = fig('squat-jumps');
		const low = (u: number) => Math.min(...KEYS.map((k) => bottom(frameAt(jump, u).world[k])));
		expect(Math.abs(low(0))).toBeLessThan(0.5);
		expect(Math.abs(low(0.5))).toBeLessThan(0.5);
		expect(low(1)).toBeGreaterThan(3);
	});

	it('centres the chair under the pelvis in a front view', () => {
		for (const id of ['seated-figure-4', 'neck-side-bend', 'neck-turn']) {
			const f = fig(id);
			const sc = scene(f, [0]);
			const [a, b] = sc.seat as [number, number, number];
			const w = frameAt(f, 0).world;
			// seen from the front the screen x is minus the world z
			const pelvis = -(w.hipA.z + w.hipB.z) / 2;
			expect(Math.abs((a + b) / 2 - pelvis), id).toBeLessThan(0.5);
		}
	});

	it('lets an exercise choose its icon pose', () => {
		// squat jumps show the squat, not the standing take-off
		const jump = fig('squat-jumps');
		expect(jump.still).toBe('start');
		expect(renderFigure(jump, { icon: true, animate: false })).toBe(
			renderFigure(jump, { icon: true, at: 0 })
		);
		expect(renderFigure(jump, { icon: true })).not.toBe(renderFigure(jump, { icon: true, at: 1 }));
	});
});

describe('validation', () => {
	it('flags joints outside their range', () => {
		expect(validatePose({ ka: -10, ea: 170 })).toEqual([
			'ea 170 outside 0…155',
			'ka -10 outside 0…160'
		]);
	});

	it('flags a standing figure with a foot in the air', () => {
		const lift: Figure = { start: { ha: 30 }, motion: 'hold', on: { floor: ['toeB'] } };
		expect(validateFigure(lift, 'standing')).toContain('standing without both feet on the floor');
		expect(validateFigure({ ...lift, one: 1 }, 'standing')).toEqual([]);
		// a contact that does not touch
		const claim: Figure = { ...lift, on: { floor: ['toeB', 'toeA'] }, pin: 'toeB' };
		expect(validateFigure(claim, 'standing').join()).toMatch(/start: toeA \d+\.\d off the floor/);
	});

	it('flags an end pose that floats or sinks', () => {
		// hips "lifted" by leaning the trunk the wrong way: the shoulders leave the floor
		const float: Figure = {
			start: { t: -89, n: 15, ha: 45, ka: 95, hb: 45, kb: 95 },
			end: { t: -65, n: 15, ha: 20, ka: 95, hb: 20, kb: 95 },
			motion: 'cycle',
			on: { floor: ['hip', 'chest', 'head', 'toeA', 'toeB'] },
			onEnd: { floor: ['neck', 'toeA', 'toeB'] },
			pin: 'toeA'
		};
		const errors = validateFigure(float, 'lying');
		expect(errors.some((e) => /^end: neck .* off the floor/.test(e))).toBe(true);
		// arms swung through the floor half way
		const sink: Figure = {
			start: { t: -89, sa: -5, sb: -5 },
			end: { t: -89, sa: -5, sb: -5 },
			mid: { t: -89, sa: -40, sb: -40 },
			motion: 'cycle',
			on: { floor: ['hip', 'chest'] },
			pin: 'hip'
		};
		expect(validateFigure(sink, 'lying').join()).toMatch(/into the floor/);
	});

	it('flags a planted point that slides or lifts', () => {
		const slide: Figure = {
			start: { sa: 80, sb: 80 },
			end: { sa: 80, sb: 80, ha: 30, ka: 60, hb: 30, kb: 60 },
			motion: 'cycle',
			on: { floor: ['toeA', 'toeB', 'ankleA', 'ankleB'] },
			pin: 'hip'
		};
		expect(validateFigure(slide, 'standing').join()).toMatch(/planted toeA moves/);
	});

	it('flags a figure outside its picture', () => {
		const lying: Figure = {
			start: { t: -90, sa: 180, sb: 180 },
			motion: 'hold',
			on: { floor: ['hip'] }
		};
		expect(validateFigure(lying, 'lying')).toEqual([]);
		const sc = scene(lying, [0]);
		const f = sc.frames[0] as Frame;
		expect(inView(sc, f, 'still')).toEqual([]);
		// moved left by a quarter of the picture, the hands overhead leave it
		expect(inView({ ...sc, dx: sc.dx - 25 }, f, 'still')).toContain(
			'still: handA outside the picture'
		);
	});

	it('flags lying, kneeling and seated figures off the floor', () => {
		const stand: Figure = { start: {}, motion: 'hold', on: { floor: ['toeA', 'toeB'] } };
		expect(validateFigure(stand, 'lying')).toEqual(['lying without the trunk on the floor']);
		expect(validateFigure(stand, 'kneeling')).toEqual(['kneeling without a knee on the floor']);
		expect(validateFigure(stand, 'seated')).toEqual([
			'seated without the hips on the floor or a chair'
		]);
	});
});

describe('rendering', () => {
	it('renders a hold', () => {
		expect(figureSvg(fig('standing-quad'), 'Standing quad stretch')).toMatchSnapshot();
	});

	it('renders a move with its animation', () => {
		expect(figureSvg(fig('glute-bridge'), 'Glute bridge')).toMatchSnapshot();
	});

	it('renders a front view with a prop', () => {
		expect(figureSvg(fig('neck-side-bend'), 'Neck side bend')).toMatchSnapshot();
	});

	it('renders an icon', () => {
		expect(figureSvg(fig('bird-dog'), 'Bird dog', { icon: true })).toMatchSnapshot();
	});

	it('mirrors a per-side figure for the left side', () => {
		for (const id of ['side-bridge-knees', 'standing-quad']) {
			expect(renderFigure(fig(id), { side: 'left' })).toContain('matrix(-1 0 0 1 100 0)');
			expect(renderFigure(fig(id), { side: 'right' })).not.toContain('matrix(-1');
		}
	});

	it('closes every animated path, so no path ends up inside another', () => {
		const svg = renderFigure(fig('dead-bug'));
		const opened = svg.match(/<path\b[^>]*[^/]>/g) ?? [];
		expect(opened.length).toBeGreaterThan(0);
		expect(svg.match(/<\/path>/g) ?? []).toHaveLength(opened.length);
		expect(svg.match(/<animate\b/g) ?? []).toHaveLength(opened.length);
	});

	it('draws the still pose without animation when asked', () => {
		const svg = renderFigure(fig('glute-bridge'), { animate: false });
		expect(svg).not.toContain('<animate');
		expect(svg).toBe(renderFigure(fig('glute-bridge'), { at: 1 }));
	});

	it('colours the working limbs and the far ones apart', () => {
		const svg = renderFigure(fig('dead-bug'), { animate: false });
		// near working arm, far working leg, far resting arm and leg, the body
		for (const k of ['k0', 'k1', 'k2', 'k3']) expect(svg).toContain(`class="${k}"`);
	});

	it('keeps near and far limbs apart in contrast, in both themes', () => {
		const lum = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => {
				const c = parseInt(hex.slice(i, i + 2), 16) / 255;
				return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			}) as [number, number, number];
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const ratio = (a: string, b: string) => {
			const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
			return (x + 0.05) / (y + 0.05);
		};
		const css = readFileSync('src/app.css', 'utf8');
		const bg = [...css.matchAll(/--bg: (#[0-9a-f]{6})/g)].map((m) => m[1] as string);
		expect(bg).toHaveLength(2);
		const themes = [PALETTE.light, PALETTE.dark];
		themes.forEach((p, i) => {
			expect(ratio(p.near, p.far)).toBeGreaterThanOrEqual(3);
			expect(ratio(p.far, bg[i] as string)).toBeGreaterThanOrEqual(3);
			expect(ratio(p.acc, bg[i] as string)).toBeGreaterThanOrEqual(3);
		});
		// the component uses the same colours
		const component = readFileSync('src/lib/components/ExerciseFigure.svelte', 'utf8');
		for (const p of themes) for (const c of Object.values(p)) expect(component).toContain(c);
	});

	it('renders the component on the server with an accessible name, once its poses loaded', async () => {
		const props = {
			exerciseId: 'standing-quad',
			name: 'Standing quad stretch',
			side: 'left',
			size: 48
		} as const;
		// before: the labelled box, empty
		const before = render(ExerciseFigure, { props }).body;
		expect(before).toContain('aria-label="Standing quad stretch, left side"');
		expect(before).not.toContain('scale(');
		expect(await exerciseFigures.load([props.exerciseId])).toBe(true);
		const { body } = render(ExerciseFigure, { props });
		expect(body).toMatch(/<svg[^>]*role="img"/);
		expect(body).toContain('aria-label="Standing quad stretch, left side"');
		expect(body).toContain('width="48"');
		// small sizes are the cropped icon
		expect(body).toContain('scale(');
	});
});
