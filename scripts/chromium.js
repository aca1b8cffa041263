// Where the tests find Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, else the
// browser Playwright downloads with `npx playwright install chromium`.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** the Chromium executable to use, or undefined for Playwright's own */
export function chromiumPath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

/** launch options for chromium.launch / launchPersistentContext */
export function launchOptions() {
	return { executablePath: chromiumPath(), args: CHROMIUM_FLAGS };
}
