import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SMTPServer } from 'smtp-server';

/** A port nothing listens on (yet): the relay is "down" until `startSmtpRelay(port)`. */
export function unusedPort(): Promise<number> {
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
 * A second real SMTP server for outage tests; stores mails like the run's mail catcher
 * (same directory and file names), so `mail-inbox.ts` reads them.
 */
export async function startSmtpRelay(port: number): Promise<{ close(): Promise<void> }> {
  const dir = String(process.env['TEST_MAIL_DIR']);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const name = `${Date.now()}-${randomBytes(6).toString('hex')}.eml`;
      const partial = join(dir, `.${name}.part`);
      pipeline(stream, createWriteStream(partial))
        .then(() => rename(partial, join(dir, name)))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
