import { defineConfig } from '@playwright/test';
import { stackConfig } from './support/stack-config';

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
  ...stackConfig({
    baseUrl: BASE_URL,
    port: PORT,
    dataDir: '.data/e2e',
    serverEnv: {
      // All journeys sign in from one address, dozens a minute; the security suite tests the limits.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
      RATE_LIMIT_SEARCH_PER_MINUTE: '0',
    },
  }),
});
