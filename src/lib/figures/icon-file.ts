/**
 * The list icon of an exercise as a standalone SVG file, prerendered to `/figures/<id>.svg`
 * (`src/routes/figures/[id].svg/+server.ts`): the still pose, cropped like `ExerciseFigure`'s
 * icon, with the figure colours of both themes in its own `<style>`. The list pages show
 * these files as images, so they load no figure code.
 */
import { VIEW, type Figure } from './layout';
import { figureCss } from './palette';
import { renderFigure } from './render';

export function iconFile(fig: Figure): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" width="${VIEW}" height="${VIEW}">` +
		`<style>${figureCss(':root')}</style>` +
		renderFigure(fig, { icon: true, animate: false }) +
		'</svg>'
	);
}
