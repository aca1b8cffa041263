import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

const themeColor = '#0f766e';

/** the modules of `first-visit`, the chunk every page loads (paths as regular expressions) */
const FIRST_VISIT_MODULES = [
	String.raw`node_modules[\\/]@sveltejs[\\/]kit[\\/]src[\\/](runtime|utils|exports)[\\/]`,
	String.raw`node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]disclose-version`,
	String.raw`node_modules[\\/]idb[\\/]`,
	String.raw`src[\\/]routes[\\/]\+(layout|error)\.svelte`,
	String.raw`src[\\/]lib[\\/]components[\\/](FirstRun|NavIcon|StorageBanner|ReadinessBanner)\.svelte`,
	String.raw`src[\\/]lib[\\/]pwa[\\/](install|update)\.svelte\.ts`,
	String.raw`src[\\/]lib[\\/](storage[\\/](connection|errors|tx|schema|changes|prefs|settings|records|legacy|upgrade|active)|is-record|dates|adapters[\\/]clock|today[\\/]prefs|care[\\/](readiness|readiness\.svelte|permission)|plan[\\/]defaults|progress[\\/]types|catalogue[\\/]types|routine[\\/](format|link|request|minutes|types))\.ts`
];

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// a waiting version is applied only when the user accepts: a workout may be running
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				id: '/',
				name: 'Limber — warm-up, core and stretch',
				short_name: 'Limber',
				description:
					'Warm-up, back-friendly core and post-workout stretch routines, generated to the minute and guided offline.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				lang: 'en',
				theme_color: themeColor,
				background_color: '#f8fafc',
				categories: ['health', 'fitness', 'lifestyle'],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					},
					{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
				]
			},
			workbox: {
				// with the lists' exercise icons, prerendered files served at /figures/<id>.svg
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webmanifest}',
					'prerendered/**/*.html',
					'prerendered/pages/figures/*.svg'
				],
				// /plan?kind=core and the like are the prerendered /plan page with a query
				ignoreURLParametersMatching: [/.*/],
				// any other address (an unknown route, `/plan/`): the app's own not-found page,
				// prerendered and precached like every page
				navigateFallback: '/not-found',
				cleanupOutdatedCaches: true
			},
			kit: { includeVersionFile: true }
		})
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// what a first visit of Today needs besides Svelte, as one file rather than a
							// dozen small ones: each file costs its own import lines and gzip overhead
							// (tests/e2e/budget.spec.ts), and one gzip stream compresses better; later pages
							// share it. Every page needs all of it: Kit's client, the layout and its parts
							// (1.5 KB less on every page than as chunks of their own)
							name: 'first-visit',
							test: new RegExp(FIRST_VISIT_MODULES.join('|'))
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// property tests run hundreds of cases: on a busy 2-core machine 5 s is not enough, and
		// a timeout here is a hang detector, never a speed goal (those are in `npm run bench`)
		testTimeout: 60_000
	}
});
