/**
 * The app never talks about medicines (CONTENT.md §4): no drug names, no dosages, no pill
 * suggestions. A test scans every shipped text for these words and fails on any hit.
 *
 * Matching is whole-word and case-insensitive, with regular plurals ("tablets",
 * "NSAIDs"): "pillow", "tabletop", "capsular" and "aspiring" pass. Multi-word terms
 * accept a space or a hyphen between words ("pain-killer"). Two deliberate limits:
 * - "mg" counts only after a number ("200 mg", "5mg"), so a minified identifier `mg`
 *   in a build does not trip it;
 * - a few fixed phrases where a listed word means something else are masked first
 *   (`ALLOWED_PHRASES`: "sports medicine", "phone or tablet", "joint capsule").
 *
 * Pure: no I/O, safe to run over a whole production build.
 */

export const MEDICINE_WORDS: readonly string[] = [
	// named medicines: over-the-counter and prescription pain and spasm treatments
	'ibuprofen',
	'acetaminophen',
	'paracetamol',
	'naproxen',
	'aspirin',
	'diclofenac',
	'celecoxib',
	'meloxicam',
	'ketoprofen',
	'codeine',
	'morphine',
	'oxycodone',
	'hydrocodone',
	'tramadol',
	'opioid',
	'opiate',
	'carisoprodol',
	'cyclobenzaprine',
	'methocarbamol',
	'tizanidine',
	'baclofen',
	'diazepam',
	'pregabalin',
	'gabapentin',
	'lidocaine',
	// "long-term steroids" weaken bones, but the app says "a treatment that weakens your bones"
	'steroid',
	'corticosteroid',
	// common brand names
	'tylenol',
	'advil',
	'motrin',
	'aleve',
	'nurofen',
	'panadol',
	'voltaren',
	// generic medicine words
	'muscle relaxant',
	'painkiller',
	'pain reliever',
	'analgesic',
	'nsaid',
	'anti-inflammatory',
	'anti-inflammatories',
	'medication',
	'medicine',
	'drug',
	'tablet',
	'pill',
	'capsule',
	'dosage',
	'mg'
];

/** phrases where a listed word is not about medicines; masked before matching */
export const ALLOWED_PHRASES: readonly RegExp[] = [
	// ACSM and its journal, cited as sources
	/sports\s+medicine/giu,
	/medicine\s+(?:and|&|&amp;)\s+science\s+in\s+sports/giu,
	// devices
	/(?:phones?|mobiles?)\s*(?:,|\/|or|and)\s*tablets?/giu,
	/tablets?\s*(?:,|\/|or|and)\s*(?:phones?|laptops?|desktops?|computers?)/giu,
	// anatomy
	/(?:joint|shoulder|hip)\s+capsules?/giu
];

/** letters, digits and `_` make up a word; anything else is a boundary */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** compounds also written as two words */
const SPLIT: Readonly<Record<string, string>> = { painkiller: 'pain killer' };

function pattern(word: string): RegExp {
	// a unit counts only right after a number: "200 mg", "2.5mg"
	if (word === 'mg') return new RegExp(`${BEFORE}\\d+(?:[.,]\\d+)?\\s?mg${AFTER}`, 'iu');
	// words between may be joined by a space, a hyphen or nothing ("pain-killer")
	const body = (SPLIT[word] ?? word)
		.split(/[\s-]+/)
		.map(escape)
		.join('[\\s-]*');
	// a plural already ("anti-inflammatories") stays as it is; others take an optional s/es
	const plural = word.endsWith('ies') ? '' : '(?:e?s)?';
	return new RegExp(`${BEFORE}${body}${plural}${AFTER}`, 'iu');
}

const PATTERNS: readonly (readonly [string, RegExp])[] = MEDICINE_WORDS.map((w) => [w, pattern(w)]);

/** the listed terms found in `text`, each once, in list order */
export function findMedicineWords(text: string): string[] {
	const masked = ALLOWED_PHRASES.reduce((t, allowed) => t.replace(allowed, ' '), text);
	return PATTERNS.filter(([, re]) => re.test(masked)).map(([word]) => word);
}

export function hasMedicineWords(text: string): boolean {
	return findMedicineWords(text).length > 0;
}
