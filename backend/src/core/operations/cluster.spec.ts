import { workerKillDeadlineMs } from './cluster';

describe('workerKillDeadlineMs', () => {
  it('leaves a worker the shutdown delay and the whole drain before it is killed', () => {
    // SHUTDOWN_DELAY_SECONDS=10, SHUTDOWN_TIMEOUT_SECONDS=30: a worker may need up to 40 s.
    const deadline = workerKillDeadlineMs({ workers: 2, shutdownDelayMs: 10_000, shutdownTimeoutMs: 30_000 });
    expect(deadline).toBeGreaterThan(40_000);
    expect(deadline).toBe(45_000);
  });

  it('without a delay: the drain plus the margin', () => {
    expect(workerKillDeadlineMs({ workers: 2, shutdownDelayMs: 0, shutdownTimeoutMs: 30_000 })).toBe(35_000);
  });
});
