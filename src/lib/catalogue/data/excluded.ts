/**
 * Popular core moves that load the spine heavily (CONTENT.md §1, "risky for sensitive
 * backs"). Never generated: listed only so the app can explain why they are left out and
 * what to do instead. The dose is what people typically do, for reference.
 */
import type { Exercise } from '../types';
import { reps } from './shared';

export const excluded: readonly Exercise[] = [
	{
		id: 'full-sit-up',
		name: 'Full sit-up',
		kind: 'core',
		mode: 'reps',
		regions: ['abdominals', 'hip-flexors'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'exclude',
		position: 'lying',
		dose: reps(10, 5, 15, 3),
		intensity: 2,
		steps: [
			'Lying on your back, knees bent, you curl all the way up to sitting.',
			'Often done with the feet held down, which lets the hip muscles haul the trunk up.'
		],
		cue: 'Try the McGill curl-up instead: it works the abdominals with far less spine load.',
		caution:
			'Left out: each full sit-up bends the loaded spine end to end and squeezes the lower back far more than a curl-up, which works the abdominals as well.',
		guidelines: ['mcgill-risky', 'axler-mcgill']
	},
	{
		id: 'superman',
		name: 'Superman',
		kind: 'core',
		mode: 'reps',
		regions: ['lower-back', 'glutes'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'exclude',
		position: 'lying',
		dose: reps(8, 5, 12, 5, 2),
		intensity: 2,
		steps: [
			'Lying face down, you lift both arms, chest and both legs off the floor at once.',
			'The lower back is arched hard while the back muscles hold the lift.'
		],
		cue: 'Try the bird dog instead: one arm and one leg at a time, back kept level.',
		caution:
			'Left out: lifting arms and legs together from lying face down presses the arched lower back hard. The bird dog works the same back muscles with far less load.',
		guidelines: ['mcgill-risky']
	},
	{
		id: 'russian-twist',
		name: 'Russian twist',
		kind: 'core',
		mode: 'reps',
		regions: ['obliques', 'abdominals'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'exclude',
		position: 'seated',
		dose: reps(16, 10, 20, 2),
		intensity: 3,
		steps: [
			'Sitting leaned back with a rounded back, feet often off the floor.',
			'The trunk twists quickly from side to side, often holding a weight.'
		],
		cue: 'Try side bridges instead: they train the side of the trunk with the spine still.',
		caution:
			'Left out: fast twisting with a rounded, loaded back combines the two motions sensitive backs tolerate least.',
		guidelines: ['mcgill-risky']
	},
	{
		id: 'double-leg-raise',
		name: 'Double leg raise',
		kind: 'core',
		mode: 'reps',
		regions: ['hip-flexors', 'abdominals'],
		perSide: false,
		level: 'intermediate',
		equipment: ['mat'],
		back: 'exclude',
		position: 'lying',
		dose: reps(10, 5, 15, 4),
		intensity: 2,
		steps: [
			'Lying on your back, you lift both straight legs together, then lower them.',
			'As the legs come down, the hip muscles pull the lower back into an arch.'
		],
		cue: 'Try the dead bug or lying toe taps instead: one leg at a time, back kept down.',
		caution:
			'Left out: lowering both straight legs tugs the lower back into an arch under load, which sensitive backs often tolerate poorly.',
		guidelines: ['mcgill-risky']
	}
];
