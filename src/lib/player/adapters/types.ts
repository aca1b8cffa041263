/**
 * What the player needs from the browser, as small interfaces. The state classes take them as
 * arguments, so they run in Node with the fakes of `fakes.ts`; `browser.ts` gives the real ones.
 */

export interface Speech {
	speak(text: string): void;
	stop(): void;
}

export interface Sound {
	/** call from a tap: browsers only let audio start from a user gesture */
	unlock(): void;
	beep(hz: number, ms: number): void;
}

export type Vibrate = (pattern: number | number[]) => void;

export interface ScreenWakeLock {
	readonly supported: boolean;
	acquire(): Promise<void>;
	release(): Promise<void>;
}

export interface Visibility {
	hidden(): boolean;
	/** calls `listener` on every change; returns the function that stops it */
	onChange(listener: () => void): () => void;
}

export interface Clocks {
	/** ms that only ever go forwards while the page lives (`performance.now()`) */
	monotonic(): number;
	/** epoch ms of the device clock (`Date.now()`): it may jump either way */
	wall(): number;
}

/** a repeating timer; returns the function that stops it */
export type Every = (ms: number, run: () => void) => () => void;

/** a claim on one routine's resume slot, held while this tab plays it */
export interface SlotClaim {
	release(): void;
}

/**
 * One resume slot per running routine, shared by every tab of the app (Web Locks): a tab
 * claims the slot of the routine it plays, and the claim ends with the tab.
 */
export interface TabSlots {
	/** claims `id` for this tab; null when another tab holds it */
	claim(id: string): Promise<SlotClaim | null>;
	/** the ids some tab holds now */
	held(): Promise<Set<string>>;
}

export interface PlayerAdapters {
	speech: Speech;
	sound: Sound;
	vibrate: Vibrate;
	wakeLock: ScreenWakeLock;
	visibility: Visibility;
	clocks: Clocks;
	every: Every;
	slots: TabSlots;
}
