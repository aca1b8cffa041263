/** How to do each left-out move (`../data/excluded.ts`): its steps, cue and any caution, loaded only where they are shown. */
import type { ExerciseText } from '../types';

export const texts: Readonly<Record<string, ExerciseText>> = {
	'full-sit-up': {
		steps: [
			'Lying on your back, knees bent, you curl all the way up to sitting.',
			'Often done with the feet held down, which lets the hip muscles haul the trunk up.'
		],
		cue: 'Try the McGill curl-up instead: it works the abdominals with far less spine load.',
		caution:
			'Left out: each full sit-up bends the loaded spine end to end and squeezes the lower back far more than a curl-up, which works the abdominals as well.'
	},
	superman: {
		steps: [
			'Lying face down, you lift both arms, chest and both legs off the floor at once.',
			'The lower back is arched hard while the back muscles hold the lift.'
		],
		cue: 'Try the bird dog instead: one arm and one leg at a time, back kept level.',
		caution:
			'Left out: lifting arms and legs together from lying face down presses the arched lower back hard. The bird dog works the same back muscles with far less load.'
	},
	'russian-twist': {
		steps: [
			'Sitting leaned back with a rounded back, feet often off the floor.',
			'The trunk twists quickly from side to side, often holding a weight.'
		],
		cue: 'Try side bridges instead: they train the side of the trunk with the spine still.',
		caution:
			'Left out: fast twisting with a rounded, loaded back combines the two motions sensitive backs tolerate least.'
	},
	'double-leg-raise': {
		steps: [
			'Lying on your back, you lift both straight legs together, then lower them.',
			'As the legs come down, the hip muscles pull the lower back into an arch.'
		],
		cue: 'Try the dead bug or lying toe taps instead: one leg at a time, back kept down.',
		caution:
			'Left out: lowering both straight legs tugs the lower back into an arch under load, which sensitive backs often tolerate poorly.'
	}
};
