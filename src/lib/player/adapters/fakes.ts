/**
 * Fake adapters for running the player's state classes in Node: clocks the test moves (the
 * wall clock can jump on its own), a timer the test fires, logs of what was said, beeped and
 * vibrated, and resume slots shared by the fake tabs of one `FakeTabs`.
 */
import type { PlayerAdapters, SlotClaim, TabSlots } from './types';

/** the Web Locks of one browser: every fake tab made from it sees the same locks */
export class FakeTabs {
	readonly held = new Set<string>();

	slots(): TabSlots & { closeTab(): void } {
		const mine = new Set<string>();
		return {
			claim: async (id) => {
				if (this.held.has(id)) return null;
				this.held.add(id);
				mine.add(id);
				const claim: SlotClaim = {
					release: () => {
						if (mine.delete(id)) this.held.delete(id);
					}
				};
				return claim;
			},
			held: async () => new Set(this.held),
			closeTab: () => {
				for (const id of mine) this.held.delete(id);
				mine.clear();
			}
		};
	}
}

export interface FakeBrowser {
	adapters: PlayerAdapters;
	spoken: string[];
	beeps: number[];
	vibrations: (number | number[])[];
	wakeLog: string[];
	/** moves both clocks on by `ms` and fires the timers once, like a page that watches */
	advance(ms: number): void;
	/** moves both clocks on by `ms` without firing the timers (a hidden or sleeping tab) */
	sleep(ms: number): void;
	/** moves only the device clock (the user or the network corrected it) */
	jumpWall(ms: number): void;
	setHidden(hidden: boolean): void;
	/** fires the repeating timers once */
	fire(): void;
	/** the tab goes away: its timers stop and its slot claims end */
	closeTab(): void;
	readonly timers: number;
}

export function fakeBrowser(
	opts: { tabs?: FakeTabs; wall?: number; monotonic?: number } = {}
): FakeBrowser {
	let mono = opts.monotonic ?? 1_000;
	let wall = opts.wall ?? Date.UTC(2026, 10, 24, 9);
	let hidden = false;
	const listeners = new Set<() => void>();
	const timers = new Set<() => void>();
	const slots = (opts.tabs ?? new FakeTabs()).slots();
	const fake: FakeBrowser = {
		spoken: [],
		beeps: [],
		vibrations: [],
		wakeLog: [],
		adapters: {
			speech: { speak: (text) => void fake.spoken.push(text), stop: () => {} },
			sound: { unlock: () => {}, beep: (hz) => void fake.beeps.push(hz) },
			vibrate: (pattern) => void fake.vibrations.push(pattern),
			wakeLock: {
				supported: true,
				acquire: async () => void fake.wakeLog.push('acquire'),
				release: async () => void fake.wakeLog.push('release')
			},
			visibility: {
				hidden: () => hidden,
				onChange(listener) {
					listeners.add(listener);
					return () => listeners.delete(listener);
				}
			},
			clocks: { monotonic: () => mono, wall: () => wall },
			every(_ms, run) {
				timers.add(run);
				return () => timers.delete(run);
			},
			slots
		},
		advance(ms) {
			fake.sleep(ms);
			fake.fire();
		},
		sleep(ms) {
			mono += ms;
			wall += ms;
		},
		jumpWall(ms) {
			wall += ms;
		},
		setHidden(value) {
			hidden = value;
			for (const listener of [...listeners]) listener();
		},
		fire() {
			for (const run of [...timers]) run();
		},
		closeTab() {
			timers.clear();
			listeners.clear();
			slots.closeTab();
		},
		get timers() {
			return timers.size;
		}
	};
	return fake;
}
