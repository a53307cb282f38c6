import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header lines by lower-case name (mailparser restructures some, e.g. List-*). */
  rawHeaders: Record<string, string>;
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
      const to = [mail.to ?? []]
        .flat()
        .flatMap((address) => address.value.map((entry) => entry.address ?? ''));
      return {
        file,
        to: to.join(', '),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        rawHeaders: Object.fromEntries(mail.headerLines.map((header) => [header.key, header.line])),
      };
    }),
  );
}

export interface MailFilter {
  to: string;
  /** Part of the subject. */
  subject?: string;
  /** Part of the plain-text body (e.g. a title unique to the test). */
  text?: string;
}

function matches(mail: ReceivedMail, filter: MailFilter): boolean {
  return (
    mail.to.includes(filter.to) &&
    (!filter.subject || mail.subject.includes(filter.subject)) &&
    (!filter.text || mail.text.includes(filter.text))
  );
}

/** The mails received so far that match (all test files share the catcher: filter narrowly). */
export async function mailsMatching(filter: MailFilter): Promise<ReceivedMail[]> {
  return (await receivedMails()).filter((mail) => matches(mail, filter));
}

/** Waits until at least `count` matching mails arrived; returns them. */
export async function waitForMails(
  filter: MailFilter,
  { count = 1, timeoutMs = 15_000 } = {},
): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsMatching(filter);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) {
      throw new Error(`expected ${count} mail(s) matching ${JSON.stringify(filter)}, got ${mails.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const demoEmail = (login: string) => `${login}@demo.kommunale-jobcenter.example`;
