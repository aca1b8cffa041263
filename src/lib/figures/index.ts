/**
 * Exercise pictures drawn from joint angles: layout, SVG rendering, validation. The poses are
 * in one module per kind (`poses/`), which pages load through `pictures.svelte.ts`, and all at
 * once from `poses/all.ts` for tests and tools.
 */
export { PALETTE, figureSvg, iconBox, renderFigure } from './render';
export type { RenderOptions } from './render';
export { figureClassCss } from './palette';
export type { Figure, Limb, Prop, View } from './layout';
export type { Pose } from './skeleton';
