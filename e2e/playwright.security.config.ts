import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 3710);
export const BASE_URL = `http://localhost:${PORT}`;

/**
 * The security catalogue (OWASP ASVS level 2 chapters, one spec file each) against the
 * production build as `npm start` runs it: one fresh server for the whole suite, each demo
 * account signed in once (global setup), sessions reused from saved storage state.
 * Files run in name order: v11 (rate limits) uses up the sign-in budget, so later chapters
 * never sign in.
 */
export default defineConfig({
  testDir: './security',
  outputDir: '../dist/e2e/security-results',
  globalSetup: './security/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
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
      DATA_DIR: '.data/security',
      LOG_LEVEL: 'warn',
      // The documented defaults, stated here because v11 tests exactly these numbers.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '60',
      RATE_LIMIT_SEARCH_PER_MINUTE: '300',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
