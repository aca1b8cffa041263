// Renders the app icons (static/icons/*.png) from the SVG sources with Chromium.
// Run once after changing static/icons/icon.svg: `node scripts/icons.js`.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchOptions } from './chromium.js';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
// maskable: full-bleed background, figure inside the central 80 % safe zone
const maskable = svg
	.replace(/rx="\d+"/, 'rx="0"')
	.replace('<g id="figure"', '<g id="figure" transform="translate(51.2 51.2) scale(0.8)"');

const targets = [
	{ file: 'icon-192.png', size: 192, source: svg },
	{ file: 'icon-512.png', size: 512, source: svg },
	{ file: 'icon-maskable-512.png', size: 512, source: maskable },
	// iOS draws its own rounded corners and ignores transparency
	{ file: 'apple-touch-icon.png', size: 180, source: maskable }
];

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
for (const { file, size, source } of targets) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`
	);
	writeFileSync(`static/icons/${file}`, await page.screenshot({ omitBackground: true }));
}
writeFileSync('static/favicon.svg', svg);
await browser.close();
