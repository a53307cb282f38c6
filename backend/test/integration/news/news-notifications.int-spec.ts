import type { CreateNewsRequest, NewsDto, NotificationListDto } from '@portal/contracts';
import { EVERYONE, mentionToken } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NewsNotifier } from '../../../src/modules/news/news-notifier';
import { HttpClient } from '../../support/http-client';
import { demoEmail, waitForMails } from '../../support/mail-inbox';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

describe('news and comments notify exactly their audience', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;
  const idOf = {} as Record<DemoLogin, string>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    const logins: DemoLogin[] = [
      'koordination.dlt',
      'fachkraft.biberach',
      'fachkraft.offenbach',
      'leitung.biberach',
    ];
    await signInAll(testApp.baseUrl, logins, as);
    const users: { id: string; email: string }[] =
      await testApp.dataSource.query(`SELECT id, email FROM users`);
    for (const login of logins) idOf[login] = users.find((user) => user.email === demoEmail(login))!.id;
  });
  afterAll(() => testApp.close());

  async function create(request: Partial<CreateNewsRequest> & { title: string }): Promise<NewsDto> {
    const response = await as['koordination.dlt'].post('/api/news', {
      teaser: `Kurz: ${request.title}`,
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
      ...request,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as NewsDto;
  }

  async function publish(item: NewsDto, publishAt?: string): Promise<void> {
    const response = await as['koordination.dlt'].post(`/api/news/${item.id}/publish`, {
      version: item.version,
      publishAt,
    });
    expect(response.status).toBe(200);
    // Publishing hands the announcement to the job queue; wait until the workers are done.
    await testApp.app.get(JobQueue).drained();
  }

  async function notifications(login: DemoLogin): Promise<NotificationListDto['items']> {
    const response = await as[login].get('/api/notifications?limit=50');
    expect(response.status).toBe(200);
    return ((await response.json()) as NotificationListDto).items;
  }

  const titles = async (login: DemoLogin) => (await notifications(login)).map((item) => item.title);

  it('announces important news for Hessen to Hessen only, with an immediate mail, not to the author', async () => {
    const item = await create({
      title: 'Wichtig: Hessen-Erlass',
      important: true,
      audience: { ...EVERYONE, states: ['Hessen'] },
    });
    await publish(item);
    const [notification] = (await notifications('fachkraft.offenbach')).filter(
      (entry) => entry.title === 'Wichtig: Hessen-Erlass',
    );
    expect(notification).toEqual(
      expect.objectContaining({ kind: 'news-important', link: `/neuigkeiten/${item.id}` }),
    );
    expect(await titles('fachkraft.biberach')).not.toContain('Wichtig: Hessen-Erlass');
    expect(await titles('koordination.dlt')).not.toContain('Wichtig: Hessen-Erlass');
    const [mail] = await waitForMails({ to: demoEmail('fachkraft.offenbach'), subject: 'Hessen-Erlass' });
    expect(mail!.text).toContain(`/neuigkeiten/${item.id}`);
  });

  it('announces a scheduled item when it is due, exactly once', async () => {
    const later = new Date(clock.now().getTime() + HOUR).toISOString();
    await publish(await create({ title: 'Geplante Ankündigung' }), later);
    const notifier = testApp.app.get(NewsNotifier);
    await notifier.notifyDue();
    expect(await titles('fachkraft.biberach')).not.toContain('Geplante Ankündigung');

    clock.set(later);
    await notifier.notifyDue();
    await notifier.notifyDue();
    const entries = (await titles('fachkraft.biberach')).filter((title) => title === 'Geplante Ankündigung');
    expect(entries).toHaveLength(1);
  });

  it('notifies mentioned people who can see the item and the author of the item, nobody else', async () => {
    const item = await create({
      title: 'Nur für Biberach',
      audience: { ...EVERYONE, organisationIds: [await biberach()] },
    });
    await publish(item);
    const body = `Bitte ansehen ${mentionToken(idOf['fachkraft.biberach'], 'Bianca Berger')} und ${mentionToken(idOf['fachkraft.offenbach'], 'Olaf Offenbach')}`;
    const response = await as['leitung.biberach'].post('/api/comments', {
      targetType: 'news',
      targetId: item.id,
      body,
    });
    expect(response.status).toBe(201);

    const mention = (await notifications('fachkraft.biberach')).find((entry) => entry.kind === 'mention');
    expect(mention?.title).toContain('hat Sie erwähnt: Nur für Biberach');
    expect(mention?.text).toContain('@Bianca Berger');
    // Offenbach is outside the audience: a mention must not leak the item.
    expect(
      (await notifications('fachkraft.offenbach')).some((entry) => entry.link === `/neuigkeiten/${item.id}`),
    ).toBe(false);
    const comment = (await notifications('koordination.dlt')).find((entry) => entry.kind === 'comment');
    expect(comment?.title).toBe('Neuer Kommentar zu „Nur für Biberach“');
    // The commenter is not told about their own comment.
    expect((await notifications('leitung.biberach')).some((entry) => entry.kind === 'comment')).toBe(false);
  });

  async function biberach(): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM organisations WHERE key = 'landkreis-biberach'`,
    );
    return rows[0]!.id;
  }
});
