import { error } from '@sveltejs/kit';
import { exerciseById, exercises } from '$lib/catalogue';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => exercises.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const exercise = exerciseById(params.id);
	if (!exercise) error(404, 'No exercise by that name');
	return { exercise };
};
