// What the exercise pictures add to the pages that show them: the pose data and renderer
// ($lib/figures) and the ExerciseFigure component, minified and gzipped, svelte itself apart.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';

const ALL =
	"export { default } from '$lib/components/ExerciseFigure.svelte';\nexport * from '$lib/figures';\nexport { FIGURES } from '$lib/figures/poses/all';\n";
const POSES = "export { FIGURES } from '$lib/figures/poses/all';\n";

/** the pictures' cost: everything, and the pose data alone (the rest is renderer and component)
 * @returns {Promise<{ raw: number, gzip: number, poses: { raw: number, gzip: number } }>} */
export async function benchFigures() {
	return { ...(await size(ALL)), poses: await size(POSES) };
}

/** @param {string} code @returns {Promise<{ raw: number, gzip: number }>} */
async function size(code) {
	const dir = mkdtempSync(join(tmpdir(), 'limber-figures-'));
	const entry = join(dir, 'entry.js');
	writeFileSync(entry, code);
	try {
		const output = await build({
			configFile: false,
			logLevel: 'silent',
			plugins: [svelte({ compilerOptions: { css: 'injected' } })],
			resolve: { alias: { $lib: resolve('src/lib') } },
			build: {
				write: false,
				minify: true,
				lib: { entry, formats: ['es'], fileName: 'figures' },
				rollupOptions: { external: (id) => id === 'svelte' || id.startsWith('svelte/') }
			}
		});
		const results = Array.isArray(output) ? output : [output];
		let raw = 0;
		let gzip = 0;
		for (const result of results) {
			if (!('output' in result)) continue;
			for (const chunk of result.output) {
				const code = chunk.type === 'chunk' ? chunk.code : String(chunk.source);
				raw += Buffer.byteLength(code);
				gzip += gzipSync(code, { level: 9 }).length;
			}
		}
		return { raw, gzip };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
