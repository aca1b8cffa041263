/**
 * User-facing labels of the catalogue's vocabularies. No exercise data: a page that needs only
 * labels (Settings) imports this module, not `$lib/catalogue`, which brings every exercise.
 */
import type { BackFlag, Equipment, Kind, Level, Position, RampPhase, RegionId } from './types';

export const REGION_LABELS: Record<RegionId, string> = {
	neck: 'Neck',
	shoulders: 'Shoulders',
	chest: 'Chest',
	'upper-back': 'Upper back',
	'lower-back': 'Lower back',
	abdominals: 'Abdominals',
	obliques: 'Sides of the trunk',
	'hip-flexors': 'Hip flexors',
	glutes: 'Glutes and hips',
	adductors: 'Inner thighs',
	quadriceps: 'Front of the thighs',
	hamstrings: 'Hamstrings',
	calves: 'Calves',
	triceps: 'Triceps',
	forearms: 'Forearms and wrists'
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
	mat: 'Mat',
	wall: 'Wall',
	chair: 'Chair'
};

export const KIND_LABELS: Record<Kind, string> = {
	warmup: 'Warm-up',
	core: 'Core',
	stretch: 'Stretch'
};

export const LEVEL_LABELS: Record<Level, string> = {
	beginner: 'Beginner',
	intermediate: 'Intermediate',
	advanced: 'Advanced'
};

export const POSITION_LABELS: Record<Position, string> = {
	standing: 'Standing',
	kneeling: 'Kneeling',
	seated: 'Seated',
	lying: 'Lying'
};

export const RAMP_LABELS: Record<RampPhase, string> = {
	raise: 'Raise',
	activate: 'Activate',
	mobilise: 'Mobilise',
	potentiate: 'Potentiate'
};

export const BACK_FLAG_LABELS: Record<BackFlag, string> = {
	ok: 'Back-neutral',
	flex: 'Forward bend',
	ext: 'Backward bend',
	rot: 'Twist or side bend',
	impact: 'Impact',
	exclude: 'Left out'
};

/** one short line for the user about what the flag means for their back */
export const BACK_FLAG_NOTES: Record<BackFlag, string> = {
	ok: 'Keeps the spine in a neutral position under a light load.',
	flex: 'Bends the spine forward: skip it if forward bending aggravates your back.',
	ext: 'Arches the lower back: keep it gentle and skip it if arching aggravates your back.',
	rot: 'Twists or side-bends the spine: keep it gentle and skip it if that aggravates your back.',
	impact: 'Involves jumping or jogging: left out of back-friendly and low-impact routines.',
	exclude: 'Loads the spine heavily: never put in a routine, listed only to explain why.'
};

/** which way a flagged exercise moves the spine, for the back-friendly markers */
export const BACK_DIRECTIONS: Partial<Record<BackFlag, string>> = {
	flex: 'Bends forward',
	ext: 'Arches back',
	rot: 'Twists or bends sideways'
};

/**
 * The back-friendly marker of a flex, ext or rot exercise ("Arches back: skip it if it
 * aggravates your back."); undefined for the others.
 */
export function backMarker(flag: BackFlag): string | undefined {
	const direction = BACK_DIRECTIONS[flag];
	return direction ? `${direction}: skip it if it aggravates your back.` : undefined;
}

export const regionLabel = (id: RegionId): string => REGION_LABELS[id];
export const equipmentLabel = (id: Equipment): string => EQUIPMENT_LABELS[id];
export const backFlagLabel = (flag: BackFlag): string => BACK_FLAG_LABELS[flag];
export const backFlagNote = (flag: BackFlag): string => BACK_FLAG_NOTES[flag];
