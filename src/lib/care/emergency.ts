/**
 * The emergency number the user chose (999, 112, 911 … differ by country, CONTENT.md §1),
 * shown in the red-flag guidance; "your local emergency number" until one is chosen.
 */
import { browserStorage, removeKey } from './storage';

export const EMERGENCY_KEY = 'limber.emergencyNumber';
export const DEFAULT_EMERGENCY_TEXT = 'your local emergency number';

/** digits with the usual separators and dialling signs, up to 20 characters */
const NUMBER = /^[0-9+*#() -]{2,20}$/;

/** a cleaned number, or null when `value` is not one */
export function parseEmergencyNumber(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim().replace(/\s+/g, ' ');
	return NUMBER.test(trimmed) && /\d/.test(trimmed) ? trimmed : null;
}

/** the saved number (plain text; a JSON string is accepted too), or null */
export function loadEmergencyNumber(store = browserStorage()): string | null {
	let raw: string | null | undefined;
	try {
		raw = store?.getItem(EMERGENCY_KEY);
	} catch {
		// blocked storage reads as "not chosen"
		return null;
	}
	if (raw == null) return null;
	if (raw.startsWith('"')) {
		try {
			return parseEmergencyNumber(JSON.parse(raw));
		} catch {
			return null;
		}
	}
	return parseEmergencyNumber(raw);
}

/**
 * Saves a number, or clears it for an empty value. Returns false for something that is not
 * a number, or when storage refuses (nothing is saved then).
 */
export function saveEmergencyNumber(value: string, store = browserStorage()): boolean {
	if (value.trim() === '') {
		removeKey(EMERGENCY_KEY, store);
		return true;
	}
	const number = parseEmergencyNumber(value);
	if (number === null || !store) return false;
	try {
		store.setItem(EMERGENCY_KEY, number);
		return true;
	} catch {
		// quota or blocked storage
		return false;
	}
}

/** what the guidance says to call */
export function emergencyText(number: string | null): string {
	return number ?? DEFAULT_EMERGENCY_TEXT;
}
