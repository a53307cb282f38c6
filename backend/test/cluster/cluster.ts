import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest, IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

export const METRICS_TOKEN = 'cluster-metrics-token-0123456789';

function clusterEnv(): Record<string, string> {
  return JSON.parse(process.env['CLUSTER_ENV'] ?? '{}') as Record<string, string>;
}

export function proxyUrl(): string {
  return `http://localhost:${process.env['CLUSTER_PROXY_PORT']}`;
}

export function appPorts(): number[] {
  return String(process.env['CLUSTER_APP_PORTS']).split(',').map(Number);
}

export function clusterRoot(): string {
  return String(process.env['CLUSTER_ROOT']);
}

/** `node dist/backend/main.js migrate`, the one-off migration command (Kubernetes Job). */
export function migrateOnce(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['dist/backend/main.js', 'migrate'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...clusterEnv() },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** One backend instance: the production build (`node dist/backend/main.js`) in its own process. */
export class Instance {
  private process?: ChildProcess;
  readonly output: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly extraEnv: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    const child = spawn(process.execPath, ['dist/backend/main.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...clusterEnv(),
        PORT: String(this.port),
        INSTANCE_ID: this.name,
        TMPDIR: join(clusterRoot(), `tmp-${this.name}`),
        ...this.extraEnv,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    await this.waitReady(child);
  }

  /** Ends the process; SIGKILL simulates a crash (no shutdown hooks run). Returns how it ended. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<string> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return 'not running';
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    child.kill(signal);
    const [code, by] = await exited;
    return code !== null ? `exit ${code}` : `signal ${by}`;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  get running(): boolean {
    return !!this.process && this.process.exitCode === null && this.process.signalCode === null;
  }

  async metrics(): Promise<string> {
    const response = await fetch(`${this.url}/api/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    if (response.status !== 200) throw new Error(`metrics of ${this.name}: ${response.status}`);
    return response.text();
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`instance ${this.name} exited (${child.exitCode}):\n${this.output.join('')}`);
      try {
        if ((await fetch(`${this.url}/api/health/ready`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`instance ${this.name} not ready in time:\n${this.output.join('')}`);
  }
}

export interface ProxyRecord {
  path: string;
  instance: number;
}

/**
 * A small round-robin reverse proxy: each request goes to the next instance (a fresh upstream
 * connection per request, so the rotation is exact); an instance that refuses the connection is
 * skipped. It records which upstream served each path.
 */
export async function startProxy(
  port: number,
  upstreams: number[],
): Promise<{
  records: ProxyRecord[];
  close(): Promise<void>;
}> {
  const records: ProxyRecord[] = [];
  let next = 0;
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, attempt: number): void => {
    const index = next++ % upstreams.length;
    const upstream = httpRequest({
      host: '127.0.0.1',
      port: upstreams[index],
      method: incoming.method,
      path: incoming.url,
      headers: incoming.headers,
      agent: false,
    });
    upstream.on('response', (response) => {
      records.push({ path: (incoming.url ?? '').split('?')[0]!, instance: index });
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Like nginx's default `proxy_next_upstream error`: a connection refused (nothing reached a
      // backend) or, for idempotent requests, a connection dropped before any response (an
      // instance shutting down) is tried on the next instance.
      const idempotent = incoming.method === 'GET' || incoming.method === 'HEAD';
      const retryable = error.code === 'ECONNREFUSED' ? !incoming.readableDidRead || idempotent : idempotent;
      if (retryable && attempt + 1 < upstreams.length) {
        forward(incoming, outgoing, attempt + 1);
        return;
      }
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
    incoming.pipe(upstream);
  };
  const server: Server = createServer((incoming, outgoing) => forward(incoming, outgoing, 0));
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    records,
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}
