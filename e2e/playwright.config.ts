import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

/**
 * Journeys per role against the stack as `npm start` runs it (fresh data directory), in
 * Debian's Chromium — Playwright's own browser downloads are not possible on these machines.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: '../dist/e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node e2e/support/fresh-server.mjs',
    cwd: '..',
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: String(PORT),
      DATA_DIR: '.data/e2e',
      LOG_LEVEL: 'warn',
      // All journeys sign in from one address, dozens a minute; the security suite tests the limits.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
      RATE_LIMIT_SEARCH_PER_MINUTE: '0',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
