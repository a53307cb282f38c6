/**
 * What a run collects: one row per measurement for the table (and docs/performance.md), plus
 * free-form details per benchmark. Everything ends up in dist/bench/results.json.
 */
export interface Row {
  /** Section of the table, e.g. „Neuigkeiten“. */
  group: string;
  /** What was measured, e.g. „GET /api/news?limit=20“. */
  name: string;
  /** Requests per second – or, with `unit`, another throughput (MB/s). */
  throughput: number | null;
  unit?: string;
  p50?: number | null;
  p95?: number | null;
  p99?: number | null;
  connections?: number;
  baseline?: number | null;
  /** What the baseline is (e.g. „node:http + pg“, „nginx“). */
  baselineName?: string;
  ratio?: number | null;
  /** The goal in words, e.g. „≥ 0,5× Basis; ≥ 1.000/s; p99 ≤ 100 ms“. */
  goal: string;
  /** true met, false missed, null not judged (no goal or smoke run). */
  pass: boolean | null;
  note?: string;
}

export interface BenchResults {
  date: string;
  scale: number;
  machine: Record<string, string | number>;
  /** Seconds per phase (seeding, load …) for the duration estimate of a full run. */
  durations: Record<string, number>;
  rows: Row[];
  details: Record<string, unknown>;
}

export const results: BenchResults = {
  date: new Date().toISOString(),
  scale: 1,
  machine: {},
  durations: {},
  rows: [],
  details: {},
};

export function addRow(row: Row): void {
  results.rows.push(row);
}

export const ratio = (value: number, base: number) =>
  base > 0 ? Math.round((value / base) * 100) / 100 : null;

/** Times a phase and records its seconds. */
export async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    results.durations[phase] = Math.round((performance.now() - started) / 100) / 10;
  }
}
