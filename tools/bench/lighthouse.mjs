// Lighthouse (issue 8) in the system's Chromium – no browser download: performance and
// accessibility of the key pages for a signed-in user (the session cookie goes along as a header).
// Desktop preset (the portal is used at office desks): Lighthouse's desktop config with its
// simulated throttling. Plain ESM because Lighthouse is an ES module.
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

/** Runs per page (median reported); LIGHTHOUSE_RUNS overrides. */
const RUNS_PER_PAGE = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);

/** Where each run's full Lighthouse report (JSON) is kept. */
const REPORT_DIR = 'dist/bench/lighthouse';

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
        runs.push({ ...summarise(lhr), shifts: layoutShifts(runnerResult.artifacts) });
        // The full report of each run, for what the summary leaves out (e.g. a shift without culprits).
        mkdirSync(REPORT_DIR, { recursive: true });
        writeFileSync(`${REPORT_DIR}/${page.name}-${runs.length}.json`, JSON.stringify(lhr));
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
    speedIndexMs: Math.round(metric('speed-index')),
    failedAudits: accessibilityAudits
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}

/**
 * The run's layout shifts from its trace — score, then each moved box as width×height and its
 * vertical move — so a shift seen only in the bench can be traced. (Lighthouse's own audit
 * „layout-shifts“ and its TraceElements fail with this Chromium: the RootCauses gatherer breaks.)
 */
function layoutShifts(artifacts) {
  const trace = artifacts?.Trace ?? artifacts?.traces?.defaultPass;
  return (trace?.traceEvents ?? [])
    .filter((event) => event.name === 'LayoutShift' && !event.args?.data?.had_recent_input)
    .map(({ args: { data } }) => {
      const boxes = (data.impacted_nodes ?? []).map(
        ({ old_rect: [, fromY, width, height], new_rect: [, toY] }) => `${width}×${height} y ${fromY}→${toY}`,
      );
      return `${Math.round(data.score * 1000) / 1000}: ${boxes.join(', ') || '?'}`;
    });
}
