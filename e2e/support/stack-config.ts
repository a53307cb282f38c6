import { devices, type PlaywrightTestConfig } from '@playwright/test';

/**
 * What every Playwright suite of this repository shares: Debian's Chromium (Playwright's own
 * browser downloads are not possible on these machines), German locale and time zone, and one
 * fresh production server (`npm start` on an empty data directory) for the whole run.
 */
export function stackConfig(options: {
  baseUrl: string;
  port: number;
  dataDir: string;
  serverEnv: Record<string, string>;
}): Pick<PlaywrightTestConfig, 'use' | 'projects' | 'webServer'> {
  return {
    use: {
      baseURL: options.baseUrl,
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
      url: `${options.baseUrl}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      env: { PORT: String(options.port), DATA_DIR: options.dataDir, LOG_LEVEL: 'warn', ...options.serverEnv },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  };
}
