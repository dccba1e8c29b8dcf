/**
 * Playwright end-to-end tests against the nginx + php-fpm + MariaDB WordPress site of scripts/lib/stack.sh.
 * Run them with `npm run test:e2e` (starts the stack and re-installs the site first), or with
 * `npx playwright test` when the stack is already up (`bash scripts/lib/stack.sh start`).
 *
 * The browser is Debian's Chromium (/usr/bin/chromium): Playwright's own browser downloads are not reachable.
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = process.env.WEBINARS_E2E_PORT ?? '8889';
const baseURL = process.env.WP_BASE_URL ?? `http://127.0.0.1:${ port }`;
const storageStatePath =
	process.env.STORAGE_STATE_PATH ??
	path.resolve( __dirname, 'artifacts/storage-states/admin.json' );

// Read by @wordpress/e2e-test-utils-playwright (its fixtures and RequestUtils).
process.env.WP_BASE_URL = baseURL;
process.env.STORAGE_STATE_PATH = storageStatePath;
process.env.WP_USERNAME ??= 'admin';
process.env.WP_PASSWORD ??= 'password';

export default defineConfig( {
	testDir: 'tests/e2e',
	outputDir: 'artifacts/test-results',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !! process.env.CI,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		storageState: storageStatePath,
		headless: true,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		actionTimeout: 15_000,
		navigationTimeout: 30_000,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [ { name: 'chromium', use: { browserName: 'chromium' } } ],
} );
