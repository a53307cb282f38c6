// Local mail catcher for development and tests: an SMTP server that accepts every mail and
// stores it as DATA_DIR/mail/<time>-<id>.eml, plus (optionally) a small German web page that
// lists the received mails. Never used in production: there SMTP_URL names the real relay.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);
const FILE = /^[0-9]+-[0-9a-f]+\.eml$/;

/** Received mails, newest first, parsed. */
export async function listMails(dir) {
  const files = (await readdir(dir).catch(() => []))
    .filter((name) => FILE.test(name))
    .sort()
    .reverse();
  return Promise.all(
    files.map(async (file) => ({ file, mail: await simpleParser(await readFile(join(dir, file))) })),
  );
}

function listenOn(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function page(title, body) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}
th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}
a:focus-visible{outline:3px solid #0b57d0}</style></head><body><main>${body}</main></body></html>`;
}

async function handleWeb(dir, request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const send = (status, html) => {
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    response.end(html);
  };
  if (url.pathname === '/') {
    const mails = await listMails(dir);
    const rows = mails
      .map(
        ({ file, mail }) =>
          `<tr><td>${escapeHtml(mail.date?.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }))}</td>` +
          `<td>${escapeHtml(mail.to?.text)}</td><td><a href="/mail/${file}">${escapeHtml(mail.subject || '(ohne Betreff)')}</a></td></tr>`,
      )
      .join('');
    return send(
      200,
      page(
        'Empfangene E-Mails',
        `<h1>Empfangene E-Mails (nur Entwicklung)</h1><p>${mails.length} E-Mail(s) in <code>${escapeHtml(dir)}</code>.</p>` +
          (mails.length
            ? `<table><caption>Neueste zuerst</caption><thead><tr><th scope="col">Empfangen</th><th scope="col">An</th><th scope="col">Betreff</th></tr></thead><tbody>${rows}</tbody></table>`
            : '<p>Noch keine E-Mails empfangen.</p>'),
      ),
    );
  }
  const match = /^\/mail\/([^/]+)$/.exec(url.pathname);
  if (match && FILE.test(match[1])) {
    const raw = await readFile(join(dir, match[1])).catch(() => null);
    if (raw) {
      const mail = await simpleParser(raw);
      return send(
        200,
        page(
          mail.subject ?? 'E-Mail',
          `<p><a href="/">Zurück zur Liste</a></p><h1>${escapeHtml(mail.subject || '(ohne Betreff)')}</h1>` +
            `<dl><dt>Von</dt><dd>${escapeHtml(mail.from?.text)}</dd><dt>An</dt><dd>${escapeHtml(mail.to?.text)}</dd></dl>` +
            `<h2>Textfassung</h2><pre>${escapeHtml(mail.text)}</pre>`,
        ),
      );
    }
  }
  send(404, page('Nicht gefunden', '<h1>Nicht gefunden</h1><p><a href="/">Zur Liste</a></p>'));
}

/**
 * @param {{ port?: number, webPort?: number, host?: string, dir: string, log?: (line: string) => void }} options
 * port 0 picks a free port; without webPort no web page is served.
 */
export async function startMailCatcher({
  port = 0,
  webPort,
  host = '127.0.0.1',
  dir,
  log = () => undefined,
}) {
  await mkdir(dir, { recursive: true });
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Portal-Mail-Catcher',
    logger: false,
    onData(stream, session, callback) {
      const name = `${Date.now()}-${randomBytes(6).toString('hex')}.eml`;
      const partial = join(dir, `.${name}.part`);
      // Written aside and renamed, so readers never see half a mail.
      pipeline(stream, createWriteStream(partial))
        .then(() => rename(partial, join(dir, name)))
        .then(() => {
          log(`E-Mail empfangen: ${name}`);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  smtp.on('error', (error) => log(`Mail-Catcher: ${error.message}`));
  const smtpPort = await listenOn(smtp.server, port, host);

  let web;
  let actualWebPort;
  if (webPort !== undefined) {
    web = createServer((request, response) => {
      handleWeb(dir, request, response).catch(() => {
        response.writeHead(500).end('Fehler');
      });
    });
    actualWebPort = await listenOn(web, webPort, host);
  }
  return {
    port: smtpPort,
    webPort: actualWebPort,
    url: `smtp://${host}:${smtpPort}`,
    dir,
    close: async () => {
      await new Promise((resolve) => smtp.close(resolve));
      if (web) await new Promise((resolve) => web.close(resolve));
    },
  };
}
