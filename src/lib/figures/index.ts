/** Exercise pictures drawn from joint angles: poses, layout, SVG rendering, validation. */
export { FIGURES, figureFor } from './poses';
export { PALETTE, figureSvg, iconBox, renderFigure } from './render';
export type { RenderOptions } from './render';
export type { Figure, Limb, Prop, View } from './layout';
export type { Pose } from './skeleton';
