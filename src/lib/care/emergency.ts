/**
 * The emergency number the user chose (999, 112, 911 … differ by country, CONTENT.md §1),
 * shown in the red-flag guidance; "your local emergency number" until one is chosen.
 */
import type { Pref } from '$lib/storage/prefs';

export const DEFAULT_EMERGENCY_TEXT = 'your local emergency number';

/** digits with the usual separators and dialling signs, up to 20 characters */
const NUMBER = /^[0-9+*#() -]{2,20}$/;

/** a cleaned number, or null when `value` is not one */
export function parseEmergencyNumber(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim().replace(/\s+/g, ' ');
	return NUMBER.test(trimmed) && /\d/.test(trimmed) ? trimmed : null;
}

/** the chosen number, in the `prefs` store (cleared when emptied) */
export const EMERGENCY_PREF: Pref<string> = {
	key: 'emergencyNumber',
	read: (raw) => parseEmergencyNumber(raw) ?? undefined
};

/** what the guidance says to call */
export function emergencyText(number: string | null): string {
	return number ?? DEFAULT_EMERGENCY_TEXT;
}
