/** Short texts for the UI. */
import type { RoutineItem } from './types';

/** seconds as m:ss — 600 → "10:00", 65 → "1:05" */
export function formatDuration(sec: number): string {
	const s = Math.max(0, Math.round(Number.isFinite(sec) ? sec : 0));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The dose in a few words: "2 × 30 s each side", "6-4-2 reps, 5 s holds", "10 reps", "60 s".
 */
export function describeDose(item: RoutineItem): string {
	const side = item.perSide ? ' each side' : '';
	const times = item.sets > 1 ? `${item.sets} × ` : '';
	switch (item.mode) {
		case 'hold':
			return `${times}${item.holdSec} s${side}`;
		case 'timed':
			return `${times}${item.workSec} s${side}`;
		case 'reps': {
			const first = item.reps[0] ?? 0;
			const same = item.reps.every((r) => r === first);
			const count = same ? `${times}${first} reps` : `${item.reps.join('-')} reps`;
			const holds = item.holdSec > 0 ? `, ${item.holdSec} s holds` : '';
			return `${count}${side}${holds}`;
		}
	}
}
