/**
 * "Don't show this again" in the player, loaded with its first press (not on the player's
 * first visit): a toggle per exercise, and what it did in one sentence.
 */
import { setAvoided } from '$lib/plan/avoid';

export class AvoidToggle {
	/** exercises put on the avoid list in this play (their buttons are pressed) */
	pressed = $state.raw<string[]>([]);
	/** what the last press did (a polite status) */
	status = $state('');

	/** on the avoid list, or (pressed again) back off it; false when it could not be written */
	async toggle(id: string, name: string): Promise<boolean> {
		const on = !this.pressed.includes(id);
		const { avoid, message } = await setAvoided(id, name, on, true);
		this.status = message;
		if (!avoid) return false;
		this.pressed = on ? [...this.pressed, id] : this.pressed.filter((a) => a !== id);
		return true;
	}
}
