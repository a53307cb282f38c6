import { EVERYONE } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NotificationsService } from '../../../src/modules/notifications';
import { NotificationJobs, NotificationMailer } from '../../../src/modules/notifications/notification-mailer';
import { demoEmail, mailsMatching, waitForMails } from '../../support/mail-inbox';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = ['fachkraft.biberach', 'fachkraft.offenbach', 'leitung.biberach'];

describe('notification mails: immediate, digest, exactly once with two instances', () => {
  let testApp: TestApp;
  let second: TestApp | undefined;
  const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
  const idOf = {} as Record<DemoLogin, string>;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    for (const login of LOGINS) {
      const { client } = await signIn(testApp.baseUrl, login);
      if (login === 'leitung.biberach') {
        const response = await client.request('PUT', '/api/notifications/settings', {
          body: { settings: [{ kind: 'mention', delivery: 'off' }] },
        });
        expect(response.status).toBe(200);
      }
    }
    const users: { id: string; email: string }[] =
      await testApp.dataSource.query(`SELECT id, email FROM users`);
    for (const login of LOGINS) idOf[login] = users.find((user) => user.email === demoEmail(login))!.id;
  });
  afterAll(async () => {
    await second?.close();
    await testApp.close();
  });

  const service = () => testApp.app.get(NotificationsService);

  it('sends an immediate mail through the queue: German text and HTML, escaped, with unsubscribe link', async () => {
    const title = 'Sie wurden erwähnt: <b>Fachtag</b> & mehr';
    await service().notifyUsers([idOf['fachkraft.offenbach']], {
      kind: 'mention',
      title,
      text: 'Jonas Keller hat Sie im Kommentar zur Fachtagung erwähnt.',
      link: '/neuigkeiten/123',
    });
    const [mail] = await waitForMails({ to: demoEmail('fachkraft.offenbach'), subject: 'Fachtag' });
    expect(mail!.subject).toBe(`Erwähnungen: ${title}`);
    expect(mail!.text).toContain('Jonas Keller hat Sie im Kommentar zur Fachtagung erwähnt.');
    expect(mail!.text).toContain(`${testApp.baseUrl}/neuigkeiten/123`);
    expect(mail!.text).toContain(
      `Benachrichtigungen einstellen oder abbestellen: ${testApp.baseUrl}/einstellungen/benachrichtigungen`,
    );
    expect(mail!.html).toContain('&lt;b&gt;Fachtag&lt;/b&gt; &amp; mehr');
    expect(mail!.html).not.toContain('<b>Fachtag');
    expect(mail!.html).toContain('lang="de"');
    expect(mail!.html).toContain(`href="${testApp.baseUrl}/einstellungen/benachrichtigungen"`);
    expect(mail!.rawHeaders['list-unsubscribe']).toBe(
      `List-Unsubscribe: <${testApp.baseUrl}/einstellungen/benachrichtigungen>`,
    );
    await testApp.app.get(JobQueue).drained();
    const [row]: { mailed_at: Date | null }[] = await testApp.dataSource.query(
      `SELECT mailed_at FROM notifications WHERE title = $1`,
      [title],
    );
    expect(row?.mailed_at?.toISOString()).toBe(clock.now().toISOString());
  });

  it('sends no mail for a kind switched off, and none for digest kinds until the digest', async () => {
    await service().notifyUsers([idOf['leitung.biberach']], {
      kind: 'mention',
      title: 'Stumm geschaltet',
      text: 'Keine E-Mail',
      link: '/',
    });
    await service().notifyUsers([idOf['fachkraft.biberach']], {
      kind: 'news',
      title: 'Wartet auf die Zusammenfassung',
      text: 'Tagesmeldung',
      link: '/neuigkeiten',
    });
    await testApp.app.get(JobQueue).drained();
    await settle();
    expect(await mailsMatching({ to: demoEmail('leitung.biberach'), subject: 'Stumm geschaltet' })).toEqual(
      [],
    );
    expect(await mailsMatching({ to: demoEmail('fachkraft.biberach'), text: 'Wartet auf die' })).toEqual([]);
  });

  it('bundles all unsent items of a user into ONE digest mail, sent once', async () => {
    for (const title of ['Digest Eins', 'Digest Zwei', 'Digest Drei']) {
      clock.advance(1000);
      await service().notifyAudience(
        { ...EVERYONE, states: ['Baden-Württemberg'] },
        {
          kind: 'news',
          title,
          text: `Kurz: ${title}`,
          link: '/neuigkeiten',
        },
      );
    }
    const jobs = testApp.app.get(JobQueue);
    await jobs.send(NotificationJobs.DailyDigest, {});
    await jobs.drained();
    const mails = await waitForMails({ to: demoEmail('fachkraft.biberach'), text: 'Digest Drei' });
    expect(mails).toHaveLength(1);
    const digest = mails[0]!;
    // The item from the previous test waited for this digest too: 4 items.
    expect(digest.subject).toBe('Ihre tägliche Zusammenfassung: 4 neue Benachrichtigungen');
    for (const title of ['Wartet auf die Zusammenfassung', 'Digest Eins', 'Digest Zwei', 'Digest Drei'])
      expect(digest.text).toContain(title);
    expect(digest.html).toContain('Neuigkeiten: Digest Zwei');
    expect(digest.text).toContain('/einstellungen/benachrichtigungen');

    await jobs.send(NotificationJobs.DailyDigest, {});
    await jobs.drained();
    await settle();
    expect(await mailsMatching({ to: demoEmail('fachkraft.biberach'), text: 'Digest Drei' })).toHaveLength(1);
    const pending: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) FROM notifications WHERE mail_cadence = 'daily' AND mailed_at IS NULL`,
    );
    expect(Number(pending[0]!.count)).toBe(0);
  });

  it('leaves out of the digest what the person has already read in the portal', async () => {
    for (const title of ['Schon gelesen', 'Noch ungelesen']) {
      clock.advance(1000);
      await service().notifyUsers([idOf['fachkraft.biberach']], {
        kind: 'news',
        title,
        text: `Kurz: ${title}`,
        link: '/neuigkeiten',
      });
    }
    await testApp.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND title = 'Schon gelesen'`,
      [idOf['fachkraft.biberach']],
    );
    const jobs = testApp.app.get(JobQueue);
    await jobs.send(NotificationJobs.DailyDigest, {});
    await jobs.drained();
    const [digest] = await waitForMails({ to: demoEmail('fachkraft.biberach'), text: 'Noch ungelesen' });
    expect(digest?.subject).toBe('Ihre tägliche Zusammenfassung: 1 neue Benachrichtigung');
    expect(digest?.text).not.toContain('Schon gelesen');
    const pending: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) FROM notifications WHERE mail_cadence = 'daily' AND mailed_at IS NULL`,
    );
    expect(Number(pending[0]!.count)).toBe(0);
  });

  it('never sends twice with two backend instances on one database', async () => {
    second = await createTestApp({ DATABASE_URL: testApp.config.databaseUrl }, { clock, instance: 1 });
    const services = [testApp, second].map((app) => app.app.get(NotificationsService));
    for (let i = 1; i <= 3; i++) {
      clock.advance(1000);
      await services[i % 2]!.notifyUsers([idOf['fachkraft.offenbach']], {
        kind: 'news',
        title: `Doppelt ${i}`,
        text: 'Zwei Instanzen',
        link: '/neuigkeiten',
      });
    }
    for (let i = 1; i <= 4; i++) {
      await services[i % 2]!.notifyUsers([idOf['fachkraft.offenbach']], {
        kind: 'news-important',
        title: `Sofort doppelt ${i}`,
        text: 'Zwei Instanzen',
        link: '/neuigkeiten',
      });
    }
    // Both instances run the digest at the same moment (as if both had the cron), twice each.
    const mailers = [testApp, second].map((app) => app.app.get(NotificationMailer));
    const sent = await Promise.all([
      mailers[0]!.sendDigests('daily'),
      mailers[1]!.sendDigests('daily'),
      mailers[0]!.sendImmediate(),
      mailers[1]!.sendImmediate(),
    ]);
    expect(sent[0]! + sent[1]!).toBe(1);
    await Promise.all([testApp, second].map((app) => app.app.get(JobQueue).drained()));
    await settle();
    const digests = await mailsMatching({ to: demoEmail('fachkraft.offenbach'), text: 'Doppelt 3' });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Ihre tägliche Zusammenfassung: 3 neue Benachrichtigungen');
    for (let i = 1; i <= 4; i++) {
      expect(
        await mailsMatching({ to: demoEmail('fachkraft.offenbach'), subject: `Sofort doppelt ${i}` }),
      ).toHaveLength(1);
    }
  });
});
