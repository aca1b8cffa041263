// Fails in one line, before any test runs, when no Chromium can be found.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.js';

const path = chromiumPath() ?? chromium.executablePath();
if (!existsSync(path)) {
	console.error(
		`No Chromium found at ${path} (tried CHROME_PATH, else /usr/bin/chromium, else Playwright's own): install one with \`sudo apt-get install chromium\` or \`npx playwright install chromium\`, or set CHROME_PATH.`
	);
	process.exit(1);
}
