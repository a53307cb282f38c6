import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clamdPing } from '../../src/core/storage/processing/clamd-client';

/**
 * The EICAR anti-virus test file, assembled at run time so this source file itself is not one.
 * Every scanner treats it as a virus; it is harmless.
 */
export const EICAR = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-', 'TEST-FILE!$H+H*'].join(''),
  'latin1',
);
export const EICAR_SIGNATURE = 'Eicar-Test-Signature';

export interface ClamdOptions {
  /** clamd's StreamMaxLength (INSTREAM refuses more), e.g. '1M'. */
  streamMaxLength?: string;
  /** MaxFileSize/MaxScanSize (reported as Heuristics.Limits.Exceeded with AlertExceedsMax). */
  maxScanSize?: string;
}

export interface TestClamd {
  /** `unix:/…/clamd.sock`, for CLAMAV_URL. */
  socketUrl: string;
  /** `tcp://127.0.0.1:<free port>`, the same daemon over TCP. */
  tcpUrl: string;
  /** Milliseconds from spawn until clamd answered PING. */
  startMs: number;
  stop(): Promise<void>;
  /** Starts it again after `stop()` (same sockets and signatures). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const CLAMD = '/usr/sbin/clamd';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Debian's clamd with its own temporary configuration and a single local signature (EICAR, as an
 * `.ndb` body signature): no downloads, no freshclam. Runs in the foreground as a child of the
 * test; start it once per test file (it starts in well under a second with one signature).
 */
export async function startClamd(options: ClamdOptions = {}): Promise<TestClamd> {
  const directory = await mkdtemp(join(tmpdir(), 'clamd-'));
  const database = join(directory, 'db');
  await mkdir(database);
  await writeFile(join(database, 'portal-test.ndb'), `${EICAR_SIGNATURE}:0:*:${EICAR.toString('hex')}\n`);
  const socket = join(directory, 'clamd.sock');
  const port = await freePort();
  const limit = options.maxScanSize ?? '100M';
  const config = join(directory, 'clamd.conf');
  await writeFile(
    config,
    [
      'Foreground yes',
      `DatabaseDirectory ${database}`,
      `LocalSocket ${socket}`,
      'TCPAddr 127.0.0.1',
      `TCPSocket ${port}`,
      `StreamMaxLength ${options.streamMaxLength ?? '25M'}`,
      `MaxFileSize ${limit}`,
      `MaxScanSize ${limit}`,
      // Without it, files over MaxFileSize/MaxScanSize would be reported as OK.
      'AlertExceedsMax yes',
      `LogFile ${join(directory, 'clamd.log')}`,
      'SelfCheck 3600',
      '',
    ].join('\n'),
  );
  const address = { kind: 'unix', path: socket } as const;
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');

  const start = async (): Promise<number> => {
    const began = Date.now();
    await rm(socket, { force: true });
    child = spawn(CLAMD, ['-c', config], { stdio: 'ignore' });
    process.once('exit', killOnExit);
    let exited = false;
    child.once('exit', () => (exited = true));
    while (!(await clamdPing(address, 500))) {
      if (exited || Date.now() - began > 30_000) {
        const log = await readFile(join(directory, 'clamd.log'), 'utf8').catch(() => '');
        throw new Error(`clamd did not start:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return Date.now() - began;
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    process.off('exit', killOnExit);
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  const startMs = await start();
  return {
    socketUrl: `unix:${socket}`,
    tcpUrl: `tcp://127.0.0.1:${port}`,
    startMs,
    stop,
    restart: async () => {
      await start();
    },
    close: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
