import { availableParallelism } from 'node:os';

/**
 * BENCH_SCALE shrinks the data set, file sizes and durations for a quick smoke run
 * (`BENCH_SCALE=0.01 npm run bench`); 1 is the full run of issue 8.
 */
export const SCALE = (() => {
  const value = Number(process.env['BENCH_SCALE'] ?? 1);
  if (!(value > 0 && value <= 1)) throw new Error(`BENCH_SCALE muss in (0, 1] liegen, nicht „${value}“.`);
  return value;
})();

/** A count from the data set of issue 8, scaled (at least `min`); an env variable overrides it. */
export function scaled(envName: string, full: number, min = 1): number {
  const override = process.env[envName];
  if (override !== undefined && override !== '') return Number(override);
  return Math.max(min, Math.round(full * SCALE));
}

/** Seconds of load: smoke runs are shorter, but never below 2 s (or the given floor). */
export function scaledSeconds(envName: string, full: number, min = 2): number {
  const override = process.env[envName];
  if (override !== undefined && override !== '') return Number(override);
  return SCALE >= 1 ? full : Math.max(Math.min(full, min), Math.round(full * Math.sqrt(SCALE)));
}

/**
 * Processes of the backend (its WEB_CONCURRENCY) and, for a fair ratio, of the raw baseline:
 * one per core unless BENCH_PROCESSES says otherwise (run.mjs sets it for both).
 */
export function benchProcesses(): number {
  return Number(process.env['BENCH_PROCESSES']) || availableParallelism();
}
