/**
 * The published guidance the catalogue and the generator rest on (CONTENT.md §1), in our own
 * words: the "Based on" notes of each exercise's page. A module of its own, so the pages that
 * generate routines (which need only `DOSE_RULES`, `guidelines.ts`) do not load these texts.
 */
import type { GuidelineKey } from './types';

export interface Guideline {
	title: string;
	/** the reference, as it would be cited on the About page */
	source: string;
	/** one sentence, our own wording */
	summary: string;
}

export const guidelines: Record<GuidelineKey, Guideline> = {
	'acsm-flexibility': {
		title: 'How long to hold a stretch',
		source: 'ACSM flexibility guidelines (Garber et al., MSSE 2011; ACSM blog, 2021)',
		summary:
			'Most adults gain flexibility from holds of 10 to 30 seconds, older adults may do better with 30 to 60, and stretching at least two or three days a week, ideally daily, works best.'
	},
	'harvard-stretching': {
		title: 'About a minute per muscle group',
		source: 'Harvard Health Publishing, "The ideal stretching routine" (2023)',
		summary:
			'Aim for roughly 60 seconds of stretching per muscle group in total, split into shorter holds such as two of 30 seconds.'
	},
	'mayo-stretching': {
		title: 'Stretch gently, when warm',
		source: 'Mayo Clinic, "Stretching and flexibility" (2024) and "A guide to basic stretches"',
		summary:
			'Stretch after exercise while the muscles are warm, ease into mild tension without pain or bouncing, keep breathing, and repeat two to four times per side.'
	},
	'mayo-warmup': {
		title: 'Warm up for 5 to 10 minutes',
		source: 'Mayo Clinic, "Aerobic exercise: How to warm up and cool down"',
		summary:
			'Start with large muscle groups at an easy pace, then move the way your session will, until you are slightly sweaty but not tired.'
	},
	ramp: {
		title: 'Raise, activate, mobilise, potentiate',
		source: 'Jeffreys, "Warm-up revisited: the RAMP method", UKSCA 2007',
		summary:
			'A warm-up first raises heart rate and body temperature, then wakes up and loosens the muscles and joints, then rehearses the session at rising intensity.'
	},
	'nhs-warmup': {
		title: 'A simple beginner warm-up',
		source: 'NHS Live Well, "How to warm up before exercising" (archived)',
		summary:
			'Marching on the spot, heel digs, knee lifts, shoulder rolls and knee bends make an easy, equipment-free warm-up for beginners.'
	},
	'static-in-warmup': {
		title: 'Short static stretches in a warm-up are fine',
		source: 'Behm & Chaouachi, Eur J Appl Physiol 2011; Blazevich et al., MSSE 2018',
		summary:
			'Brief static holds of up to about 30 seconds inside a dynamic warm-up do no measurable harm, while long holds can blunt power.'
	},
	'mcgill-big-three': {
		title: "McGill's big three",
		source: 'McGill, Phys Ther 1998; McGill, Strength Cond J 2010',
		summary:
			'The curl-up, side bridge and bird dog train the trunk muscles to hold the spine steady while keeping the load on it low.'
	},
	'axler-mcgill': {
		title: 'Curl-ups over sit-ups',
		source: 'Axler & McGill, MSSE 1997',
		summary:
			'Of twelve abdominal exercises measured, the partial curl-up gave the most abdominal work for the least squeezing of the lower spine.'
	},
	'mcgill-dose': {
		title: 'Short holds in a descending pyramid',
		source: "McGill's method as described by practitioners (secondary sources)",
		summary:
			'Hold each repetition for about 10 seconds, do fewer repetitions in each set (such as 6, 4, 2), and only progress once your weakest exercise has caught up.'
	},
	'mcgill-cat-camel': {
		title: 'Cat-camel for gentle spine motion',
		source: 'McGill, Best Health (2009)',
		summary:
			'Five or six slow cycles of rounding and hollowing the back on hands and knees move the spine without loading it.'
	},
	'nhs-back-exercises': {
		title: 'Build up back exercises slowly',
		source:
			'NHS inform, "Exercises for back pain"; Chartered Society of Physiotherapy, "Exercise advice for back pain"',
		summary:
			'Begin with about five repetitions and add one or two every few days, stop if symptoms get worse or new pain appears, and get advice if there is no improvement after two weeks.'
	},
	'mcgill-risky': {
		title: 'Moves we leave out',
		source: 'McGill; Axler & McGill, MSSE 1997; Harvard Health on sit-ups and planks',
		summary:
			'Full sit-ups, the superman, double straight-leg raises and fast twisting with a rounded back load the spine heavily, and gentler moves such as planks train the same muscles.'
	},
	'flexion-caution': {
		title: 'Forward bending: flagged, not banned',
		source: 'Mayo Clinic; McGill; NHS inform; Chartered Society of Physiotherapy',
		summary:
			"Knee-to-chest and child's pose appear in common back-care sheets, but they can irritate a back that dislikes bending forward, and knee-to-chest, like other loaded forward bends and twists, is best avoided with osteoporosis."
	}
};
