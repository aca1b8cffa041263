// Issue 16: the list pages' exercise icons are prerendered SVG files (/figures/<id>.svg) shown
// as images, so /plan and /exercises load no figure code; the exercise pages and the player
// still draw theirs (tests/e2e/exercises.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exerciseById, exercises } from '../../src/lib/catalogue';
import { PALETTE } from '../../src/lib/figures/palette';
import { expectImageLoaded } from './helpers';
import { routineFor } from './player-helpers';

// the page's own requests, not the service worker's
test.use({ serviceWorkers: 'block' });

test("the plan's icons are images named by their exercise, and load", async ({ page }) => {
	const { routine } = routineFor({ kind: 'daily', minutes: 25 });
	await page.goto('/plan?kind=daily&min=25&seed=e2e');
	const items = page.getByRole('list', { name: 'Planned exercises' }).getByRole('listitem');
	await expect(items).toHaveCount(routine.items.length);
	for (const [i, item] of routine.items.entries()) {
		const name = exerciseById(item.exerciseId)?.name ?? item.exerciseId;
		const icon = items.nth(i).getByRole('img', { name, exact: true });
		await expect(icon).toHaveAttribute('src', `/figures/${item.exerciseId}.svg`);
		await expectImageLoaded(icon);
	}
});

test("the catalogue's icons are images named by their exercise, and load", async ({ page }) => {
	await page.goto('/exercises');
	// in the catalogue's order (some share a name: the warm-up and core versions of a move)
	const items = page.getByRole('list', { name: 'Exercises' }).getByRole('listitem');
	await expect(items).toHaveCount(exercises.length);
	for (const [i, exercise] of exercises.entries()) {
		const icon = items.nth(i).getByRole('img', { name: exercise.name, exact: true });
		await expect(icon).toHaveAttribute('src', `/figures/${exercise.id}.svg`);
		await expectImageLoaded(icon);
	}
});

test('every icon file is well-formed SVG, served as an image', async ({ page }) => {
	await page.goto('/about');
	const problems = await page.evaluate(
		async (ids) => {
			const out: string[] = [];
			for (const id of ids) {
				const response = await fetch(`/figures/${id}.svg`);
				const type = response.headers.get('content-type') ?? '';
				if (!response.ok || !type.startsWith('image/svg+xml')) out.push(`${id}: ${type}`);
				const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
				const root = doc.documentElement;
				if (doc.querySelector('parsererror')) out.push(`${id}: not well-formed`);
				else if (root.namespaceURI !== 'http://www.w3.org/2000/svg') out.push(`${id}: not SVG`);
				else if (root.querySelectorAll('path').length < 5) out.push(`${id}: no figure`);
			}
			return out;
		},
		exercises.map((e) => e.id)
	);
	expect(problems).toEqual([]);
});

/** the colours of an icon's opaque pixels, drawn at 100 px, as `#rrggbb` */
async function iconColours(page: Page, id: string) {
	return page.evaluate(async (src) => {
		const img = new Image(100, 100);
		img.src = src;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 100;
		const ctx = canvas.getContext('2d');
		if (!ctx) return [];
		ctx.drawImage(img, 0, 0, 100, 100);
		const { data } = ctx.getImageData(0, 0, 100, 100);
		const seen = new Set<string>();
		const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(2, '0');
		for (let i = 0; i < data.length; i += 4)
			if (data[i + 3] === 255) seen.add(`#${hex(data[i])}${hex(data[i + 1])}${hex(data[i + 2])}`);
		return [...seen];
	}, `/figures/${id}.svg`);
}

test("the icons draw in the figure colours of the user's theme", async ({ browser }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto('/about');
		// bird dog: near body, far limbs, the working (lit) limbs and the floor
		const colours = await iconColours(page, 'bird-dog');
		const palette = PALETTE[colorScheme];
		const other = PALETTE[colorScheme === 'light' ? 'dark' : 'light'];
		for (const colour of [palette.near, palette.far, palette.acc, palette.prop])
			expect(colours, colorScheme).toContain(colour);
		expect(colours, colorScheme).not.toContain(other.near);
		await context.close();
	}
});

/** the client chunks of the figure code: the renderer's and each kind's poses */
function figureChunks() {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const poses = Object.entries(manifest)
		.filter(([src]) => src.startsWith('src/lib/figures/'))
		.map(([, chunk]) => `/${chunk.file}`);
	expect(poses.length).toBeGreaterThanOrEqual(4);
	return poses;
}

for (const path of ['/plan?kind=daily&min=25', '/exercises'])
	test(`${path} loads no figure code`, async ({ page }) => {
		const poses = figureChunks();
		const scripts: { path: string; body: string }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.push({ path: new URL(response.url()).pathname, body: await response.text() });
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		await expectImageLoaded(page.getByRole('img').first());
		expect(scripts.length).toBeGreaterThan(3);
		expect(scripts.filter((s) => poses.includes(s.path)).map((s) => s.path)).toEqual([]);
		// the renderer's animation, in whatever chunk it is
		expect(scripts.filter((s) => s.body.includes('repeatCount=')).map((s) => s.path)).toEqual([]);
	});

test('an exercise page still draws its moving picture with the figure code', async ({ page }) => {
	const poses = figureChunks();
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (
			response.request().resourceType() === 'script' &&
			(await response.text()).includes('repeatCount=')
		)
			scripts.push(new URL(response.url()).pathname);
		if (poses.includes(new URL(response.url()).pathname)) scripts.push('poses');
	});
	await page.goto('/exercises');
	await page.locator('a[href="/exercises/glute-bridge"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glute bridge');
	const picture = page.getByRole('img', { name: 'Glute bridge', exact: true });
	await expect(picture.locator('animate').first()).toBeAttached();
	expect(scripts).toContain('poses');
	expect(scripts.length).toBeGreaterThan(1);
});
