import { Injectable } from '@nestjs/common';

/** Upper bounds (seconds) of the request duration histogram. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface HistogramSeries {
  labels: string;
  counts: number[];
  sum: number;
  count: number;
}

/** Label values in the exposition format: backslash, quote and newline escaped. */
export function labelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A process's counters as plain data: what a worker hands to the one answering a scrape. */
export interface MetricsSnapshot {
  requests: [string, number][];
  durations: [string, HistogramSeries][];
  jobs: [string, number][];
}

/**
 * This process's counters in the Prometheus text format, hand-written (no client library):
 * recording a request is two map look-ups and a few additions, so it stays off the hot path.
 * Gauges that need the database (queue depth, pool) are read at scrape time by the controller.
 */
@Injectable()
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, HistogramSeries>();
  private readonly jobs = new Map<string, number>();

  /** One finished HTTP request; `route` is the route template (never the raw path). */
  recordRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route}`;
    const counterKey = `${key} ${status}`;
    this.requests.set(counterKey, (this.requests.get(counterKey) ?? 0) + 1);
    let series = this.durations.get(key);
    if (!series) {
      series = {
        labels: `method="${labelValue(method)}",route="${labelValue(route)}"`,
        counts: DURATION_BUCKETS.map(() => 0),
        sum: 0,
        count: 0,
      };
      this.durations.set(key, series);
    }
    series.sum += seconds;
    series.count += 1;
    // Stored per bucket; render() accumulates (observations above the last bound only in +Inf).
    const bucket = DURATION_BUCKETS.findIndex((bound) => seconds <= bound);
    if (bucket >= 0) series.counts[bucket] = (series.counts[bucket] ?? 0) + 1;
  }

  /** One job run by this process's workers. */
  recordJob(queue: string, outcome: 'completed' | 'failed'): void {
    const key = `${queue} ${outcome}`;
    this.jobs.set(key, (this.jobs.get(key) ?? 0) + 1);
  }

  snapshot(): MetricsSnapshot {
    return { requests: [...this.requests], durations: [...this.durations], jobs: [...this.jobs] };
  }

  /** This process's counters in the text exposition format. */
  render(): string {
    return renderMetrics([this.snapshot()]);
  }
}

/** The counters of several processes of one instance (WEB_CONCURRENCY), summed, as text. */
export function renderMetrics(snapshots: MetricsSnapshot[]): string {
  const requests = new Map<string, number>();
  const durations = new Map<string, HistogramSeries>();
  const jobs = new Map<string, number>();
  for (const snapshot of snapshots) {
    for (const [key, value] of snapshot.requests) requests.set(key, (requests.get(key) ?? 0) + value);
    for (const [key, value] of snapshot.jobs) jobs.set(key, (jobs.get(key) ?? 0) + value);
    for (const [key, series] of snapshot.durations) {
      const total = durations.get(key);
      if (!total) {
        durations.set(key, { ...series, counts: [...series.counts] });
        continue;
      }
      total.sum += series.sum;
      total.count += series.count;
      total.counts = total.counts.map((count, i) => count + (series.counts[i] ?? 0));
    }
  }
  const lines: string[] = [
    '# HELP portal_http_requests_total HTTP requests by method, route template and status.',
    '# TYPE portal_http_requests_total counter',
  ];
  for (const [key, value] of requests) {
    const [method, route, status] = splitKey(key);
    lines.push(
      `portal_http_requests_total{method="${labelValue(method)}",route="${labelValue(route)}",status="${status}"} ${value}`,
    );
  }
  lines.push(
    '# HELP portal_http_request_duration_seconds Time from the first byte of a request to the end of its response.',
    '# TYPE portal_http_request_duration_seconds histogram',
  );
  for (const series of durations.values()) {
    let cumulative = 0;
    DURATION_BUCKETS.forEach((bound, i) => {
      cumulative += series.counts[i] ?? 0;
      lines.push(`portal_http_request_duration_seconds_bucket{${series.labels},le="${bound}"} ${cumulative}`);
    });
    lines.push(`portal_http_request_duration_seconds_bucket{${series.labels},le="+Inf"} ${series.count}`);
    lines.push(`portal_http_request_duration_seconds_sum{${series.labels}} ${series.sum}`);
    lines.push(`portal_http_request_duration_seconds_count{${series.labels}} ${series.count}`);
  }
  lines.push(
    '# HELP portal_jobs_processed_total Jobs run by this instance, by queue and outcome.',
    '# TYPE portal_jobs_processed_total counter',
  );
  for (const [key, value] of jobs) {
    const [queue, outcome] = key.split(' ') as [string, string];
    lines.push(`portal_jobs_processed_total{queue="${labelValue(queue)}",outcome="${outcome}"} ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** "GET /api/news/:id 200" → method, route (may contain spaces? never: templates have none), status. */
function splitKey(key: string): [string, string, string] {
  const first = key.indexOf(' ');
  const last = key.lastIndexOf(' ');
  return [key.slice(0, first), key.slice(first + 1, last), key.slice(last + 1)];
}
