import type {
  AccessibilityFeedbackListDto,
  LegalPageDto,
  MarkdownPreviewDto,
  NotificationListDto,
  ProblemDto,
} from '@portal/contracts';
import { AuditAction, LEGAL_PAGE_SLUGS } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = ['admin', 'koordination.dlt', 'redaktion.biberach', 'fachkraft.biberach'];

describe('legal pages: public reading, admin editing, hostile Markdown, accessibility feedback', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
  });
  afterAll(() => testApp.close());

  it('shows every page to everyone, signed out included, with a default text marked as demo', async () => {
    for (const slug of LEGAL_PAGE_SLUGS) {
      for (const client of [anonymous, as['fachkraft.biberach']]) {
        const page = await json<LegalPageDto>(await client.get(`/api/legal-pages/${slug}`), 200);
        expect(page).toMatchObject({ slug, version: 0 });
        expect(page.bodyHtml).toContain('Platzhalter');
      }
    }
    const privacy = await json<LegalPageDto>(await anonymous.get('/api/legal-pages/datenschutz'), 200);
    expect(privacy.title).toBe('Datenschutzerklärung');
    expect(privacy.bodyHtml).toContain('<h2>');
    expect((await anonymous.get('/api/legal-pages/agb')).status).toBe(404);
    expect((await anonymous.get('/api/legal-pages/..%2Fme')).status).toBe(404);
  });

  it('lets only administrators edit and preview; everyone else gets 403, strangers 401', async () => {
    for (const login of ['koordination.dlt', 'redaktion.biberach', 'fachkraft.biberach'] as const) {
      expect(
        (await as[login].request('PUT', '/api/legal-pages/impressum', { body: { body: 'x', version: 0 } }))
          .status,
      ).toBe(403);
      expect((await as[login].post('/api/legal-pages/preview', { body: 'x' })).status).toBe(403);
    }
    expect(
      (await anonymous.request('PUT', '/api/legal-pages/impressum', { body: { body: 'x', version: 0 } }))
        .status,
    ).toBe(401);
    expect((await anonymous.post('/api/legal-pages/preview', { body: 'x' })).status).toBe(401);
  });

  it('saves with optimistic locking, logs the change and renders hostile Markdown harmless', async () => {
    const hostile = [
      '# Impressum',
      '<script>alert(1)</script>',
      '[klick](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      '![Logo](https://tracker.example/pixel.png)',
      '**Deutscher Landkreistag**',
    ].join('\n\n');
    const preview = await json<MarkdownPreviewDto>(
      await as.admin.post('/api/legal-pages/preview', { body: hostile }),
      200,
    );
    const saved = await json<LegalPageDto>(
      await as.admin.request('PUT', '/api/legal-pages/impressum', { body: { body: hostile, version: 0 } }),
      200,
    );
    expect(saved.version).toBe(1);
    expect(saved.bodyHtml).toBe(preview.bodyHtml);
    for (const html of [saved.bodyHtml, preview.bodyHtml]) {
      // Raw HTML is shown as text, the javascript: link stays text, the image becomes its alt text.
      expect(html).not.toMatch(/<script|<img|<a |href=|tracker\.example/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('<strong>Deutscher Landkreistag</strong>');
    }
    const read = await json<LegalPageDto>(await anonymous.get('/api/legal-pages/impressum'), 200);
    expect(read).toMatchObject({ version: 1, bodyHtml: saved.bodyHtml });

    // A stale version (someone saved in between) is a 409, also for a second „first save“.
    for (const version of [0, 7]) {
      const stale = await as.admin.request('PUT', '/api/legal-pages/impressum', {
        body: { body: 'Alt', version },
      });
      expect(stale.status).toBe(409);
    }
    const next = await json<LegalPageDto>(
      await as.admin.request('PUT', '/api/legal-pages/impressum', { body: { body: 'Neu', version: 1 } }),
      200,
    );
    expect(next.version).toBe(2);
    const logged = (await testApp.dataSource.query(
      `SELECT target_id, summary FROM audit_log WHERE action = $1`,
      [AuditAction.LegalPageUpdated],
    )) as { target_id: string; summary: string }[];
    expect(logged).toHaveLength(2);
    expect(logged[0]).toEqual({ target_id: 'impressum', summary: 'Impressum geändert' });

    for (const body of [
      { body: '', version: 2 },
      { body: 'x' },
      { body: 'x', version: 2, extra: true },
      { body: 'x'.repeat(50_001), version: 2 },
    ]) {
      expect((await as.admin.request('PUT', '/api/legal-pages/impressum', { body })).status).toBe(400);
    }
    expect(
      (await as.admin.request('PUT', '/api/legal-pages/agb', { body: { body: 'x', version: 0 } })).status,
    ).toBe(404);
  });

  it('takes accessibility feedback from anyone signed in, validated, and tells the coordination', async () => {
    expect(
      (
        await anonymous.post('/api/accessibility-feedback', {
          message: 'Zu wenig Kontrast',
          wantsReply: false,
        })
      ).status,
    ).toBe(401);
    for (const body of [
      {},
      { message: 'kurz', wantsReply: false },
      { message: 'Zu wenig Kontrast hier', wantsReply: 'ja' },
      { message: 'x'.repeat(4001), wantsReply: false },
      { message: 'Zu wenig Kontrast hier', wantsReply: false, page: 'p'.repeat(301) },
      { message: 'Zu wenig Kontrast hier', wantsReply: false, admin: true },
    ]) {
      const response = await as['fachkraft.biberach'].post('/api/accessibility-feedback', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as ProblemDto).title).toBe('Die Eingaben sind nicht gültig.');
    }
    const sent = await as['fachkraft.biberach'].post('/api/accessibility-feedback', {
      page: '/kampagnen',
      message: '  Die Galerie ist mit der Tastatur nicht bedienbar. <script>x</script>  ',
      wantsReply: true,
    });
    expect(sent.status).toBe(201);

    const notifications = await json<NotificationListDto>(
      await as['koordination.dlt'].get('/api/notifications'),
      200,
    );
    expect(notifications.items[0]).toMatchObject({
      kind: 'accessibility-feedback',
      title: 'Rückmeldung zur Barrierefreiheit',
    });
    const staffNotifications = await json<NotificationListDto>(
      await as['redaktion.biberach'].get('/api/notifications'),
      200,
    );
    expect(staffNotifications.items.some((item) => item.kind === 'accessibility-feedback')).toBe(false);

    const list = await json<AccessibilityFeedbackListDto>(
      await as['koordination.dlt'].get('/api/accessibility-feedback'),
      200,
    );
    expect(list.items[0]).toMatchObject({
      page: '/kampagnen',
      message: 'Die Galerie ist mit der Tastatur nicht bedienbar. <script>x</script>',
      wantsReply: true,
      senderName: expect.any(String),
    });
    expect((await as['fachkraft.biberach'].get('/api/accessibility-feedback')).status).toBe(403);
    expect((await as['redaktion.biberach'].get('/api/accessibility-feedback')).status).toBe(403);
    expect((await as.admin.get('/api/accessibility-feedback')).status).toBe(200);
    expect((await as.admin.get('/api/accessibility-feedback?cursor=!!')).status).toBe(400);
  });

  it('limits feedback to five messages per person and hour (429)', async () => {
    // One was sent above.
    for (let i = 0; i < 4; i++) {
      const response = await as['fachkraft.biberach'].post('/api/accessibility-feedback', {
        message: `Rückmeldung Nummer ${i}`,
        wantsReply: false,
      });
      expect(response.status).toBe(201);
    }
    const refused = await as['fachkraft.biberach'].post('/api/accessibility-feedback', {
      message: 'Noch eine Rückmeldung',
      wantsReply: false,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // Someone else may still write.
    expect(
      (
        await as['redaktion.biberach'].post('/api/accessibility-feedback', {
          message: 'Andere Person schreibt',
          wantsReply: false,
        })
      ).status,
    ).toBe(201);
  });
});
