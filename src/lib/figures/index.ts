/** Exercise pictures drawn from joint angles: poses, layout, SVG rendering, validation. */
export { FIGURES, figureFor } from './poses';
export { renderFigure, figureSvg } from './render';
export type { RenderOptions } from './render';
export type { Figure, Prop } from './layout';
export type { Pose } from './skeleton';
