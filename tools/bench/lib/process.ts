import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** The process listening on a TCP port (ss), e.g. the backend on the bench port. */
export function listenerPid(port: number | string): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`Kein Prozess lauscht auf Port ${port}.`);
  return Number(pid);
}

function status(pid: number | string): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return ''; // ended meanwhile
  }
}

const vmRss = (text: string) => Number(/VmRSS:\s+(\d+) kB/.exec(text)?.[1] ?? 0) * 1024;

/**
 * Resident set size of a process and its children (VmRSS of /proc/<pid>/status): the backend
 * with WEB_CONCURRENCY > 1 is a primary and its worker processes.
 */
export function rssBytes(pid: number): number {
  const own = status(pid);
  if (!own) throw new Error(`Prozess ${pid} läuft nicht.`);
  let total = vmRss(own);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = status(entry);
    if (new RegExp(`^PPid:\\s+${pid}$`, 'm').test(text)) total += vmRss(text);
  }
  return total;
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
