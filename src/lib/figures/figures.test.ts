import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { exercises } from '../catalogue';
import ExerciseFigure from '../components/ExerciseFigure.svelte';
import { layout } from './layout';
import { FIGURES, figureFor } from './poses';
import { figureSvg, renderFigure } from './render';
import { validatePose } from './skeleton';
import { validateFigure } from './validate';

describe('exercise figures', () => {
	it('gives every catalogue exercise a figure, and no figure to an unknown id', () => {
		const missing = exercises.filter((e) => !figureFor(e.id)).map((e) => e.id);
		expect(missing, 'add a pose in src/lib/figures/poses.ts').toEqual([]);
		const ids = new Set(exercises.map((e) => e.id));
		expect(Object.keys(FIGURES).filter((id) => !ids.has(id))).toEqual([]);
	});

	it.each(exercises.map((e) => [e.id, e] as const))('%s has valid poses', (_, e) => {
		const fig = figureFor(e.id);
		expect(fig).toBeDefined();
		if (fig) expect(validateFigure(fig, e.position)).toEqual([]);
	});

	it('never animates a hold', () => {
		for (const e of exercises) {
			const fig = figureFor(e.id);
			if (!fig) continue;
			// a move may still be drawn still, e.g. bracing, which has nothing to see
			if (e.mode === 'hold') expect(fig.motion, e.id).toBe('hold');
			const svg = renderFigure(fig);
			expect(svg.includes('class="m"'), e.id).toBe(fig.motion === 'cycle');
		}
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
		const errors = validateFigure({ start: { ha: 30 }, motion: 'hold' }, 'standing');
		expect(errors).toContain('standing without both feet on the ground');
		expect(validateFigure({ start: { ha: 30 }, motion: 'hold', one: 1 }, 'standing')).toEqual([]);
	});

	it('flags lying, kneeling and seated figures off the ground', () => {
		const stand = { start: {}, motion: 'hold' } as const;
		expect(validateFigure(stand, 'lying')).toEqual(['lying without the trunk on the ground']);
		expect(validateFigure(stand, 'kneeling')).toEqual(['kneeling without a knee on the ground']);
		expect(validateFigure(stand, 'seated')).toEqual([
			'seated without the hips on the ground or a chair'
		]);
	});

	it('keeps a planted foot in place between start and end', () => {
		const lay = layout(FIGURES['reverse-lunge']!);
		expect(lay.end?.points.toeA.x).toBeCloseTo(lay.start.points.toeA.x, 5);
	});
});

describe('rendering', () => {
	it('renders a hold', () => {
		expect(figureSvg(FIGURES['standing-quad']!, 'Standing quad stretch')).toMatchSnapshot();
	});

	it('renders a move with its animation', () => {
		expect(figureSvg(FIGURES['glute-bridge']!, 'Glute bridge')).toMatchSnapshot();
	});

	it('renders a front view with a prop', () => {
		expect(figureSvg(FIGURES['neck-side-bend']!, 'Neck side bend')).toMatchSnapshot();
	});

	it('mirrors a per-side figure for the left side', () => {
		const fig = FIGURES['side-bridge-knees']!;
		expect(renderFigure(fig, { side: 'left' })).not.toContain('matrix(-1');
		expect(renderFigure(fig, { side: 'right' })).toContain('matrix(-1 0 0 1 100 0)');
		const quad = FIGURES['standing-quad']!;
		expect(renderFigure(quad, { side: 'left' })).toContain('matrix(-1 0 0 1 100 0)');
		expect(renderFigure(quad, { side: 'right' })).not.toContain('matrix(-1');
	});

	it('draws the static pose without animation when asked', () => {
		const svg = renderFigure(FIGURES['glute-bridge']!, { animate: false });
		expect(svg).not.toContain('class="m"');
		expect(svg).not.toContain('--a');
	});

	it('renders the component on the server with an accessible name', () => {
		const { body } = render(ExerciseFigure, {
			props: { exerciseId: 'standing-quad', name: 'Standing quad stretch', side: 'left', size: 48 }
		});
		expect(body).toMatch(/<svg[^>]*role="img"/);
		expect(body).toContain('aria-label="Standing quad stretch, left side"');
		expect(body).toContain('width="48"');
		expect(body).toContain('<circle');
	});
});
