import { describe, expect, it } from 'vitest';
import { BACK_FLAG_LABELS, BACK_FLAG_NOTES, REGION_LABELS, exercises } from '$lib/catalogue';
import { guidelines } from '$lib/catalogue/guideline-notes';
import { ALL_TEXTS } from '$lib/catalogue/texts/all';
import { MEDICINE_WORDS, findMedicineWords, hasMedicineWords } from '$lib/safety/medicine-deny';

/** a plural the way people write it */
const plural = (word: string) => (word.endsWith('ies') ? word : `${word}s`);
const upper = (word: string) => word.toUpperCase();
const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "mg" counts only after a number; every other term stands on its own */
const asWritten = (word: string) => (word === 'mg' ? '400 mg' : word);

describe('findMedicineWords', () => {
	it('lists each term once, in lower case', () => {
		expect(new Set(MEDICINE_WORDS).size).toBe(MEDICINE_WORDS.length);
		for (const w of MEDICINE_WORDS) expect(w).toBe(w.toLowerCase());
		for (const w of [
			'ibuprofen',
			'acetaminophen',
			'paracetamol',
			'naproxen',
			'aspirin',
			'codeine',
			'opioid',
			'tramadol',
			'carisoprodol',
			'pregabalin',
			'cyclobenzaprine',
			'diclofenac',
			'muscle relaxant',
			'painkiller',
			'tablet',
			'pill',
			'capsule',
			'dosage',
			'mg',
			'medication',
			'medicine',
			'analgesic',
			'nsaid'
		]) {
			expect(MEDICINE_WORDS).toContain(w);
		}
	});

	it.each(MEDICINE_WORDS.map((w) => [w]))(
		'finds "%s" alone, in a sentence and in capitals',
		(w) => {
			const text = asWritten(w);
			expect(findMedicineWords(text)).toContain(w);
			expect(findMedicineWords(`After the walk, try some ${text} before bed.`)).toContain(w);
			expect(findMedicineWords(upper(text))).toContain(w);
			expect(findMedicineWords(`${title(text)}, then rest.`)).toContain(w);
			expect(findMedicineWords(`(${text})`)).toContain(w);
		}
	);

	it.each(MEDICINE_WORDS.filter((w) => w !== 'mg').map((w) => [w]))(
		'finds the plural of "%s"',
		(w) => {
			expect(findMedicineWords(`Two ${plural(w)} a day.`)).toContain(w);
		}
	);

	it('accepts the usual spellings of compounds and units', () => {
		expect(findMedicineWords('a pain-killer')).toEqual(['painkiller']);
		expect(findMedicineWords('Pain killers help')).toEqual(['painkiller']);
		expect(findMedicineWords('Muscle-relaxants')).toEqual(['muscle relaxant']);
		expect(findMedicineWords('NSAIDs')).toEqual(['nsaid']);
		expect(findMedicineWords('an anti-inflammatory gel')).toEqual(['anti-inflammatory']);
		expect(findMedicineWords('anti-inflammatories')).toEqual(['anti-inflammatories']);
		expect(findMedicineWords('take 2.5mg')).toEqual(['mg']);
		expect(findMedicineWords('200 MG daily')).toEqual(['mg']);
	});

	it('reports every distinct term once, in list order', () => {
		expect(findMedicineWords('Ibuprofen tablets, ibuprofen gel, or aspirin')).toEqual([
			'ibuprofen',
			'aspirin',
			'tablet'
		]);
	});

	it('matches whole words only', () => {
		for (const innocent of [
			'Rest your head on a pillow.',
			'Pillows under the knees help.',
			'Knees bent over the hips in a tabletop shape.',
			'A capsular stretch for the shoulder.',
			'Aspiring to touch your toes?',
			'Drugstore? No: a drugstore-free plan.',
			'Medicinal herbs are not discussed here.',
			'mg',
			'img mg2 x.mg=1',
			'const mg = a + b;',
			'iVBORw0KGgo5mg+AAA',
			'The dose of exercise: 2 × 30 s each side.',
			'Hold for 10 s, then do 6-4-2 repetitions.',
			'Spills, skills and drills.',
			'Opinions differ; see your physiotherapist.'
		]) {
			expect(findMedicineWords(innocent), innocent).toEqual([]);
		}
	});

	it('lets through the fixed phrases where a listed word means something else', () => {
		expect(findMedicineWords('American College of Sports Medicine')).toEqual([]);
		expect(findMedicineWords('Medicine & Science in Sports & Exercise')).toEqual([]);
		expect(findMedicineWords('Works on any phone or tablet.')).toEqual([]);
		expect(findMedicineWords('Tablets and phones alike.')).toEqual([]);
		expect(findMedicineWords('The joint capsule of the hip.')).toEqual([]);
		// …but only those phrases
		expect(findMedicineWords('Sports medicine aside, take a medicine.')).toEqual(['medicine']);
		expect(findMedicineWords('a tablet after meals')).toEqual(['tablet']);
	});

	it('agrees with hasMedicineWords', () => {
		expect(hasMedicineWords('A paracetamol a day')).toBe(true);
		expect(hasMedicineWords('A walk a day')).toBe(false);
	});

	it('is pure: the same text always gives the same answer', () => {
		const text = 'Codeine? Codeine!';
		expect(findMedicineWords(text)).toEqual(findMedicineWords(text));
		expect(findMedicineWords(text)).toEqual(['codeine']);
	});
});

describe('the catalogue has no medicine words', () => {
	const texts: [string, string][] = [
		...exercises.flatMap((e): [string, string][] => [
			[`${e.id} name`, e.name],
			...(ALL_TEXTS[e.id]?.steps ?? []).map((s, i): [string, string] => [
				`${e.id} step ${i + 1}`,
				s
			]),
			[`${e.id} cue`, ALL_TEXTS[e.id]?.cue ?? ''],
			[`${e.id} caution`, ALL_TEXTS[e.id]?.caution ?? '']
		]),
		...Object.entries(guidelines).flatMap(([k, g]): [string, string][] => [
			[`${k} title`, g.title],
			[`${k} source`, g.source],
			[`${k} summary`, g.summary]
		]),
		...Object.entries(REGION_LABELS),
		...Object.entries(BACK_FLAG_LABELS),
		...Object.entries(BACK_FLAG_NOTES)
	];

	it('scans a real amount of text', () => {
		expect(texts.length).toBeGreaterThan(400);
	});

	it('finds no hit anywhere', () => {
		const hits = texts
			.map(([where, text]) => [where, findMedicineWords(text)] as const)
			.filter(([, found]) => found.length > 0);
		expect(hits).toEqual([]);
	});
});
