// `npm run figures:sheet`: a contact sheet of every exercise picture, for review by eye.
// Writes figures-sheet/index.html (all exercises) and, with Chromium, one PNG per page of
// rows: name, steps, start, mid-movement and end frames at 200 px, and the 48 px list icon in
// the light and dark theme, with any validation message. `-- <id>…` limits it to those ids.
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { launchOptions } from './chromium.js';

const OUT = resolve(process.env.SHEET_DIR ?? 'figures-sheet');
const PER_PAGE = 6;
const only = process.argv.slice(2);

/** the figures module and the catalogue, bundled for Node */
async function load() {
	const dir = mkdtempSync(join(tmpdir(), 'limber-sheet-'));
	const entry = join(dir, 'entry.js');
	writeFileSync(
		entry,
		"export * from '$lib/figures';\nexport { FIGURES, figureFor } from '$lib/figures/poses/all';\nexport { validateFigure } from '$lib/figures/validate';\nexport { exercises } from '$lib/catalogue';\nexport { ALL_TEXTS } from '$lib/catalogue/texts/all';\n"
	);
	try {
		await build({
			configFile: false,
			logLevel: 'silent',
			resolve: { alias: { $lib: resolve('src/lib') } },
			build: {
				outDir: dir,
				emptyOutDir: false,
				minify: false,
				lib: { entry, formats: ['es'], fileName: 'sheet' }
			}
		});
		return await import(pathToFileURL(join(dir, 'sheet.js')).href);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const esc = (/** @type {string} */ s) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {{ light: Record<string, string>, dark: Record<string, string> }} palette
 * @param {string} classes the path classes' rules (`figureClassCss`)
 */
function css(palette, classes) {
	const vars = (/** @type {Record<string, string>} */ p) =>
		`--fig-near:${p.near};--fig-far:${p.far};--fig-acc:${p.acc};--fig-prop:${p.prop}`;
	return `body{font:13px system-ui,sans-serif;margin:12px;background:#fff;color:#0f172a}
table{border-collapse:collapse}td{border-top:1px solid #cbd5e1;padding:4px 6px;vertical-align:top}
th{font-weight:600;text-align:left;padding:2px 6px}
.text{width:290px}.text h2{font-size:14px;margin:0 0 2px}.text ol{margin:0;padding-left:16px}
.text .meta{color:#475569}.err{color:#b91c1c;font-size:11px;white-space:pre-wrap}
.light{${vars(palette.light)};background:#f8fafc}.dark{${vars(palette.dark)};background:#0b1220}
.big{${vars(palette.light)};background:#f8fafc}
svg{display:block}${classes}
.icons div{padding:6px;margin-bottom:4px}`;
}

const m = await load();
const list = m.exercises.filter(
	(/** @type {{ id: string }} */ e) => !only.length || only.includes(e.id)
);
/** @param {any} fig @param {object} opts @param {number} size @param {string} label */
const svg = (fig, opts, size, label) =>
	`<svg viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-label="${esc(label)}">${m.renderFigure(fig, { animate: false, ...opts })}</svg>`;

const rows = list.map((/** @type {any} */ e) => {
	const fig = m.figureFor(e.id);
	if (!fig)
		return `<tr><td class="text"><h2>${esc(e.name)}</h2></td><td colspan="4" class="err">no figure</td></tr>`;
	const errors = m.validateFigure(fig, e.position);
	if (errors.length) console.log(`${e.id}: ${errors.slice(0, 4).join('; ')}`);
	const cycle = fig.motion === 'cycle' && fig.end;
	const frame = (/** @type {number} */ u, /** @type {string} */ what) =>
		`<td class="big">${cycle || u === 0 ? svg(fig, { at: u }, 200, `${e.name}, ${what}`) : ''}</td>`;
	const view = typeof fig.view === 'number' ? `turned ${fig.view}°` : (fig.view ?? 'side');
	return `<tr>
<td class="text"><h2>${esc(e.name)}</h2><div class="meta">${esc(e.id)} · ${e.position}${e.perSide ? ' · per side' : ''} · ${view} · ${fig.motion}${fig.still ? ` · still ${fig.still}` : ''}</div>
<ol>${(m.ALL_TEXTS[e.id]?.steps ?? []).map((/** @type {string} */ s) => `<li>${esc(s)}</li>`).join('')}</ol>${errors.length ? `<div class="err">${esc(errors.join('\n'))}</div>` : ''}</td>
${frame(0, 'start')}${frame(0.5, 'mid-movement')}${frame(1, 'end')}
<td class="icons"><div class="light">${svg(fig, { icon: true }, 48, `${e.name} icon`)}</div><div class="dark">${svg(fig, { icon: true }, 48, `${e.name} icon, dark`)}</div></td>
</tr>`;
});

const head = `<tr><th>exercise</th><th>start</th><th>mid</th><th>end</th><th>48 px</th></tr>`;
const page = (/** @type {string[]} */ rs, /** @type {string} */ title) =>
	`<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><style>${css(m.PALETTE, m.figureClassCss())}</style><table>${head}${rs.join('')}</table>`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'index.html'), page(rows, `Limber figures: ${list.length} exercises`));
console.log(`${list.length} exercises: ${join(OUT, 'index.html')}`);

const browser = await chromium.launch(launchOptions()).catch((/** @type {Error} */ err) => {
	console.log(`no Chromium, HTML only (${err.message.split('\n')[0]})`);
	return undefined;
});
if (browser) {
	try {
		const tab = await browser.newPage({ viewport: { width: 1060, height: 800 } });
		for (let i = 0; i * PER_PAGE < rows.length; i++) {
			const name = `page-${String(i + 1).padStart(2, '0')}.png`;
			await tab.setContent(page(rows.slice(i * PER_PAGE, (i + 1) * PER_PAGE), name));
			await tab.screenshot({ path: join(OUT, name), fullPage: true });
		}
		console.log(`${Math.ceil(rows.length / PER_PAGE)} PNG pages in ${OUT}`);
	} finally {
		await browser.close();
	}
}
