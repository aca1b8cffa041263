import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.js';

// a port of its own, so a running `npm start` (4173) is never mistaken for the build under test
// (E2E_PORT lets two runs share a machine)
const port = Number(process.env.E2E_PORT ?? 4174);
export const READINESS_ANSWERED = JSON.stringify({
	answeredAt: '2026-01-01T00:00:00.000Z',
	anyYes: false
});

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'allow',
		// the readiness questions are answered, so the first-run dialog stays away
		// (care.spec.ts starts from empty storage to test it)
		storageState: {
			cookies: [],
			origins: [
				{
					origin: `http://localhost:${port}`,
					localStorage: [{ name: 'limber.readiness', value: READINESS_ANSWERED }]
				}
			]
		},
		launchOptions: launchOptions()
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } }
	],
	webServer: {
		// a fresh build each run: preview does not serve the files of a newer build
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
