import type { AccountDeletionResultDto, IdentityGoneResultDto, ProblemDto } from '@portal/contracts';
import { AuditAction, FORMER_PERSON_LABEL } from '@portal/contracts';
import { PERSONAL_DATA_SOURCES } from '../../../src/modules/privacy/personal-data-sources';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signIn, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { unzip } from '../../support/unzip';
import { auditEntries, createOneOfEverything, json, meOf, SubjectContent } from './privacy-fixtures';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'redaktion.biberach',
  'fachkraft.offenbach',
  'leitung.offenbach',
];

/** How every API names the author of content whose account was deleted. */
const FORMER = { id: null, displayName: FORMER_PERSON_LABEL };

describe('DSGVO: „Meine Daten“ and account deletion (content kept under „ehemalige Person“)', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let subjectId: string;
  let content: SubjectContent;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    subjectId = (await meOf(as['redaktion.biberach'])).id;
    const coordinatorId = (await meOf(as['koordination.dlt'])).id;
    content = await createOneOfEverything(
      testApp.dataSource,
      { client: as['redaktion.biberach'], id: subjectId },
      as['koordination.dlt'],
      coordinatorId,
    );
  }, 120_000);
  afterAll(() => testApp.close());

  async function download(client: HttpClient): Promise<Map<string, Buffer>> {
    const response = await client.get('/api/me/data-export', { accept: 'application/zip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="meine-daten-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    return unzip(Buffer.from(await response.arrayBuffer()));
  }

  const parse = (files: Map<string, Buffer>, name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`${name} missing in the ZIP`);
    return JSON.parse(file.toString('utf8')) as Record<string, unknown>;
  };

  it('exports every category as one JSON file, with a German README listing them', async () => {
    const files = await download(as['redaktion.biberach']);
    expect([...files.keys()].sort()).toEqual(
      ['README.txt', ...PERSONAL_DATA_SOURCES.map((s) => s.file)].sort(),
    );
    const readme = files.get('README.txt')!.toString('utf8');
    expect(readme).toContain('Meine Daten');
    for (const source of PERSONAL_DATA_SOURCES)
      expect(readme).toContain(`- ${source.file}: ${source.description}`);
  });

  it('contains one of everything the person has, and nothing of anyone else', async () => {
    const files = await download(as['redaktion.biberach']);
    const ids = (rows: unknown) => (rows as { id?: string }[]).map((row) => row.id);
    const profile = parse(files, 'profil.json');
    expect(profile).toMatchObject({
      id: subjectId,
      display_name: expect.any(String),
      organisation: { key: 'landkreis-biberach' },
    });
    expect(ids(parse(files, 'neuigkeiten.json')['authored'])).toEqual([content.newsId]);
    const reader = parse(files, 'neuigkeiten-gelesen-und-bestaetigt.json');
    expect(reader['readMarks']).toEqual(
      expect.arrayContaining([expect.objectContaining({ news_id: content.importantNewsId })]),
    );
    expect(reader['acknowledgements']).toEqual([
      expect.objectContaining({ news_id: content.importantNewsId }),
    ]);
    expect(ids(parse(files, 'termine.json')['authored'])).toEqual([content.eventId]);
    const practices = parse(files, 'gute-praxis.json');
    expect(ids(practices['authored'])).toEqual([content.practiceId]);
    for (const key of ['versionsOfAuthored', 'versionsEdited', 'adoptions', 'following', 'helpfulMarks']) {
      expect(practices[key]).toEqual([expect.objectContaining({ practice_id: content.practiceId })]);
    }
    const resources = parse(files, 'digitalisierung.json');
    expect(ids(resources['suggested'])).toEqual([content.resourceId]);
    expect(resources['ratings']).toEqual([
      expect.objectContaining({ resource_id: content.ratedResourceId, value: 4 }),
    ]);
    expect(resources['collections']).toEqual([]);
    const directory = parse(files, 'personenverzeichnis.json');
    expect(directory['profile']).toEqual({
      directoryOptOut: false,
      jobTitle: 'Redakteurin',
      phone: '07351 123',
      topics: ['E-Akte'],
    });
    expect(directory['contactFor']).toEqual([
      expect.objectContaining({ topic: 'digitalisierung', organisation_name: expect.any(String) }),
    ]);
    expect(directory['roleOverrides']).toEqual([
      expect.objectContaining({ role: 'manager', reason: 'Vertretung' }),
    ]);
    const comments = parse(files, 'kommentare.json');
    expect(ids(comments['authored'])).toEqual([content.commentId]);
    expect(comments['reactions']).toHaveLength(1);
    expect(comments['mentions']).toHaveLength(1);
    const campaigns = parse(files, 'kampagnen.json');
    expect(campaigns['termsAcceptances']).toHaveLength(1);
    expect(campaigns['downloads']).toEqual([]);
    const notifications = parse(files, 'benachrichtigungen.json');
    expect(notifications['settings']).toEqual([expect.objectContaining({ kind: 'news', delivery: 'off' })]);
    expect((notifications['notifications'] as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(parse(files, 'merkliste.json')['bookmarks']).toEqual([
      expect.objectContaining({ target_id: content.importantNewsId, title: 'Wichtig' }),
    ]);
    expect(parse(files, 'meldungen.json')['filed']).toHaveLength(1);
    const feeds = parse(files, 'feed-adressen.json')['feedTokens'] as Record<string, unknown>[];
    expect(feeds).toHaveLength(1);
    expect(JSON.stringify(feeds)).not.toContain('geheimer-hash');
    const uploaded = parse(files, 'hochgeladene-dateien.json')['files'] as Record<string, unknown>[];
    expect(uploaded).toEqual([
      expect.objectContaining({ id: content.fileId, original_name: 'mein-bild.png' }),
    ]);
    expect(uploaded[0]).not.toHaveProperty('storage_key');
    expect(parse(files, 'rueckmeldungen-barrierefreiheit.json')['feedback']).toHaveLength(1);
    // Requests through the API marked today; the fixture added an older day.
    expect((parse(files, 'nutzungstage.json')['days'] as unknown[]).length).toBeGreaterThanOrEqual(2);
    const audit = parse(files, 'protokoll.json')['entries'] as { action: string; actor_id: string | null }[];
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining([AuditAction.SignedIn]));
    // Nothing of anyone else: the coordinator's bookmark and comment are not in here.
    const everything = [...files.values()].map((file) => file.toString('utf8')).join('\n');
    expect(everything).not.toContain('Fremd');
    // The coordinator's comment under the subject's news reached them as a notification (theirs), but it is
    // not among their comments.
    expect(JSON.stringify(comments['authored'])).not.toContain('Antwort der Koordination');
  });

  it('logs the export, and another person gets only their own data', async () => {
    const exports = await auditEntries(as.admin, AuditAction.PersonalDataExported);
    expect(exports.some((entry) => entry.actorId === subjectId)).toBe(true);
    const files = await download(as['fachkraft.offenbach']);
    expect(parse(files, 'neuigkeiten.json')['authored']).toEqual([]);
    expect(parse(files, 'merkliste.json')['bookmarks']).toEqual([]);
    expect(parse(files, 'digitalisierung.json')).toEqual({ suggested: [], ratings: [], collections: [] });
    const directory = parse(files, 'personenverzeichnis.json');
    expect([directory['contactFor'], directory['roleOverrides']]).toEqual([[], []]);
    expect(parse(files, 'profil.json')['id']).not.toBe(subjectId);
    expect((await new HttpClient(testApp.baseUrl).get('/api/me/data-export')).status).toBe(401);
  });

  it('lets only administrators delete accounts; unknown → 404, own account → 409', async () => {
    for (const login of ['koordination.dlt', 'leitung.offenbach'] as const) {
      expect((await as[login].get('/api/admin/account-deletion-policy')).status).toBe(403);
      expect((await as[login].request('DELETE', `/api/admin/users/${subjectId}`)).status).toBe(403);
      expect((await as[login].post('/api/admin/users/identity-gone', { subjects: ['x'] })).status).toBe(403);
    }
    expect(
      (await new HttpClient(testApp.baseUrl).request('DELETE', `/api/admin/users/${subjectId}`)).status,
    ).toBe(401);
    // The confirmation dialog states what happens to content: the configured policy.
    expect(await json(await as.admin.get('/api/admin/account-deletion-policy'), 200)).toEqual({
      contentPolicy: 'anonymise',
    });
    expect(
      (await as.admin.request('DELETE', '/api/admin/users/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await as.admin.request('DELETE', '/api/admin/users/kein-uuid')).status).toBe(404);
    const adminId = (await meOf(as.admin)).id;
    const own = await as.admin.request('DELETE', `/api/admin/users/${adminId}`);
    expect(own.status).toBe(409);
    expect(((await own.json()) as ProblemDto).detail).toContain('eigene Konto');
    for (const body of [{}, { subjects: [] }, { subjects: [42] }, { subjects: ['a'], extra: 1 }]) {
      expect((await as.admin.post('/api/admin/users/identity-gone', body)).status).toBe(400);
    }
  });

  it('deletes personal data in one go, keeps content under „ehemalige Person“ and counts anonymously', async () => {
    const db = testApp.dataSource;
    const before = (await db.query(
      'SELECT count(*)::int AS n FROM news_acknowledgements WHERE news_id = $1',
      [content.importantNewsId],
    )) as { n: number }[];
    expect(before[0]!.n).toBe(1);
    const result = await json<AccountDeletionResultDto>(
      await as.admin.request('DELETE', `/api/admin/users/${subjectId}`),
      200,
    );
    expect(result).toEqual({ deleted: true, contentPolicy: 'anonymise' });

    // The session is gone at once.
    expect((await as['redaktion.biberach'].get('/api/me')).status).toBe(401);
    const count = async (sql: string, parameters: unknown[] = [subjectId]) =>
      ((await db.query(sql, parameters)) as { n: number }[])[0]!.n;
    for (const table of [
      'users WHERE id',
      'sessions WHERE user_id',
      'news_reads WHERE user_id',
      'news_acknowledgements WHERE user_id',
      'bookmarks WHERE user_id',
      'notifications WHERE user_id',
      'notification_settings WHERE user_id',
      'feed_tokens WHERE user_id',
      'campaign_terms_acceptances WHERE user_id',
      'practice_followers WHERE user_id',
      'practice_helpful_marks WHERE user_id',
      'comment_reactions WHERE user_id',
      'comment_mentions WHERE user_id',
      'user_activity WHERE user_id',
      'resource_ratings WHERE user_id',
      'organisation_contacts WHERE user_id',
      'role_overrides WHERE user_id',
    ]) {
      expect([table, await count(`SELECT count(*)::int AS n FROM ${table} = $1`)]).toEqual([table, 0]);
    }
    // Content stays, without an author (the UI says „ehemalige Person“).
    expect(await db.query('SELECT author_id FROM news WHERE id = $1', [content.newsId])).toEqual([
      { author_id: null },
    ]);
    expect(
      await db.query('SELECT author_id, title, contact_name, contact_email FROM practices WHERE id = $1', [
        content.practiceId,
      ]),
    ).toEqual([{ author_id: null, title: 'Mein Praxisbeispiel', contact_name: '', contact_email: '' }]);
    expect(
      await db.query(
        `SELECT content->'contact'->>'name' AS name, content->>'title' AS title FROM practice_versions WHERE practice_id = $1`,
        [content.practiceId],
      ),
    ).toEqual([{ name: '', title: 'Mein Praxisbeispiel' }]);
    expect(
      await db.query('SELECT suggested_by_id FROM resources WHERE id = $1', [content.resourceId]),
    ).toEqual([{ suggested_by_id: null }]);
    // The rating's share of the average stays, anonymously (like acknowledgement tallies).
    expect(
      await db.query('SELECT rating_count, rating_sum FROM resources WHERE id = $1', [
        content.ratedResourceId,
      ]),
    ).toEqual([{ rating_count: 1, rating_sum: 4 }]);
    expect(await db.query('SELECT author_id, body FROM comments WHERE id = $1', [content.commentId])).toEqual(
      [{ author_id: null, body: 'Mein Kommentar' }],
    );
    const news = await json<{ author: unknown }>(
      await as['koordination.dlt'].get(`/api/news/${content.newsId}`),
      200,
    );
    expect(news.author).toEqual(FORMER);
    // Counts that must stay: the acknowledgement became a tally, the activity days an anonymous id.
    expect(
      await db.query('SELECT anonymised FROM news_acknowledgement_tallies WHERE news_id = $1', [
        content.importantNewsId,
      ]),
    ).toEqual([{ anonymised: 1 }]);
    expect(await count(`SELECT count(*)::int AS n FROM user_activity WHERE day = '2026-11-02'`, [])).toBe(1);
    // Logged without the person's name or e-mail.
    const [entry] = await auditEntries(as.admin, AuditAction.AccountDeleted);
    expect(entry).toMatchObject({ targetType: 'user', targetId: subjectId, summary: 'Konto gelöscht' });
    expect(JSON.stringify(entry)).not.toMatch(/redaktion|Redaktion/);
    // Deleting again: the account is gone.
    expect((await as.admin.request('DELETE', `/api/admin/users/${subjectId}`)).status).toBe(404);
  });

  it('shows „ehemalige Person“ wherever the deleted person appeared as author, from one mapping', async () => {
    expect(FORMER_PERSON_LABEL).toBe('ehemalige Person');
    const coordinator = as['koordination.dlt'];
    const get = <T>(path: string) => coordinator.get(path).then((response) => json<T>(response, 200));
    // News: the detail and the feed's summary.
    expect((await get<{ author: unknown }>(`/api/news/${content.newsId}`)).author).toEqual(FORMER);
    // The news was written for Biberach: a colleague there reads it in the feed.
    const colleague = (await signIn(testApp.baseUrl, 'fachkraft.biberach')).client;
    const feed = await json<{ items: { id: string; author: unknown }[] }>(
      await colleague.get('/api/news?limit=50'),
      200,
    );
    expect(feed.items.find((item) => item.id === content.newsId)?.author).toEqual(FORMER);
    // Gute Praxis: the entry, its version history and its adoptions.
    expect((await get<{ author: unknown }>(`/api/practices/${content.practiceId}`)).author).toEqual(FORMER);
    const versions = await get<{ items: { editedBy: unknown }[] }>(
      `/api/practices/${content.practiceId}/versions`,
    );
    expect(versions.items.map((version) => version.editedBy)).toEqual([FORMER]);
    const adoptions = await get<{ items: { adoptedBy: unknown }[] }>(
      `/api/practices/${content.practiceId}/adoptions`,
    );
    expect(adoptions.items.map((adoption) => adoption.adoptedBy)).toEqual([FORMER]);
    // Termine, comments and suggested resources.
    expect((await get<{ author: unknown }>(`/api/events/${content.eventId}`)).author).toEqual(FORMER);
    const comments = await get<{ items: { id: string; author: unknown }[] }>(
      `/api/comments?targetType=news&targetId=${content.importantNewsId}`,
    );
    expect(comments.items.find((comment) => comment.id === content.commentId)?.author).toEqual(FORMER);
    expect((await get<{ suggestedBy: unknown }>(`/api/resources/${content.resourceId}`)).suggestedBy).toEqual(
      FORMER,
    );
    // Content no person wrote stays without an author — it is not „ehemalige Person“.
    expect(
      (await get<{ suggestedBy: unknown }>(`/api/resources/${content.ratedResourceId}`)).suggestedBy,
    ).toBeNull();
    // A living author is named as before.
    const own = await get<{ items: { id: string; author: { displayName: string } | null }[] }>(
      `/api/comments?targetType=news&targetId=${content.newsId}`,
    );
    expect(own.items[0]?.author).toMatchObject({ id: expect.any(String), displayName: expect.any(String) });
    expect(own.items[0]?.author?.displayName).not.toBe(FORMER_PERSON_LABEL);
  });

  it('deletes accounts from the identity provider’s list of gone subjects and reports unknown ones', async () => {
    const [gone] = (await testApp.dataSource.query(`SELECT id, subject FROM users WHERE id = $1`, [
      (await meOf(as['fachkraft.offenbach'])).id,
    ])) as { id: string; subject: string }[];
    const result = await json<IdentityGoneResultDto>(
      await as.admin.post('/api/admin/users/identity-gone', {
        subjects: [gone!.subject, 'nie-gesehen', gone!.subject],
      }),
      200,
    );
    expect(result).toEqual({ deleted: [gone!.subject], unknown: ['nie-gesehen'] });
    expect(await testApp.dataSource.query('SELECT id FROM users WHERE id = $1', [gone!.id])).toEqual([]);
    const entries = await auditEntries(as.admin, AuditAction.AccountDeleted);
    expect(entries[0]).toMatchObject({
      targetId: gone!.id,
      summary: 'Konto gelöscht (beim Anmeldedienst nicht mehr vorhanden)',
    });
  });
});

describe('DSGVO: account deletion with ACCOUNT_DELETION_CONTENT=delete', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({ ACCOUNT_DELETION_CONTENT: 'delete' });
    await signInAll(testApp.baseUrl, ['admin', 'koordination.dlt', 'redaktion.biberach'], as);
  });
  afterAll(() => testApp.close());

  it('deletes authored content with what hangs off it, and blanks the person’s comments elsewhere', async () => {
    const db = testApp.dataSource;
    const subjectId = (await meOf(as['redaktion.biberach'])).id;
    const coordinatorId = (await meOf(as['koordination.dlt'])).id;
    const content = await createOneOfEverything(
      db,
      { client: as['redaktion.biberach'], id: subjectId },
      as['koordination.dlt'],
      coordinatorId,
    );
    const result = await json<AccountDeletionResultDto>(
      await as.admin.request('DELETE', `/api/admin/users/${subjectId}`),
      200,
    );
    expect(result.contentPolicy).toBe('delete');
    expect(await json(await as.admin.get('/api/admin/account-deletion-policy'), 200)).toEqual({
      contentPolicy: 'delete',
    });
    expect(await db.query('SELECT id FROM news WHERE id = $1', [content.newsId])).toEqual([]);
    expect(await db.query('SELECT id FROM practices WHERE id = $1', [content.practiceId])).toEqual([]);
    expect(await db.query('SELECT id FROM events WHERE id = $1', [content.eventId])).toEqual([]);
    expect(await db.query('SELECT id FROM resources WHERE id = $1', [content.resourceId])).toEqual([]);
    expect(await db.query('SELECT id FROM resources WHERE id = $1', [content.ratedResourceId])).toHaveLength(
      1,
    );
    // The coordinator's comment under the deleted news went with it; the coordinator's bookmark of it too.
    expect(
      await db.query(`SELECT id FROM comments WHERE target_type = 'news' AND target_id = $1`, [
        content.newsId,
      ]),
    ).toEqual([]);
    expect(await db.query(`SELECT 1 FROM bookmarks WHERE target_id = $1`, [content.newsId])).toEqual([]);
    // The person's comment under someone else's news stays as „gelöscht“, without text or author.
    expect(
      await db.query('SELECT author_id, body, deletion_kind FROM comments WHERE id = $1', [
        content.commentId,
      ]),
    ).toEqual([{ author_id: null, body: '', deletion_kind: 'author' }]);
    // Someone else's important news keeps its rate as a tally.
    expect(
      await db.query('SELECT anonymised FROM news_acknowledgement_tallies WHERE news_id = $1', [
        content.importantNewsId,
      ]),
    ).toEqual([{ anonymised: 1 }]);
    const [entry] = (
      await json<{ items: { action: string; summary: string }[] }>(
        await as.admin.get(`/api/admin/audit?action=${AuditAction.AccountDeleted}`),
        200,
      )
    ).items;
    expect(entry?.summary).toBe('Konto gelöscht');
  });
});
