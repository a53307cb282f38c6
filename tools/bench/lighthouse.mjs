// Lighthouse (issue 8) in the system's Chromium – no browser download: performance and
// accessibility of the key pages for a signed-in user (the session cookie goes along as a header).
// Desktop preset (the portal is used at office desks): Lighthouse's desktop config with its
// simulated throttling. Plain ESM because Lighthouse is an ES module.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

/** Runs per page (median reported); LIGHTHOUSE_RUNS overrides. */
const RUNS_PER_PAGE = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);

export const LIGHTHOUSE_PAGES = [
  { name: 'Start', path: '/start' },
  { name: 'Neuigkeiten', path: '/neuigkeiten' },
  { name: 'Kampagnen', path: '/kampagnen' },
  { name: 'Suche', path: '/suche?q=Jobcenter' },
];

/**
 * @param {{ baseUrl: string, cookie: string, chromePath?: string }} options
 * @returns {Promise<{ name: string, path: string, performance: number, accessibility: number, fcpMs: number, lcpMs: number, tbtMs: number, cls: number, shifts: string[], speedIndexMs: number, performanceRuns: number[], failedAudits: string[] }[]>}
 */
export async function runLighthouse({ baseUrl, cookie, chromePath = '/usr/bin/chromium' }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      // Several runs per page, the median by performance: TBT is real CPU time and varies from run
      // to run. A run whose trace broke (e.g. NO_NAVSTART) is repeated, not counted.
      const runs = [];
      for (let attempt = 0; runs.length < RUNS_PER_PAGE && attempt < RUNS_PER_PAGE + 2; attempt++) {
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
        if (lhr.runtimeError) {
          console.warn(`Lighthouse ${page.path}: ${lhr.runtimeError.code}, Lauf wird wiederholt.`);
          continue;
        }
        runs.push(summarise(lhr));
      }
      if (!runs.length) throw new Error(`Lighthouse ${page.path}: kein gültiger Lauf.`);
      const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
      results.push({
        name: page.name,
        path: page.path,
        ...median,
        performanceRuns: runs.map((run) => run.performance),
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** The figures of one run that the report needs. */
function summarise(lhr) {
  const score = (key) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const accessibilityAudits = lhr.categories.accessibility?.auditRefs ?? [];
  return {
    finalUrl: lhr.finalDisplayedUrl,
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcpMs: Math.round(metric('first-contentful-paint')),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    // What moved (the element with the biggest share of each shift), so a shift seen only in the
    // bench's runs can be traced: e.g. „0.059 ul.gallery“.
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${Math.round(item.score * 1000) / 1000} ${item.node?.selector ?? item.node?.snippet ?? '?'}`,
    ),
    speedIndexMs: Math.round(metric('speed-index')),
    failedAudits: accessibilityAudits
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}
