/**
 * "Don't show this again" in the player, loaded with its first press (not on the player's
 * first visit): a toggle per exercise, and what it did in one sentence.
 */
import { setAvoided } from '$lib/plan/avoid';

export class AvoidToggle {
	/** exercises put on the avoid list in this play (their buttons are pressed) */
	pressed = $state.raw<string[]>([]);
	/** exercises that were on the list before this play's press */
	earlier = $state.raw<string[]>([]);
	/** what the last press did (a polite status) */
	status = $state('');

	/** on the avoid list, or (pressed again) back off it; false when it could not be written */
	async toggle(id: string, name: string): Promise<boolean> {
		if (this.earlier.includes(id)) {
			// never undo a choice made before this play: Settings is where that is restored
			this.status = `Already left out of your routines: ${name}. Restore it in Settings.`;
			return true;
		}
		const on = !this.pressed.includes(id);
		const { avoid, message, changed } = await setAvoided(id, name, on, true);
		this.status = message;
		if (!avoid) return false;
		// on the list already (an earlier choice): pressed, but pressing again leaves it there
		if (on && !changed) this.earlier = [...this.earlier, id];
		this.pressed = on ? [...this.pressed, id] : this.pressed.filter((a) => a !== id);
		return true;
	}
}
