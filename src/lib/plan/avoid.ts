/**
 * "Don't show this again" (the plan page and the player), loaded when it is pressed: the
 * write to the user's avoid list and the sentence that says what it did, kept out of the
 * pages' first visit.
 */
import { avoidExerciseChange, restoreExercise } from '$lib/storage/avoid';

export interface AvoidOutcome {
	/** the avoid list as stored now; null when it could not be written */
	avoid: string[] | null;
	/** one sentence for a status region */
	message: string;
	/** false when it was on the list already (an earlier choice, not this press's) */
	changed: boolean;
}

/**
 * Puts `id` on the avoid list (`on`) or takes it off. `playing`: pressed in the player, where
 * the routine on screen goes on as it is.
 */
export async function setAvoided(
	id: string,
	name: string,
	on: boolean,
	playing = false
): Promise<AvoidOutcome> {
	try {
		const { settings, changed } = on
			? await avoidExerciseChange(id)
			: { settings: await restoreExercise(id), changed: true };
		const { avoid } = settings;
		const after = playing
			? 'This routine carries on as planned.'
			: 'You can restore it in Settings.';
		return {
			avoid,
			changed,
			message: on
				? `Won't be suggested again: ${name}. ${after}`
				: `Back in your routines: ${name}.`
		};
	} catch (error) {
		const why = error instanceof Error && error.message ? ` ${error.message}` : '';
		const lead = on && !playing ? 'Left out of this plan, but could' : 'Could';
		return {
			avoid: null,
			changed: false,
			message: `${lead} not be ${on ? 'remembered' : 'restored'} for next time: ${name}.${why}`
		};
	}
}
