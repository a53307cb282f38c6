import { defineConfig } from '@playwright/test';
import { stackConfig } from './support/stack-config';

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
  ...stackConfig({
    baseUrl: BASE_URL,
    port: PORT,
    dataDir: '.data/security',
    serverEnv: {
      // The documented defaults, stated here because v11 tests exactly these numbers.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '60',
      RATE_LIMIT_SEARCH_PER_MINUTE: '300',
    },
  }),
});
