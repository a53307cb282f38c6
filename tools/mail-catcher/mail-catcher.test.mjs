import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTransport } from 'nodemailer';
import { listMails, startMailCatcher } from './mail-catcher.mjs';

let dir;
let catcher;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
  catcher = await startMailCatcher({ dir, port: 0, webPort: 0 });
});
after(async () => {
  await catcher.close();
  await rm(dir, { recursive: true, force: true });
});

test('stores a received mail as .eml and lists it on the German page, escaped', async () => {
  const transport = createTransport(catcher.url);
  await transport.sendMail({
    from: 'portal@localhost',
    to: 'fachkraft@example.org',
    subject: 'Neu: <b>Tagung</b> in Ulm',
    text: 'Hallo',
  });
  transport.close();
  const mails = await listMails(dir);
  assert.equal(mails.length, 1);
  assert.equal(mails[0].mail.subject, 'Neu: <b>Tagung</b> in Ulm');
  assert.equal(mails[0].mail.to.text, 'fachkraft@example.org');

  const list = await (await fetch(`http://127.0.0.1:${catcher.webPort}/`)).text();
  assert.match(list, /Empfangene E-Mails/);
  assert.match(list, /Neu: &lt;b&gt;Tagung&lt;\/b&gt; in Ulm/);
  const detail = await fetch(`http://127.0.0.1:${catcher.webPort}/mail/${mails[0].file}`);
  assert.equal(detail.status, 200);
  assert.match(await detail.text(), /Hallo/);
  assert.equal((await fetch(`http://127.0.0.1:${catcher.webPort}/mail/..%2Fx`)).status, 404);
});
