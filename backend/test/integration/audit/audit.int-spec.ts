import type { AuditEntryDto, AuditListDto, NewsDto, ProblemDto } from '@portal/contracts';
import { AuditAction, EVERYONE } from '@portal/contracts';
import { AuditLog } from '../../../src/core/audit/audit-log';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signIn, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const DAY = 86_400_000;

describe('audit log: what is recorded, who may read it, export, append-only, retention', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({ AUDIT_RETENTION_DAYS: '30' }, { clock });
    await signInAll(
      testApp.baseUrl,
      ['admin', 'koordination.dlt', 'redaktion.biberach', 'fachkraft.biberach'] as DemoLogin[],
      as,
    );
  });
  afterAll(() => testApp.close());

  async function entries(query = ''): Promise<AuditEntryDto[]> {
    const response = await as.admin.get(`/api/admin/audit?limit=50${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as AuditListDto).items;
  }

  async function publishNews(title: string): Promise<NewsDto> {
    const created = await as['koordination.dlt'].post('/api/news', {
      title,
      teaser: 'Kurz',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as NewsDto;
    const published = await as['koordination.dlt'].post(`/api/news/${draft.id}/publish`, {
      version: draft.version,
    });
    expect(published.status).toBe(200);
    return (await published.json()) as NewsDto;
  }

  it('records sign-ins with who, when and from which address', async () => {
    const signIns = await entries(`&action=${AuditAction.SignedIn}`);
    expect(signIns).toHaveLength(4);
    for (const entry of signIns) {
      expect(entry.actorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(entry.ipAddress).toMatch(/127\.0\.0\.1|::1/);
      expect(entry.occurredAt).toBe(clock.now().toISOString());
    }
  });

  it('records a refused sign-in (no role) without a person id', async () => {
    await signIn(testApp.baseUrl, 'ohne.rolle');
    const failed = await entries(`&action=${AuditAction.SignInFailed}`);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ actorId: null, summary: 'Anmeldung abgelehnt: keine Rolle im Portal' });
  });

  it('records publications and moderation with the actor and the target', async () => {
    clock.advance(60_000);
    const item = await publishNews('Protokollierte Meldung');
    const published = await entries(`&action=${AuditAction.NewsPublished}`);
    expect(published[0]).toMatchObject({
      targetType: 'news',
      targetId: item.id,
      summary: 'Protokollierte Meldung',
      occurredAt: clock.now().toISOString(),
    });
    expect(published[0]!.actorName).not.toMatch(/^System/);

    const comment = await as['fachkraft.biberach'].post('/api/comments', {
      targetType: 'news',
      targetId: item.id,
      body: 'Ein Kommentar, der entfernt wird',
    });
    expect(comment.status).toBe(201);
    const { id } = (await comment.json()) as { id: string };
    expect((await as['koordination.dlt'].request('DELETE', `/api/comments/${id}`)).status).toBe(204);
    const removed = await entries(`&action=${AuditAction.CommentRemoved}`);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ targetType: 'comment', targetId: id });
  });

  it('is for administrators only: coordinators, editors and staff get 403, strangers 401', async () => {
    for (const login of ['koordination.dlt', 'redaktion.biberach', 'fachkraft.biberach'] as const) {
      expect((await as[login].get('/api/admin/audit')).status).toBe(403);
      expect((await as[login].get('/api/admin/audit/export')).status).toBe(403);
    }
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get('/api/admin/audit')).status).toBe(401);
  });

  it('has no route that changes it, and the database refuses to rewrite a line', async () => {
    const [first] = await entries();
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const response = await as.admin.request(method, `/api/admin/audit/${first!.id}`);
      expect([404, 405]).toContain(response.status);
    }
    await expect(
      testApp.dataSource.query(`UPDATE audit_log SET summary = 'geändert' WHERE id = $1`, [first!.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('answers bad filters with German 400s', async () => {
    for (const query of [
      'action=news.erfunden',
      'from=2026-13-45',
      'actorId=123',
      'cursor=!!',
      'limit=5000',
    ]) {
      const response = await as.admin.get(`/api/admin/audit?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as ProblemDto).title).toBeTruthy();
    }
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const all = await entries();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await as.admin.get(`/api/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await response.json()) as AuditListDto;
      seen.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((entry) => entry.id));
  });

  it('exports CSV for spreadsheets with formulas neutralised, and logs the export', async () => {
    await publishNews('=HYPERLINK("http://example.org/x","klick")');
    const response = await as.admin.get(`/api/admin/audit/export?action=${AuditAction.NewsPublished}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('protokoll.csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    // The byte order mark makes Excel read UTF-8 (fetch's text() would hide it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Zeitpunkt";"Aktion";"Person oder System";"Art";"Kennung";"Beschreibung";"Adresse"',
    );
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org/x"",""klick"")"`);
    expect(csv).toContain('"Neuigkeit veröffentlicht"');
    expect(await entries(`&action=${AuditAction.AuditExported}`)).toHaveLength(1);
  });

  it('purges exactly the lines older than the retention period and logs the purge', async () => {
    const before = (await entries()).length;
    clock.advance(29 * DAY);
    await publishNews('Jüngere Meldung');
    clock.advance(2 * DAY);
    const deleted = await testApp.app.get(AuditLog).purge();
    const remaining = await entries();
    expect(deleted).toBe(before);
    expect(remaining.map((entry) => entry.action).sort()).toEqual(
      [AuditAction.AuditPurged, AuditAction.NewsPublished].sort(),
    );
    expect(remaining.find((entry) => entry.action === AuditAction.AuditPurged)!.actorName).toBe(
      'System (audit.purge)',
    );
    expect(await testApp.app.get(AuditLog).purge()).toBe(0);
  });
});
