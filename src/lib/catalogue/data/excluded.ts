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
		guidelines: ['mcgill-risky']
	}
];
