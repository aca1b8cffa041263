/**
 * The first-run readiness check, paraphrased from PAR-Q-style questions: a "yes" to any of
 * them means "talk to a health professional before starting", shown as a lasting banner.
 * The app stays usable either way.
 */
import { isRecord } from '$lib/is-record';
import type { Pref } from '$lib/storage/prefs';

export interface Readiness {
	/** ISO 8601 instant of the answer */
	answeredAt: string;
	/** at least one question was answered yes */
	anyYes: boolean;
}

export const READINESS_QUESTIONS: readonly { id: string; text: string }[] = [
	{ id: 'heart', text: 'You have a heart condition.' },
	{ id: 'chest', text: 'You get chest pain, at rest or when you are active.' },
	{ id: 'dizzy', text: 'You lose your balance from dizziness, or you have fainted.' },
	{ id: 'joint', text: 'You have a bone or joint problem that activity makes worse.' },
	{ id: 'pregnant', text: 'You are pregnant or have given birth in the last few months.' },
	{ id: 'recovering', text: 'You are recovering from an injury or an operation.' },
	{
		id: 'supervised',
		text: 'A doctor, physiotherapist or other clinician has told you to exercise only under supervision.'
	}
];

/** a saved answer, or null when what was read back is missing or malformed */
export function parseReadiness(value: unknown): Readiness | null {
	if (!isRecord(value)) return null;
	const { answeredAt, anyYes } = value;
	if (typeof anyYes !== 'boolean' || typeof answeredAt !== 'string') return null;
	if (Number.isNaN(Date.parse(answeredAt))) return null;
	return { answeredAt, anyYes };
}

/** the stored answer, in the `prefs` store */
export const READINESS_PREF: Pref<Readiness> = {
	key: 'readiness',
	read: (raw) => parseReadiness(raw) ?? undefined
};
