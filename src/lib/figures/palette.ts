/**
 * The figures' colours, in one place: `ExerciseFigure.svelte` spells them out in its styles
 * (a unit test holds them equal to `figureCss`) and the list icons' SVG files
 * (`/figures/<id>.svg`) carry `figureCss` in their own `<style>`.
 */

/** figure colours per theme: near body, far limbs, working limb, props */
export const PALETTE = {
	light: { near: '#0f172a', far: '#7a8aa0', acc: '#0f766e', prop: '#64748b' },
	dark: { near: '#e2e8f0', far: '#64748b', acc: '#2dd4bf', prop: '#94a3b8' }
} as const;

type Colour = keyof (typeof PALETTE)['light'];

/** the colour each path class of `renderFigure` draws in, and its opacity when not 1 */
export const CLASS_COLOURS: readonly (readonly [Colour, number?])[] = [
	['near'], // k0 near body
	['far'], // k1 far limbs
	['acc'], // k2 working limb
	['acc', 0.75], // k3 far working limb
	['prop'] // k4 floor, wall, chair, mat
];

const vars = (theme: keyof typeof PALETTE) =>
	Object.entries(PALETTE[theme])
		.map(([name, hex]) => `--fig-${name}:${hex}`)
		.join(';');

/**
 * The figure styles for the element `scope` (e.g. `:root` of an SVG file): each theme's
 * colours as custom properties, the dark ones under `prefers-color-scheme: dark`, and the
 * path classes drawing in them
 */
export function figureCss(scope: string): string {
	return [
		`${scope}{${vars('light')}}`,
		`@media (prefers-color-scheme:dark){${scope}{${vars('dark')}}}`,
		figureClassCss(scope)
	].join('');
}

/** the path classes drawing in the `--fig-*` colours, inside `scope` (or anywhere: '') */
export function figureClassCss(scope = ''): string {
	const inside = scope ? `${scope} ` : '';
	return CLASS_COLOURS.map(
		([colour, opacity], k) =>
			`${inside}.k${k}{color:var(--fig-${colour})${opacity === undefined ? '' : `;opacity:${opacity}`}}`
	).join('');
}
