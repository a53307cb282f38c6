// Lighthouse (issue 8) in the system's Chromium – no browser download: performance and
// accessibility of the key pages for a signed-in user (the session cookie goes along as a header).
// Desktop preset (the portal is used at office desks): Lighthouse's desktop config with its
// simulated throttling. Plain ESM because Lighthouse is an ES module.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const LIGHTHOUSE_PAGES = [
  { name: 'Start', path: '/start' },
  { name: 'Neuigkeiten', path: '/neuigkeiten' },
  { name: 'Kampagnen', path: '/kampagnen' },
  { name: 'Suche', path: '/suche?q=Jobcenter' },
];

/**
 * @param {{ baseUrl: string, cookie: string, chromePath?: string }} options
 * @returns {Promise<{ name: string, path: string, performance: number, accessibility: number, lcpMs: number, tbtMs: number, failedAudits: string[] }[]>}
 */
export async function runLighthouse({ baseUrl, cookie, chromePath = '/usr/bin/chromium' }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const runnerResult = await lighthouse(
        new URL(page.path, baseUrl).toString(),
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      const lhr = runnerResult?.lhr;
      if (!lhr) throw new Error(`Lighthouse lieferte kein Ergebnis für ${page.path}.`);
      if (lhr.runtimeError) throw new Error(`Lighthouse ${page.path}: ${lhr.runtimeError.message}`);
      const score = (key) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
      const accessibilityAudits = lhr.categories.accessibility?.auditRefs ?? [];
      results.push({
        name: page.name,
        path: page.path,
        finalUrl: lhr.finalDisplayedUrl,
        performance: score('performance'),
        accessibility: score('accessibility'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        failedAudits: accessibilityAudits
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
