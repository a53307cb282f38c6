import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';

/**
 * WEB_CONCURRENCY > 1: one instance runs as a primary process that only forks and watches that
 * many workers (node:cluster; they share the port). Workers are full backends — each migrates,
 * seeds and runs jobs under the same locks as separate instances do — so nothing here knows the
 * application. The primary also relays the one question a worker cannot answer alone: the whole
 * instance's metrics.
 */

/** A worker crashing more often than this within a minute is not restarted again: the instance exits. */
const MAX_RESTARTS_PER_MINUTE = 5;
const COLLECT_TIMEOUT_MS = 2_000;

interface Message {
  type: 'portal:collect-request' | 'portal:collect' | 'portal:collect-part' | 'portal:collect-result';
  id: string;
  part?: unknown;
  parts?: unknown[];
}

function isMessage(value: unknown, type: Message['type']): value is Message {
  return typeof value === 'object' && value !== null && (value as Message).type === type;
}

/** A worker's own teardown after draining (jobs released, database pool closed, logs flushed). */
const SHUTDOWN_MARGIN_MS = 5_000;

export interface PrimaryOptions {
  workers: number;
  /** SHUTDOWN_DELAY_SECONDS: after SIGTERM a worker keeps serving this long before it drains. */
  shutdownDelayMs: number;
  /** SHUTDOWN_TIMEOUT_SECONDS: the longest a worker's drain takes. */
  shutdownTimeoutMs: number;
}

/**
 * After SIGTERM, workers still running this long are killed: only once the delay and the drain
 * are both over, or the primary would cut off the requests the drain is meant to finish.
 */
export function workerKillDeadlineMs({ shutdownDelayMs, shutdownTimeoutMs }: PrimaryOptions): number {
  return shutdownDelayMs + shutdownTimeoutMs + SHUTDOWN_MARGIN_MS;
}

/** Runs the primary: forks the workers, replaces crashed ones, passes SIGTERM/SIGINT on. */
export function runPrimary(options: PrimaryOptions): void {
  let stopping = false;
  let exitCode = 0;
  const crashes: number[] = [];

  const alive = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
  const stop = (signal: NodeJS.Signals, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const worker of alive()) worker.process.kill(signal);
    setTimeout(
      () => alive().forEach((worker) => worker.process.kill('SIGKILL')),
      workerKillDeadlineMs(options),
    ).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (alive().length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while ((crashes[0] ?? now) < now - 60_000) crashes.shift();
    if (crashes.length > MAX_RESTARTS_PER_MINUTE) {
      console.error(
        `Backend-Prozesse brechen wiederholt ab (zuletzt ${worker.process.pid}): die Instanz beendet sich.`,
      );
      stop('SIGTERM', 1);
      if (alive().length === 0) process.exit(1);
      return;
    }
    console.error(`Backend-Prozess ${worker.process.pid} beendet (${signal ?? code}); ein neuer startet.`);
    cluster.fork();
  });

  cluster.on('message', (from, message: unknown) => {
    if (isMessage(message, 'portal:collect-request')) relayCollect(from, message.id, alive());
  });

  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < options.workers; i++) cluster.fork();
}

/** Asks every worker for its part and hands the parts (those that came in time) to the asker. */
function relayCollect(asker: Worker, id: string, workers: Worker[]): void {
  const parts: unknown[] = [];
  let waiting = workers.length;
  const finish = () => {
    clearTimeout(timer);
    cluster.off('message', onPart);
    if (asker.isConnected()) asker.send({ type: 'portal:collect-result', id, parts } satisfies Message);
  };
  const onPart = (_worker: Worker, message: unknown) => {
    if (!isMessage(message, 'portal:collect-part') || message.id !== id) return;
    parts.push(message.part);
    if (--waiting === 0) finish();
  };
  const timer = setTimeout(finish, COLLECT_TIMEOUT_MS);
  cluster.on('message', onPart);
  for (const worker of workers) {
    if (worker.isConnected()) worker.send({ type: 'portal:collect', id } satisfies Message);
    else waiting--;
  }
  if (waiting === 0) finish();
}

let localPart: (() => unknown) | undefined;
const waitingForParts = new Map<string, (parts: unknown[]) => void>();

/** In a worker: `local()` is this process's answer when another one collects (called once, at start). */
export function answerCollects(local: () => unknown): void {
  if (!cluster.isWorker || localPart) return;
  localPart = local;
  process.on('message', answer);
}

/** `local()` of every process of this instance: of this process alone outside a cluster. */
export function collectFromAllProcesses<T>(local: () => T): Promise<T[]> {
  const send = process.send?.bind(process);
  if (!cluster.isWorker || !send) return Promise.resolve([local()]);
  return new Promise((resolve) => {
    const id = randomUUID();
    // The primary answers within its own timeout; this one only guards against a lost primary.
    const timer = setTimeout(() => {
      waitingForParts.delete(id);
      resolve([local()]);
    }, COLLECT_TIMEOUT_MS + 1_000);
    waitingForParts.set(id, (parts) => {
      clearTimeout(timer);
      resolve(parts as T[]);
    });
    send({ type: 'portal:collect-request', id } satisfies Message);
  });
}

function answer(message: unknown): void {
  if (isMessage(message, 'portal:collect')) {
    process.send?.({ type: 'portal:collect-part', id: message.id, part: localPart?.() } satisfies Message);
  } else if (isMessage(message, 'portal:collect-result')) {
    waitingForParts.get(message.id)?.(message.parts ?? []);
    waitingForParts.delete(message.id);
  }
}
