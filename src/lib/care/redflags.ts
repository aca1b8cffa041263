/**
 * Red flags for back pain (CONTENT.md §1: NHS "Back pain"; NICE CKS; Mayo Clinic), in the
 * app's own words. An emergency item stops a back-care routine and says to get help now; an
 * urgent one says to get assessed before exercising, and offers no routine either.
 */
export type RedFlagLevel = 'emergency' | 'urgent';

export interface RedFlag {
	id: string;
	level: RedFlagLevel;
	text: string;
}

export const EMERGENCY_FLAGS: readonly RedFlag[] = [
	{
		id: 'both-legs',
		level: 'emergency',
		text: 'Pain, tingling, weakness or numbness in both legs'
	},
	{
		id: 'saddle',
		level: 'emergency',
		text: 'Numbness around your genitals or buttocks'
	},
	{ id: 'peeing', level: 'emergency', text: 'Difficulty peeing' },
	{
		id: 'control',
		level: 'emergency',
		text: 'Loss of bladder or bowel control'
	},
	{ id: 'chest', level: 'emergency', text: 'Chest pain' },
	{
		id: 'accident',
		level: 'emergency',
		text: 'The pain started after a serious accident or fall'
	}
];

export const URGENT_FLAGS: readonly RedFlag[] = [
	{ id: 'fever', level: 'urgent', text: 'A high temperature with the back pain' },
	{ id: 'weight', level: 'urgent', text: 'Weight loss you cannot explain' },
	{
		id: 'lump',
		level: 'urgent',
		text: 'A lump, swelling or change in the shape of your back'
	},
	{
		id: 'night',
		level: 'urgent',
		text: 'Pain that does not ease with rest, or is worse at night'
	},
	{
		id: 'cough',
		level: 'urgent',
		text: 'Pain that is worse when you cough or sneeze'
	},
	{ id: 'shoulder-blades', level: 'urgent', text: 'Pain between your shoulder blades' },
	{
		id: 'minor-trauma',
		level: 'urgent',
		text: 'Pain after a minor knock or fall when you have a condition or long-term treatment that weakens your bones'
	}
];

/** reasons to see a clinician, not urgently */
export const SEE_A_CLINICIAN: readonly string[] = [
	'No improvement after a few weeks of self-care',
	'Pain that stops you doing your daily activities',
	'You are worried about your pain'
];

export type RedFlagOutcome = 'clear' | 'urgent' | 'emergency';

/** the outcome of a check where the items with these ids were ticked */
export function redFlagOutcome(ticked: Iterable<string>): RedFlagOutcome {
	const ids = new Set(ticked);
	if (EMERGENCY_FLAGS.some((f) => ids.has(f.id))) return 'emergency';
	if (URGENT_FLAGS.some((f) => ids.has(f.id))) return 'urgent';
	return 'clear';
}
