import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { exercises } from '../catalogue';
import ExerciseIcon from '../components/ExerciseIcon.svelte';
import { entries, GET, prerender } from '../../routes/figures/[id].svg/+server';
import { iconFile } from './icon-file';
import type { Figure } from './layout';
import { CLASS_COLOURS, PALETTE, figureCss } from './palette';
import { FIGURES } from './poses/all';
import { renderFigure } from './render';

/**
 * What keeps `doc` from being well-formed XML, as far as these files go (elements, quoted
 * attributes, text, the five entities; no comments, CDATA or processing instructions): an
 * empty list when it is. The e2e test parses every built file with the browser's own parser.
 */
function xmlProblems(doc: string): string[] {
	const problems: string[] = [];
	const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
	const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
	const open: string[] = [];
	let roots = 0;
	let i = 0;
	while (i < doc.length) {
		const lt = doc.indexOf('<', i);
		const text = doc.slice(i, lt < 0 ? doc.length : lt);
		if (badAmp.test(text)) problems.push(`a bare & in the text at ${i}`);
		if (!open.length && text.trim()) problems.push(`text outside the root at ${i}`);
		if (lt < 0) break;
		tag.lastIndex = lt;
		const m = tag.exec(doc);
		if (!m) {
			problems.push(`not a tag at ${lt}: ${doc.slice(lt, lt + 40)}`);
			break;
		}
		const [whole, closing, name = '', attrs = '', selfClosing] = m;
		const names = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
		if (new Set(names).size !== names.length) problems.push(`a repeated attribute in <${name}>`);
		if (badAmp.test(attrs)) problems.push(`a bare & in <${name}>'s attributes`);
		if (closing) {
			if (attrs || selfClosing) problems.push(`</${name}> with attributes`);
			const top = open.pop();
			if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}>`);
		} else {
			if (!open.length && ++roots > 1) problems.push(`a second root <${name}>`);
			if (!selfClosing) open.push(name);
		}
		i = lt + whole.length;
	}
	if (open.length) problems.push(`unclosed: ${open.join(' > ')}`);
	if (!roots) problems.push('no root element');
	return problems;
}

/** every `--fig-*` declaration and `.kN` rule of a stylesheet, as `media|selector|property:value` */
function figureRules(css: string): string[] {
	const out: string[] = [];
	const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/:global\(([^)]*)\)/g, '$1');
	const block = (body: string, media: string) => {
		for (const [, selector = '', decls = ''] of body.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
			const sel = selector.trim().split(/\s+/).pop() ?? '';
			for (const decl of decls.split(';')) {
				const [prop = '', value = ''] = decl.split(':').map((s) => s.trim());
				if (!prop.startsWith('--fig-') && !/^\.k\d$/.test(sel)) continue;
				if (prop) out.push(`${media}|${/^\.k\d$/.test(sel) ? sel : 'scope'}|${prop}:${value}`);
			}
		}
	};
	const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g;
	for (const [, body = ''] of flat.matchAll(dark)) block(body, 'dark');
	block(flat.replace(dark, ''), 'light');
	return out.sort();
}

const styleOf = (doc: string) => /<style>([\s\S]*?)<\/style>/.exec(doc)?.[1] ?? '';

describe('the list icons as SVG files', () => {
	it('checks well-formedness for real: a broken document is caught', () => {
		const good = iconFile(FIGURES['bird-dog'] as Figure);
		expect(xmlProblems(good)).toEqual([]);
		expect(xmlProblems(good.replace('</svg>', ''))).not.toEqual([]);
		expect(xmlProblems(good.replace('/>', '>'))).not.toEqual([]);
		expect(xmlProblems(good.replace('class="k0"', 'class=k0'))).not.toEqual([]);
		expect(xmlProblems(good.replace('<path', '<path d="x" d="y"'))).not.toEqual([]);
		expect(xmlProblems(good + '<svg/>')).not.toEqual([]);
		expect(xmlProblems(good.replace('<style>', '<style>a&b'))).not.toEqual([]);
	});

	it('prerenders one file per exercise with a picture, the left-out ones too', () => {
		expect(prerender).toBe(true);
		const ids = (entries() as { id: string }[]).map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(exercises.map((e) => e.id).sort());
		expect(ids).toContain('full-sit-up');
	});

	it.each(exercises.map((e) => [e.id] as const))(
		"%s's file is a well-formed, standalone SVG of its still icon",
		async (id) => {
			const figure = FIGURES[id] as Figure;
			const response = await GET({ params: { id } } as Parameters<typeof GET>[0]);
			expect(response.headers.get('content-type')).toBe('image/svg+xml');
			const doc = await response.text();
			expect(doc).toBe(iconFile(figure));
			expect(xmlProblems(doc)).toEqual([]);
			expect(doc).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 100 100"/);
			// exactly the component's icon: the still, cropped pose, nothing moving
			const paths = renderFigure(figure, { icon: true, animate: false });
			expect(doc).toContain(paths);
			expect(paths).toContain('scale(');
			expect(paths.match(/<path /g)?.length).toBeGreaterThan(5);
			expect(doc).not.toContain('<animate');
		}
	);

	it('answers an unknown id with a 404', async () => {
		try {
			await GET({ params: { id: 'no-such-exercise' } } as Parameters<typeof GET>[0]);
			expect.unreachable('an unknown id returned a file');
		} catch (e) {
			expect(isHttpError(e) && e.status).toBe(404);
		}
	});

	it("carries both themes' colours, for every class the renderer draws", () => {
		const rules = figureRules(styleOf(iconFile(FIGURES['bird-dog'] as Figure)));
		for (const [theme, colours] of Object.entries(PALETTE))
			for (const [name, hex] of Object.entries(colours))
				expect(rules).toContain(`${theme}|scope|--fig-${name}:${hex}`);
		CLASS_COLOURS.forEach(([colour, opacity], k) => {
			expect(rules).toContain(`light|.k${k}|color:var(--fig-${colour})`);
			if (opacity !== undefined) expect(rules).toContain(`light|.k${k}|opacity:${opacity}`);
		});
		// every class a picture uses has its colour
		const used = new Set(
			Object.values(FIGURES).flatMap((f) =>
				[...renderFigure(f, { icon: true }).matchAll(/class="(k\d)"/g)].map((m) => m[1])
			)
		);
		for (const k of used) expect(rules.some((r) => r.startsWith(`light|.${k}|color:`))).toBe(true);
	});

	it('has the same colours as ExerciseFigure, in both themes', () => {
		const component = readFileSync('src/lib/components/ExerciseFigure.svelte', 'utf8');
		const css = /<style>([\s\S]*?)<\/style>/.exec(component)?.[1] ?? '';
		expect(figureRules(css)).toEqual(figureRules(figureCss('.figure')));
		// the comparison sees a change: the dark near-body colour, changed in the component
		expect(figureRules(css.replace(PALETTE.dark.near, '#ffffff'))).not.toEqual(
			figureRules(figureCss('.figure'))
		);
		expect(figureRules(css).length).toBe(2 * 4 + 6);
	});

	it('ExerciseIcon shows the file as an image named by the exercise', () => {
		const { body } = render(ExerciseIcon, {
			props: { exerciseId: 'bird-dog', name: 'Bird dog, arm and leg' }
		});
		expect(body).toMatch(/^(<!--[^>]*-->)*<img /);
		expect(body).toContain('src="/figures/bird-dog.svg"');
		expect(body).toContain('alt="Bird dog, arm and leg"');
		expect(body).toContain('width="48"');
		expect(body).toContain('height="48"');
		// no figure drawn in the page: the file is the picture
		expect(body).not.toContain('<path');
	});
});
