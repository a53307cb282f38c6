// `npm audit --omit=dev`: fails on high or critical advisories of the production dependencies.
// When the registry's audit endpoint cannot be reached (e.g. a mirror answering 405), it warns
// clearly and does not fail – the check then has to run where the registry is reachable (CI).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}

const error =
  report.error ??
  (report.message ? { summary: report.message } : null) ??
  (result.status !== 0 && !report.metadata ? { summary: result.stderr } : null);
if (error && !report.metadata?.vulnerabilities) {
  const reason = [error.code, error.summary, error.detail, report.message]
    .filter(Boolean)
    .join(' – ')
    .split('\n')[0];
  console.warn(
    `WARNUNG: npm audit konnte die Sicherheitsmeldungen nicht abrufen (${reason || 'keine Antwort'}).\n` +
      'Die Abhängigkeiten wurden NICHT geprüft. Bitte dort wiederholen, wo die Registry erreichbar ist.',
  );
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const severe = Object.entries(report.vulnerabilities ?? {}).filter(([, entry]) =>
  ['high', 'critical'].includes(entry.severity),
);
console.log(
  `npm audit --omit=dev: ${['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${level} ${counts[level] ?? 0}`).join(', ')}`,
);
if (severe.length > 0) {
  for (const [name, entry] of severe) {
    const via = entry.via
      .map((item) => (typeof item === 'string' ? item : `${item.title} (${item.url})`))
      .join('; ');
    console.error(`  ${entry.severity.toUpperCase()} ${name} ${entry.range}: ${via}`);
  }
  console.error('Hohe oder kritische Sicherheitsmeldungen in Produktionsabhängigkeiten.');
  process.exit(1);
}
