import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NotificationsService } from '../../../src/modules/notifications';
import { NotificationJobs } from '../../../src/modules/notifications/notification-mailer';
import { demoEmail, mailsMatching, waitForMails } from '../../support/mail-inbox';
import { signIn } from '../../support/sign-in';
import { startSmtpRelay, unusedPort } from '../../support/smtp-relay';
import { createTestApp, TestApp } from '../../support/test-app';

describe('notification mails while the SMTP relay is down', () => {
  let testApp: TestApp;
  let port: number;
  let relay: { close(): Promise<void> } | undefined;

  beforeAll(async () => {
    port = await unusedPort();
    testApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await signIn(testApp.baseUrl, 'fachkraft.offenbach');
  });
  afterAll(async () => {
    await testApp.close();
    await relay?.close();
  });

  it('keeps the mail, retries, and sends it exactly once when the relay is back', async () => {
    const [user]: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = $1`, [
      demoEmail('fachkraft.offenbach'),
    ]);
    await testApp.app.get(NotificationsService).notifyUsers([user!.id], {
      kind: 'news-important',
      title: 'Trotz Ausfall zugestellt',
      text: 'Der Mailserver war kurz weg.',
      link: '/neuigkeiten',
    });

    // The first attempt fails (connection refused) and the job waits for its retry.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [job]: { retry_count: number }[] = await testApp.dataSource.query(
        `SELECT max(retry_count) AS retry_count FROM pgboss.job WHERE name = $1`,
        [NotificationJobs.Immediate],
      );
      if ((job?.retry_count ?? 0) >= 1) break;
      if (Date.now() > deadline) throw new Error('the mail job did not fail and retry');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [pending]: { mailed_at: Date | null }[] = await testApp.dataSource.query(
      `SELECT mailed_at FROM notifications WHERE title = 'Trotz Ausfall zugestellt'`,
    );
    expect(pending?.mailed_at).toBeNull();

    relay = await startSmtpRelay(port);
    await waitForMails(
      { to: demoEmail('fachkraft.offenbach'), subject: 'Trotz Ausfall zugestellt' },
      { timeoutMs: 25_000 },
    );
    await testApp.app.get(JobQueue).drained(undefined, 25_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(
      await mailsMatching({ to: demoEmail('fachkraft.offenbach'), subject: 'Trotz Ausfall zugestellt' }),
    ).toHaveLength(1);
  }, 60_000);
});
