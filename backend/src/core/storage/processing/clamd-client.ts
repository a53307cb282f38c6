import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { ClamdAddress } from '../../../config/app-config';

export type ClamdVerdict =
  | { kind: 'clean' }
  | { kind: 'infected'; signature: string }
  /** Over a scanner limit (StreamMaxLength, or MaxFileSize/MaxScanSize with AlertExceedsMax). */
  | { kind: 'limit-exceeded'; detail: string };

/** The scanner could not give a verdict (not reachable, timed out, protocol or scan error): retry. */
export class ClamdUnavailable extends Error {
  constructor(message: string) {
    super(`clamd: ${message}`);
    this.name = 'ClamdUnavailable';
  }
}

/** clamd's default StreamMaxLength is 25 MB; chunks far below it keep memory flat. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Parses clamd's reply to INSTREAM. Limits reported as heuristic findings
 * (`Heuristics.Limits.Exceeded.*`, with AlertExceedsMax) mean „not scanned“, not „infected“ —
 * and without AlertExceedsMax clamd would call such a file OK, which is why the test
 * configuration (and the documented production one) switches it on.
 */
export function parseClamdReply(raw: string): ClamdVerdict {
  const reply = raw.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(reply)) return { kind: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found) {
    const signature = found[1] ?? '';
    return signature.startsWith('Heuristics.Limits.Exceeded')
      ? { kind: 'limit-exceeded', detail: signature }
      : { kind: 'infected', signature };
  }
  if (/size limit exceeded/i.test(reply)) return { kind: 'limit-exceeded', detail: reply };
  throw new ClamdUnavailable(reply ? `unexpected reply „${reply}“` : 'no reply');
}

/**
 * Streams `content` to clamd with the INSTREAM protocol (`zINSTREAM\0`, then chunks each prefixed
 * with their length as 4-byte big-endian, ended by a zero length) and returns the verdict.
 * Never buffers the file: writes wait for the socket to drain. clamd answers early and closes the
 * connection when the stream exceeds StreamMaxLength; that reply is still read and honoured.
 */
export async function clamdInstream(
  address: ClamdAddress,
  content: Readable,
  options: { timeoutMs: number },
): Promise<ClamdVerdict> {
  const socket: Socket =
    address.kind === 'tcp'
      ? connect({ host: address.host, port: address.port })
      : connect({ path: address.path });
  const reply: Buffer[] = [];
  let connected = false;
  let replied = false;
  let closed = false;
  let failure: Error | undefined;
  let sent = 0;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const current = waiters;
    waiters = [];
    for (const waiter of current) waiter();
  };
  const until = (ready: () => boolean, orDrain = false) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (ready()) {
          socket.off('drain', resolve);
          resolve();
        } else waiters.push(check);
      };
      if (orDrain) socket.once('drain', resolve);
      check();
    });

  socket.on('connect', () => {
    connected = true;
    wake();
  });
  socket.on('data', (data: Buffer) => {
    reply.push(data);
    if (data.includes(0)) replied = true;
    wake();
  });
  socket.on('end', () => {
    closed = true;
    wake();
  });
  socket.on('close', () => {
    closed = true;
    wake();
  });
  socket.on('error', (error) => {
    failure ??= error;
    closed = true;
    wake();
  });
  const timer = setTimeout(
    () => socket.destroy(new ClamdUnavailable(`no verdict within ${options.timeoutMs} ms`)),
    options.timeoutMs,
  );

  try {
    await until(() => connected || closed);
    if (!connected) throw new ClamdUnavailable(failure?.message ?? 'connection failed');
    socket.write('zINSTREAM\0');
    streaming: for await (const chunk of content as AsyncIterable<Buffer>) {
      for (let offset = 0; offset < chunk.length; offset += CHUNK_BYTES) {
        // An early reply is clamd refusing more (size limit) or an error: stop sending.
        if (replied || closed) break streaming;
        const part = chunk.subarray(offset, offset + CHUNK_BYTES);
        const length = Buffer.alloc(4);
        length.writeUInt32BE(part.length);
        socket.write(length);
        sent += part.length;
        if (!socket.write(part)) await until(() => replied || closed, true);
      }
    }
    if (!replied && !closed) socket.write(Buffer.alloc(4));
    await until(() => replied || closed);
    const text = Buffer.concat(reply).toString('utf8');
    if (text) return parseClamdReply(text);
    if (sent > 0 && isConnectionCut(failure) && (await clamdPing(address))) {
      // clamd answers „size limit exceeded“ and closes; a write racing that close fails (EPIPE,
      // ECONNRESET) and Node drops the unread reply. A healthy clamd cutting a stream it was
      // reading has refused its size.
      return {
        kind: 'limit-exceeded',
        detail: `clamd closed the stream after ${sent} bytes (StreamMaxLength)`,
      };
    }
    throw new ClamdUnavailable(failure?.message ?? 'connection closed without a verdict');
  } finally {
    clearTimeout(timer);
    socket.destroy();
    content.destroy();
  }
}

function isConnectionCut(error: Error | undefined): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ECONNRESET';
}

/** `PING` → `PONG`: whether the scanner answers (start-up check, tests). */
export async function clamdPing(address: ClamdAddress, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket =
      address.kind === 'tcp'
        ? connect({ host: address.host, port: address.port })
        : connect({ path: address.path });
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => socket.write('zPING\0'));
    socket.on('data', (data) => {
      answer += data.toString('utf8');
      if (answer.includes('\0')) done(answer.replace(/\0/g, '').trim() === 'PONG');
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(answer.replace(/\0/g, '').trim() === 'PONG'));
  });
}
