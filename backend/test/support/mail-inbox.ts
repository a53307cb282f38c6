import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface ReceivedMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

function mailDir(): string {
  const dir = process.env['TEST_MAIL_DIR'];
  if (!dir) throw new Error('TEST_MAIL_DIR missing: run through jest.integration.config.ts');
  return dir;
}

/** Every mail the catcher of this run received so far (all test files share it). */
export async function receivedMails(): Promise<ReceivedMail[]> {
  const files = (await readdir(mailDir())).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(mailDir(), file)));
      const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address ?? ''));
      return {
        file,
        to: to.join(', '),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        headers: mail.headers,
      };
    }),
  );
}

/** Mails to `recipient` whose subject contains `subject` (pick unique subjects per test). */
export async function mailsTo(recipient: string, subject: string): Promise<ReceivedMail[]> {
  return (await receivedMails()).filter((mail) => mail.to.includes(recipient) && mail.subject.includes(subject));
}

/** Waits until at least `count` such mails arrived; returns them. */
export async function waitForMails(
  recipient: string,
  subject: string,
  { count = 1, timeoutMs = 15_000 } = {},
): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(recipient, subject);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) {
      throw new Error(`expected ${count} mail(s) to ${recipient} with "${subject}", got ${mails.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const demoEmail = (login: string) => `${login}@demo.kommunale-jobcenter.example`;
