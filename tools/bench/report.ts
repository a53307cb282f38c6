/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * The table of a benchmark run (console) and docs/performance.md from performance.template.md.
 * Regenerate the document from the last run's results without measuring again:
 *   TS_NODE_PROJECT=backend/tsconfig.spec.json node -r ts-node/register/transpile-only tools/bench/report.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { BenchResults, Row } from './lib/results';

export const DOCS_PATH = 'docs/performance.md';
const TEMPLATE_PATH = 'tools/bench/performance.template.md';

const de = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('de-DE', { maximumFractionDigits: digits });

const mark = (pass: boolean | null) => (pass === null ? '–' : pass ? '✓' : '✗');

/** The columns of issue 8: endpoint | req/s | p50 | p95 | p99 | baseline | ratio | goal | ✓/✗. */
function cells(row: Row): string[] {
  const throughput =
    row.throughput === null
      ? '–'
      : `${de(row.throughput, row.unit ? 1 : 0)}${row.unit ? ` ${row.unit}` : ''}`;
  const baseline =
    row.baseline === null || row.baseline === undefined
      ? '–'
      : `${de(row.baseline, row.unit ? 1 : 0)}${row.baselineName ? ` (${row.baselineName})` : ''}`;
  const name = `${row.group}: ${row.name}${row.connections ? ` [${row.connections} Verb.]` : ''}`;
  return [
    name,
    throughput,
    de(row.p50),
    de(row.p95),
    de(row.p99),
    baseline,
    row.ratio === null || row.ratio === undefined ? '–' : `${de(row.ratio, 2)}×`,
    row.goal,
    mark(row.pass),
    row.note ?? '',
  ];
}

const HEADER = [
  'Messung',
  'Anfragen/s',
  'p50',
  'p95',
  'p99',
  'Basis',
  'Verhältnis',
  'Ziel',
  '✓/✗',
  'Anmerkung',
];

export function consoleTable(rows: Row[]): string {
  const lines = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length)));
  return lines
    .map((line, index) => {
      const text = line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ ');
      return index === 0 ? `${text}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}` : text;
    })
    .join('\n');
}

export function markdownTable(rows: Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n');
}

const list = (entries: [string, string | number][]) =>
  entries.map(([key, value]) => `- ${key}: ${typeof value === 'number' ? de(value) : value}`).join('\n');

export async function renderDocs(results: BenchResults): Promise<string> {
  const smoke = results.scale < 1;
  const m = results.machine;
  const counts = (results.details['counts'] ?? {}) as Record<string, number>;
  const values: Record<string, string> = {
    banner: smoke
      ? `> **Probelauf mit \`BENCH_SCALE=${results.scale}\` – keine gültigen Messwerte.** Datenbestand, Dateigrößen und Messdauer sind verkleinert; die Zahlen zeigen nur, dass der Lauf vollständig arbeitet. Maßgeblich ist erst ein voller Lauf (\`npm run bench\`) auf ruhiger Maschine, der dieses Dokument ersetzt.`
      : '',
    date: new Date(results.date).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
    scaleNote: smoke ? ` (\`BENCH_SCALE=${results.scale}\`)` : '',
    smokeJudgement: smoke ? '; im Probelauf sind ✓/✗ nicht aussagekräftig' : '',
    machine: list([
      ['CPU', `${m['cpu']} (${m['cores']} Kerne)`],
      ['RAM', `${de(m['ramGB'] as number)} GB`],
      ['Node.js', String(m['node'])],
      ['Backend-Prozesse (`WEB_CONCURRENCY`), ebenso die Basis', String(m['processes'] ?? 1)],
      ['PostgreSQL', String(m['postgres'])],
      ['nginx', String(m['nginx'])],
      ['Chromium', String(m['chromium'])],
      ['Commit', String(m['commit'])],
      ['Lastmittel beim Start', String(m['loadAverageAtStart'])],
    ]),
    table: markdownTable(results.rows),
    counts: list([
      ['Personen', counts['users'] ?? 0],
      ['Organisationen', '104 (Demo-Daten)'],
      ['Neuigkeiten', counts['news'] ?? 0],
      ['Gute Praxis', counts['practices'] ?? 0],
      ['Kampagnenmaterialien', counts['assets'] ?? 0],
      ['Suchbare Dokumente (Index insgesamt)', counts['searchDocuments'] ?? 0],
    ]),
    durations: list(Object.entries(results.durations).map(([phase, seconds]) => [phase, `${de(seconds)} s`])),
  };
  const template = readFileSync(TEMPLATE_PATH, 'utf8');
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  const options = (await prettier.resolveConfig(DOCS_PATH)) ?? {};
  return prettier.format(text.replace(/\n{3,}/g, '\n\n'), { ...options, parser: 'markdown' });
}

/**
 * Prints the table; writes docs/performance.md unless BENCH_WRITE_DOCS=false – for a partial run
 * (BENCH_ONLY) only with BENCH_WRITE_DOCS=true.
 */
export async function report(results: BenchResults, { partial }: { partial: boolean }): Promise<void> {
  console.log(`\n${consoleTable(results.rows)}\n`);
  const setting = process.env['BENCH_WRITE_DOCS'];
  if (setting === 'false' || (partial && setting !== 'true')) {
    console.log(`${DOCS_PATH} nicht geschrieben (BENCH_ONLY oder BENCH_WRITE_DOCS=false).`);
    return;
  }
  writeFileSync(DOCS_PATH, await renderDocs(results));
  console.log(`${DOCS_PATH} geschrieben.`);
}

if (require.main === module) {
  const results = JSON.parse(readFileSync('dist/bench/results.json', 'utf8')) as BenchResults;
  report(results, { partial: false }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
