import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMedicineWords } from '$lib/safety/medicine-deny';
import { closeLimberDB } from '$lib/storage/connection';
import { freshDB } from '$lib/storage/fixtures';
import { clearPref, loadPref, savePref } from '$lib/storage/prefs';
import type { LimberDatabase } from '$lib/storage/schema';
import { StorageError } from '$lib/storage/errors';
import { DEFAULT_EMERGENCY_TEXT, EMERGENCY_PREF, emergencyText } from './emergency';
import { READINESS_PREF, READINESS_QUESTIONS } from './readiness';
import { EMERGENCY_FLAGS, redFlagOutcome, SEE_A_CLINICIAN, URGENT_FLAGS } from './redflags';

let db: LimberDatabase;
beforeEach(async () => {
	db = await freshDB();
});
afterEach(async () => {
	await closeLimberDB();
});

describe('readiness', () => {
	it('saves and reads back the answer', async () => {
		expect(await loadPref(READINESS_PREF)).toBeUndefined();
		const answer = { answeredAt: '2026-01-01T09:00:00.000Z', anyYes: true };
		await savePref(READINESS_PREF, answer);
		await closeLimberDB();
		expect(await loadPref(READINESS_PREF)).toEqual(answer);
	});

	it('ignores what is malformed, and refuses to write it', async () => {
		for (const raw of [
			'nope',
			{},
			{ answeredAt: 'x', anyYes: true },
			{ answeredAt: '2026-01-01', anyYes: 'yes' },
			[]
		]) {
			await db.put('prefs', raw, 'readiness');
			expect(await loadPref(READINESS_PREF), JSON.stringify(raw)).toBeUndefined();
			await expect(
				savePref(READINESS_PREF, raw as { answeredAt: string; anyYes: boolean })
			).rejects.toBeInstanceOf(StorageError);
		}
	});

	it('asks the seven questions', () => {
		expect(READINESS_QUESTIONS).toHaveLength(7);
	});
});

describe('emergency number', () => {
	it('defaults to a neutral text', async () => {
		expect(await loadPref(EMERGENCY_PREF)).toBeUndefined();
		expect(emergencyText(null)).toBe(DEFAULT_EMERGENCY_TEXT);
	});

	it('saves a number, clears it, and refuses what is not one', async () => {
		await savePref(EMERGENCY_PREF, ' 112 ');
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
		await expect(savePref(EMERGENCY_PREF, 'call mum')).rejects.toBeInstanceOf(StorageError);
		expect(await loadPref(EMERGENCY_PREF)).toBe('112');
		await clearPref(EMERGENCY_PREF);
		expect(await loadPref(EMERGENCY_PREF)).toBeUndefined();
		await db.put('prefs', '<script>', 'emergencyNumber');
		expect(await loadPref(EMERGENCY_PREF)).toBeUndefined();
	});
});

describe('red flags', () => {
	it('stops on any emergency item, advises on urgent ones', () => {
		expect(redFlagOutcome([])).toBe('clear');
		expect(redFlagOutcome(['fever'])).toBe('urgent');
		expect(redFlagOutcome(['fever', 'peeing'])).toBe('emergency');
		expect(redFlagOutcome(['unknown'])).toBe('clear');
	});

	it('says "a treatment that weakens your bones" rather than naming a medicine', () => {
		const trauma = URGENT_FLAGS.find((f) => f.id === 'minor-trauma');
		expect(trauma?.text).toMatch(/condition or long-term treatment that weakens your bones/);
		expect(findMedicineWords('long-term steroids')).toEqual(['steroid']);
		expect(findMedicineWords(trauma?.text ?? '')).toEqual([]);
	});

	it('has unique ids and no medicine words', () => {
		const all = [...EMERGENCY_FLAGS, ...URGENT_FLAGS];
		expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
		const text = [
			...all.map((f) => f.text),
			...SEE_A_CLINICIAN,
			...READINESS_QUESTIONS.map((q) => q.text)
		];
		expect(findMedicineWords(text.join('\n'))).toEqual([]);
	});
});
