import { error } from '@sveltejs/kit';
import { exercises } from '$lib/catalogue';
import { iconFile } from '$lib/figures/icon-file';
import { figureFor } from '$lib/figures/poses/all';
import type { EntryGenerator, RequestHandler } from './$types';

// the list icons as image files, written at build time (build/figures/<id>.svg): every
// exercise with a picture, the left-out ones too
export const prerender = true;

export const entries: EntryGenerator = () =>
	exercises.filter(({ id }) => figureFor(id)).map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const figure = figureFor(params.id);
	if (!figure) error(404, 'No picture by that name');
	return new Response(iconFile(figure), { headers: { 'content-type': 'image/svg+xml' } });
};
