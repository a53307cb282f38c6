import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export const S3_TEST_BUCKET = 'portal-test';

export interface S3TestServer {
  endpoint: string;
  /** Environment for the app: `STORAGE_DRIVER=s3` against this server. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** s3rver in this process, on a random loopback port, with its data in a temp directory. */
export async function startS3TestServer(): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: S3_TEST_BUCKET, configs: [] }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'eu-central-1',
      S3_BUCKET: S3_TEST_BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** An "S3 endpoint" that answers every request with 500, and a port where nothing listens. */
export async function startBrokenEndpoint(): Promise<{
  endpoint: string;
  requests: () => number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    count++;
    request.resume();
    response.writeHead(500, { 'content-type': 'application/xml' });
    response.end('<?xml version="1.0"?><Error><Code>InternalError</Code><Message>kaputt</Message></Error>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port that was free a moment ago: connections are refused. */
export async function closedPortEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

export type EndpointMode = 'pass' | 'error-500' | 'down';

/**
 * A front for the S3 test server that can be switched to answer 500 or to drop every connection,
 * so one running app can see its store fail and recover.
 */
export async function startSwitchableEndpoint(
  target: string,
): Promise<{ endpoint: string; set(mode: EndpointMode): void; close(): Promise<void> }> {
  let mode: EndpointMode = 'pass';
  const upstream = new URL(target);
  const server: Server = createServer((request, response) => {
    if (mode === 'down') {
      request.socket.destroy();
      return;
    }
    if (mode === 'error-500') {
      request.resume();
      response.writeHead(500, { 'content-type': 'application/xml' });
      response.end('<?xml version="1.0"?><Error><Code>InternalError</Code><Message>kaputt</Message></Error>');
      return;
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (next) => {
      mode = next;
      if (next !== 'pass') server.closeIdleConnections();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
