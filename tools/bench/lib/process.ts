import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process (fields 14/15 of /proc/<pid>/stat); with `children`, also of its waited-for children. */
export function cpuSeconds(pid: number, children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const at = (i: number) => Number(fields[i - 3] ?? NaN);
  return (at(14) + at(15) + (children ? at(16) + at(17) : 0)) / TICKS_PER_SECOND;
}

/**
 * CPU seconds of a process, its live children and the children that have exited: the backend
 * with WEB_CONCURRENCY > 1, or PostgreSQL (one child per connection).
 */
export function processTreeCpuSeconds(root: number): number {
  let total = cpuSeconds(root, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.split(') ')[1]?.split(' ')[1]) === root) total += cpuSeconds(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * CPU seconds of an embedded PostgreSQL so far (its postmaster's pid is the first line of
 * postmaster.pid in the data directory). NaN if it cannot be read.
 */
export function postgresCpuSeconds(dataDir: string): number {
  try {
    return processTreeCpuSeconds(Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]));
  } catch {
    return NaN;
  }
}
