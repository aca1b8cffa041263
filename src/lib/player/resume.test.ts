import { describe, expect, it } from 'vitest';
import { RESUME_CATCH_UP_MS, resumeAt } from './resume';

const SAVED = 1_800_000_000_000;
const TOTAL = 600_000;
const playing = { elapsedMs: 120_000, savedAt: SAVED, paused: false };

describe('resumeAt', () => {
	it('a reload soon after a save while playing: where it had got to by now', () => {
		expect(resumeAt(playing, SAVED + 3_500, TOTAL)).toBe(123_500);
		expect(resumeAt(playing, SAVED + RESUME_CATCH_UP_MS, TOTAL)).toBe(120_000 + RESUME_CATCH_UP_MS);
	});

	it('outside the bounds (left for longer, or the clock went back): exactly where saved', () => {
		expect(resumeAt(playing, SAVED + RESUME_CATCH_UP_MS + 1, TOTAL)).toBe(120_000);
		expect(resumeAt(playing, SAVED + 3_600_000, TOTAL)).toBe(120_000);
		expect(resumeAt(playing, SAVED - 1, TOTAL)).toBe(120_000);
		expect(resumeAt(playing, SAVED - 86_400_000, TOTAL)).toBe(120_000);
	});

	it('paused when saved: where it was paused', () => {
		expect(resumeAt({ ...playing, paused: true }, SAVED + 3_500, TOTAL)).toBe(120_000);
	});

	it('never at the end, and never from a corrupt position', () => {
		expect(resumeAt({ ...playing, elapsedMs: TOTAL - 1_000 }, SAVED + 30_000, TOTAL)).toBe(
			TOTAL - 1
		);
		expect(resumeAt({ ...playing, elapsedMs: NaN }, SAVED, TOTAL)).toBe(0);
		expect(resumeAt({ ...playing, elapsedMs: -5 }, SAVED, TOTAL)).toBe(0);
	});
});
