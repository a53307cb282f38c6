/**
 * The one load helper of every benchmark: autocannon (programmatic API) with a warm-up, a fixed
 * duration and 32 connections by default. Latencies are collected per response, so p95 is exact
 * (autocannon's own summary has p97.5, not p95). Optionally samples a process's RSS meanwhile.
 */
import autocannon from 'autocannon';
import { rssBytes } from './process';
import { scaledSeconds } from './scale';

export interface LoadOptions {
  /** Base URL of the server under test. */
  url: string;
  /** One path, or several that each connection cycles through (a query mix). */
  paths: string | readonly string[];
  headers?: Record<string, string>;
  connections?: number;
  /** Seconds measured (default BENCH_DURATION, 10 s). */
  duration?: number;
  /** Seconds of warm-up load before (default BENCH_WARMUP, 3 s). */
  warmup?: number;
  /** Sample this process's RSS every 100 ms during the measured part. */
  rssPid?: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses other than 2xx plus connection errors and timeouts. */
  failures: number;
  rssPeakMB?: number;
}

export const DEFAULT_CONNECTIONS = 32;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round = (value: number) => Math.round(value * 10) / 10;

function run(
  options: LoadOptions,
  seconds: number,
  onResponse?: (status: number, ms: number) => void,
): Promise<autocannon.Result> {
  const paths = typeof options.paths === 'string' ? [options.paths] : options.paths;
  const instance = autocannon({
    url: options.url,
    connections: options.connections ?? DEFAULT_CONNECTIONS,
    duration: seconds,
    headers: { accept: 'application/json', ...options.headers },
    requests: paths.map((path) => ({ method: 'GET', path })),
    timeout: 10,
  });
  if (onResponse)
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) =>
      onResponse(status, ms),
    );
  return instance;
}

/** Warm-up, then the measured run; throws if nothing succeeded. */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  const duration = options.duration ?? scaledSeconds('BENCH_DURATION', 10, 5);
  const warmup = options.warmup ?? scaledSeconds('BENCH_WARMUP', 3, 3);
  if (warmup > 0) await run(options, warmup);
  const latencies: number[] = [];
  let failures = 0;
  let rssPeak = 0;
  const timer = options.rssPid
    ? setInterval(() => (rssPeak = Math.max(rssPeak, rssBytes(options.rssPid as number))), 100)
    : undefined;
  let result: autocannon.Result;
  try {
    result = await run(options, duration, (status, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failures++;
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  failures += result.errors + result.timeouts;
  const sorted = Float64Array.from(latencies).sort();
  if (sorted.length === 0)
    throw new Error(`Keine erfolgreiche Antwort von ${options.url} (${failures} Fehler).`);
  return {
    connections: result.connections,
    seconds: duration,
    requests: sorted.length,
    requestsPerSecond: Math.round(sorted.length / duration),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    failures,
    ...(options.rssPid ? { rssPeakMB: Math.round((rssPeak / 1024 ** 2) * 10) / 10 } : {}),
  };
}
