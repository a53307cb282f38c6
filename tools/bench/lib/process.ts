import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The process listening on a TCP port (ss), e.g. the backend on the bench port. */
export function listenerPid(port: number | string): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`Kein Prozess lauscht auf Port ${port}.`);
  return Number(pid);
}

/** Resident set size of a process (VmRSS of /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

export const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** Samples the RSS every 50 ms while `work` runs; growth = peak − value before. */
export async function withRss<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; before: number; peak: number }> {
  const before = rssBytes(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 50);
  try {
    const result = await work();
    peak = Math.max(peak, rssBytes(pid));
    return { result, before, peak };
  } finally {
    clearInterval(timer);
  }
}
