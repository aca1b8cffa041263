import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.js';

// a port of its own, so a running `npm start` (4173) is never mistaken for the build under test
const port = 4174;

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
