import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a TypeScript file of tools/bench in its own Node process (ts-node, like the benches). */
export function spawnTs(file: string, env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, TS_NODE_PROJECT: 'backend/tsconfig.spec.json', ...env },
    },
  );
}

/** Resolves when the child prints `marker` on stdout; rejects when it exits before. */
export function waitForOutput(child: ChildProcess, marker: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Zeitüberschreitung: „${marker}“`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
      if (out.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prozess beendet (${code}) vor „${marker}“`));
    });
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
