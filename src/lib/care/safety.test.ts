import { describe, expect, it } from 'vitest';
import { findMedicineWords } from '$lib/safety/medicine-deny';
import {
	DEFAULT_EMERGENCY_TEXT,
	EMERGENCY_KEY,
	emergencyText,
	loadEmergencyNumber,
	saveEmergencyNumber
} from './emergency';
import { loadReadiness, READINESS_KEY, READINESS_QUESTIONS, saveReadiness } from './readiness';
import { EMERGENCY_FLAGS, redFlagOutcome, SEE_A_CLINICIAN, URGENT_FLAGS } from './redflags';
import type { KeyValueStore } from './storage';

function memoryStore(): KeyValueStore {
	const data = new Map<string, string>();
	return {
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

describe('readiness', () => {
	it('saves and reads back the answer', () => {
		const store = memoryStore();
		expect(loadReadiness(store)).toBeNull();
		const answer = { answeredAt: '2026-01-01T09:00:00.000Z', anyYes: true };
		expect(saveReadiness(answer, store)).toBe(true);
		expect(loadReadiness(store)).toEqual(answer);
	});

	it('ignores what is malformed', () => {
		const store = memoryStore();
		for (const raw of [
			'nope',
			'{}',
			'{"answeredAt":"x","anyYes":true}',
			'{"answeredAt":"2026-01-01","anyYes":"yes"}',
			'[]'
		]) {
			store.setItem(READINESS_KEY, raw);
			expect(loadReadiness(store), raw).toBeNull();
		}
	});

	it('asks the seven questions', () => {
		expect(READINESS_QUESTIONS).toHaveLength(7);
	});
});

describe('emergency number', () => {
	it('defaults to a neutral text', () => {
		const store = memoryStore();
		expect(loadEmergencyNumber(store)).toBeNull();
		expect(emergencyText(loadEmergencyNumber(store))).toBe(DEFAULT_EMERGENCY_TEXT);
	});

	it('saves a number, clears it, and refuses what is not one', () => {
		const store = memoryStore();
		expect(saveEmergencyNumber(' 112 ', store)).toBe(true);
		expect(loadEmergencyNumber(store)).toBe('112');
		expect(saveEmergencyNumber('call mum', store)).toBe(false);
		expect(loadEmergencyNumber(store)).toBe('112');
		expect(saveEmergencyNumber('', store)).toBe(true);
		expect(loadEmergencyNumber(store)).toBeNull();
		store.setItem(EMERGENCY_KEY, '"999"');
		expect(loadEmergencyNumber(store)).toBe('999');
		store.setItem(EMERGENCY_KEY, '<script>');
		expect(loadEmergencyNumber(store)).toBeNull();
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
