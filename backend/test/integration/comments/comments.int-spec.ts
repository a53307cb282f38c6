import type {
  AudienceDto,
  CommentDto,
  CommentPageDto,
  CommentReactionDto,
  MeDto,
  MentionSuggestionDto,
  NewsDto,
  ProblemDto,
} from '@portal/contracts';
import { EVERYONE, mentionToken } from '@portal/contracts';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CommentEvents, type CommentCreatedEvent } from '../../../src/modules/comments/comment-events';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
];

/** Strings that would run script or inject markup if anything rendered comments as HTML. */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klick](javascript:alert(1))',
  '<a href="javascript:alert(1)">Link</a>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<style>body{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;entity&lt;/b&gt; <b onmouseover=alert(1)>fett</b>',
];

describe('comments: threads on news, roles, audience, mentions and reactions', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;
  const id = {} as Record<DemoLogin, string>;
  let events: CommentCreatedEvent[];
  let forEveryone: NewsDto;
  let forHessen: NewsDto;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    for (const login of LOGINS) {
      as[login] = (await signIn(testApp.baseUrl, login)).client;
      id[login] = ((await (await as[login].get('/api/me')).json()) as MeDto).id;
    }
    forEveryone = await publishNews('Für alle', EVERYONE);
    forHessen = await publishNews('Nur für Hessen', { ...EVERYONE, states: ['Hessen'] });
    const hook = testApp.app.get(CommentEvents);
    jest.spyOn(hook, 'commentCreated').mockImplementation(async (event) => {
      events.push(event);
    });
  });
  beforeEach(() => {
    events = [];
  });
  afterAll(() => testApp.close());

  async function publishNews(title: string, audience: AudienceDto): Promise<NewsDto> {
    const coordinator = as['koordination.dlt'];
    const draft = await coordinator.post('/api/news', {
      title,
      teaser: title,
      body: title,
      category: 'netzwerk',
      audience,
    });
    expect(draft.status).toBe(201);
    const created = (await draft.json()) as NewsDto;
    const published = await coordinator.post(`/api/news/${created.id}/publish`, { version: created.version });
    expect(published.status).toBe(200);
    return (await published.json()) as NewsDto;
  }

  async function comment(client: HttpClient, news: NewsDto, body: string): Promise<CommentDto> {
    clock.advance(1000);
    const response = await client.post('/api/comments', { targetType: 'news', targetId: news.id, body });
    expect([body.slice(0, 40), response.status]).toEqual([body.slice(0, 40), 201]);
    return (await response.json()) as CommentDto;
  }

  async function thread(client: HttpClient, news: NewsDto, query = ''): Promise<CommentPageDto> {
    const response = await client.get(`/api/comments?targetType=news&targetId=${news.id}${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as CommentPageDto;
  }

  function put(client: HttpClient, path: string, body?: unknown): Promise<Response> {
    return client.request('PUT', path, { body });
  }

  function remove(client: HttpClient, path: string): Promise<Response> {
    return client.request('DELETE', path);
  }

  it('lets staff comment, every role read; only the author edits; moderators remove anyone’s', async () => {
    const own = await comment(as['fachkraft.offenbach'], forEveryone, '  Gute Nachricht für uns!  ');
    expect(own).toMatchObject({
      body: 'Gute Nachricht für uns!',
      segments: [{ type: 'text', text: 'Gute Nachricht für uns!' }],
      author: { id: id['fachkraft.offenbach'], displayName: 'Thomas Becker' },
      deleted: null,
      editedAt: null,
      mayEdit: true,
      mayDelete: true,
      helpful: { count: 0, mine: false },
    });

    for (const login of LOGINS) {
      const page = await thread(as[login], forEveryone);
      const seen = page.items.find((item) => item.id === own.id)!;
      expect([login, seen.body, seen.mayEdit]).toEqual([login, own.body, login === 'fachkraft.offenbach']);
      expect([login, seen.mayDelete]).toEqual([
        login,
        ['fachkraft.offenbach', 'koordination.dlt', 'admin'].includes(login),
      ]);
    }

    // Other staff, editors and managers can neither change nor delete it.
    for (const login of ['fachkraft.biberach', 'redaktion.biberach', 'leitung.biberach'] as DemoLogin[]) {
      const edit = await put(as[login], `/api/comments/${own.id}`, {
        body: 'Übernommen',
        version: own.version,
      });
      expect([login, edit.status]).toEqual([login, 403]);
      expect([login, (await remove(as[login], `/api/comments/${own.id}`)).status]).toEqual([login, 403]);
    }
    // Moderators may remove it but not put words in the author's mouth.
    const moderatorEdit = await put(as['koordination.dlt'], `/api/comments/${own.id}`, {
      body: 'Geändert',
      version: own.version,
    });
    expect(moderatorEdit.status).toBe(403);

    expect((await remove(as['koordination.dlt'], `/api/comments/${own.id}`)).status).toBe(204);
    const afterModeration = (await thread(as['fachkraft.biberach'], forEveryone)).items.find(
      (item) => item.id === own.id,
    )!;
    expect(afterModeration).toMatchObject({
      body: null,
      segments: [],
      deleted: { by: 'moderation' },
      mayEdit: false,
      mayDelete: false,
    });
    expect(JSON.stringify(afterModeration)).not.toContain('Gute Nachricht');
    // Deleting twice changes nothing; a deleted comment can no longer be edited.
    expect((await remove(as['admin'], `/api/comments/${own.id}`)).status).toBe(204);
    const lateEdit = await put(as['fachkraft.offenbach'], `/api/comments/${own.id}`, {
      body: 'Doch noch',
      version: afterModeration.version,
    });
    expect(lateEdit.status).toBe(409);
    // Others still may not „delete“ it.
    expect((await remove(as['fachkraft.biberach'], `/api/comments/${own.id}`)).status).toBe(403);

    const second = await comment(as['fachkraft.offenbach'], forEveryone, 'Zweiter Versuch');
    expect((await remove(as['fachkraft.offenbach'], `/api/comments/${second.id}`)).status).toBe(204);
    const deleted = (await thread(as['fachkraft.offenbach'], forEveryone)).items.find(
      (item) => item.id === second.id,
    )!;
    expect(deleted.deleted?.by).toBe('author');
    expect(deleted.body).toBeNull();
  });

  it('treats comments on content outside the audience as „not found“: list, post, suggestions, changes', async () => {
    const hessian = await comment(as['fachkraft.offenbach'], forHessen, 'Betrifft uns in Hessen');
    const outsider = as['fachkraft.biberach'];
    const list = await outsider.get(`/api/comments?targetType=news&targetId=${forHessen.id}`);
    expect(list.status).toBe(404);
    expect(JSON.stringify(await list.json())).not.toContain('Hessen');
    const post = await outsider.post('/api/comments', {
      targetType: 'news',
      targetId: forHessen.id,
      body: 'Ich auch',
    });
    expect(post.status).toBe(404);
    const suggestions = await outsider.get(
      `/api/users/mention-suggestions?q=Th&targetType=news&targetId=${forHessen.id}`,
    );
    expect(suggestions.status).toBe(404);
    expect((await put(outsider, `/api/comments/${hessian.id}/reactions/helpful`)).status).toBe(404);
    expect((await remove(outsider, `/api/comments/${hessian.id}`)).status).toBe(404);
    // Unknown targets and ids alike.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await as['admin'].get(`/api/comments?targetType=news&targetId=${unknown}`)).status).toBe(404);
    expect((await remove(as['admin'], `/api/comments/${unknown}`)).status).toBe(404);
    expect((await remove(as['admin'], `/api/comments/not-a-uuid`)).status).toBe(404);
    expect((await as['admin'].get(`/api/comments?targetType=page&targetId=${unknown}`)).status).toBe(400);
    // Drafts have no thread for readers.
    const draft = await as['koordination.dlt'].post('/api/news', {
      title: 'Entwurf',
      teaser: 'Entwurf',
      body: 'Entwurf',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const draftId = ((await draft.json()) as NewsDto).id;
    expect(
      (await as['fachkraft.offenbach'].get(`/api/comments?targetType=news&targetId=${draftId}`)).status,
    ).toBe(404);
  });

  it('refuses new comments and edits with 409 when comments are switched off', async () => {
    const closed = await publishNews('Ohne Kommentare', EVERYONE);
    const earlier = await comment(as['fachkraft.offenbach'], closed, 'Vor dem Schließen');
    await testApp.dataSource.query(`UPDATE news SET comments_enabled = false WHERE id = $1`, [closed.id]);

    const page = await thread(as['fachkraft.offenbach'], closed);
    expect(page.open).toBe(false);
    expect(page.items.map((item) => item.body)).toEqual(['Vor dem Schließen']);
    const refused = await as['fachkraft.offenbach'].post('/api/comments', {
      targetType: 'news',
      targetId: closed.id,
      body: 'Noch etwas',
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ProblemDto).detail).toBe(
      'Kommentare sind für diesen Beitrag geschlossen.',
    );
    const edit = await put(as['fachkraft.offenbach'], `/api/comments/${earlier.id}`, {
      body: 'Nachträglich',
      version: earlier.version,
    });
    expect(edit.status).toBe(409);
    expect((await thread(as['fachkraft.offenbach'], forEveryone)).open).toBe(true);
  });

  it('refuses comments on drafts and scheduled items with 409, also from their editors', async () => {
    const coordinator = as['koordination.dlt'];
    const created = await coordinator.post('/api/news', {
      title: 'Noch nicht veröffentlicht',
      teaser: 'Geplant',
      body: 'Geplant',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const draft = (await created.json()) as NewsDto;
    const attempt = () =>
      coordinator.post('/api/comments', { targetType: 'news', targetId: draft.id, body: 'Zu früh' });
    const onDraft = await attempt();
    expect(onDraft.status).toBe(409);
    expect(onDraft.headers.get('content-type')).toContain('application/problem+json');

    const publishAt = new Date(clock.now().getTime() + 86_400_000).toISOString();
    const scheduled = await coordinator.post(`/api/news/${draft.id}/publish`, {
      version: draft.version,
      publishAt,
    });
    expect(scheduled.status).toBe(200);
    const onScheduled = await attempt();
    expect(onScheduled.status).toBe(409);
    expect(((await onScheduled.json()) as ProblemDto).detail).toBe(
      'Kommentare sind erst möglich, wenn die Neuigkeit veröffentlicht ist. Diese Neuigkeit ist noch ein Entwurf oder geplant.',
    );
    expect((await thread(coordinator, draft)).open).toBe(false);

    // From its time on, the thread is open.
    clock.advance(2 * 86_400_000);
    expect((await attempt()).status).toBe(201);
  });

  it('refuses a stale edit with 409 and marks an edited comment', async () => {
    const original = await comment(as['redaktion.biberach'], forEveryone, 'Erste Fassung');
    clock.advance(60_000);
    const first = await put(as['redaktion.biberach'], `/api/comments/${original.id}`, {
      body: 'Zweite Fassung',
      version: original.version,
    });
    expect(first.status).toBe(200);
    const edited = (await first.json()) as CommentDto;
    expect(edited.body).toBe('Zweite Fassung');
    expect(edited.version).toBe(original.version + 1);
    expect(edited.editedAt).toBe(clock.now().toISOString());
    expect(edited.createdAt).toBe(original.createdAt);

    const stale = await put(as['redaktion.biberach'], `/api/comments/${original.id}`, {
      body: 'Dritte Fassung',
      version: original.version,
    });
    expect(stale.status).toBe(409);
    const after = (await thread(as['redaktion.biberach'], forEveryone)).items.find(
      (item) => item.id === original.id,
    );
    expect(after?.body).toBe('Zweite Fassung');
  });

  it('validates the body: 1 to 5,000 characters after trimming', async () => {
    const client = as['fachkraft.offenbach'];
    const post = (body: unknown) =>
      client.post('/api/comments', { targetType: 'news', targetId: forEveryone.id, body });
    const overlong = await post('x'.repeat(5001));
    expect(overlong.status).toBe(400);
    expect(
      ((await overlong.json()) as ProblemDto & { errors: Record<string, string[]> }).errors['body'],
    ).toEqual(['Darf höchstens 5000 Zeichen lang sein.']);
    expect((await post('   \n  ')).status).toBe(400);
    expect((await post(42)).status).toBe(400);
    expect(
      (
        await client.post('/api/comments', {
          targetType: 'news',
          targetId: forEveryone.id,
          body: 'x',
          extra: 1,
        })
      ).status,
    ).toBe(400);
    const longest = await comment(client, forEveryone, `  ${'y'.repeat(5000)}  `);
    expect(longest.body).toHaveLength(5000);
    expect(
      (await put(client, `/api/comments/${longest.id}`, { body: 'z'.repeat(5001), version: longest.version }))
        .status,
    ).toBe(400);
  });

  it('stores markup and script as inert text and returns it verbatim as text segments', async () => {
    for (const payload of XSS_PAYLOADS) {
      const created = await comment(as['fachkraft.offenbach'], forEveryone, payload);
      expect(created.body).toBe(payload);
      expect(created.segments).toEqual([{ type: 'text', text: payload }]);
    }
    const response = await as['fachkraft.biberach'].get(
      `/api/comments?targetType=news&targetId=${forEveryone.id}&limit=50`,
    );
    expect(response.headers.get('content-type')).toContain('application/json');
    const bodies = ((await response.json()) as CommentPageDto).items.map((item) => item.body);
    for (const payload of XSS_PAYLOADS) expect(bodies).toContain(payload);
  });

  it('resolves mentions, rejects unknown people and reports only those who can see the item', async () => {
    const aylin = mentionToken(id['fachkraft.biberach'], 'Aylin Demir');
    const thomas = mentionToken(id['fachkraft.offenbach'], 'Falscher Name');
    const unknown = mentionToken('0b8f6a1e-4c1d-4a7e-9f00-1234567890ab', 'Niemand');

    const rejected = await as['koordination.dlt'].post('/api/comments', {
      targetType: 'news',
      targetId: forHessen.id,
      body: `Hallo ${unknown}`,
    });
    expect(rejected.status).toBe(400);
    expect(JSON.stringify(await rejected.json())).toContain('nicht bekannt');
    expect(events).toEqual([]);

    // Aylin (Biberach) cannot see the Hessian item: stored as a mention, not reported.
    const created = await comment(
      as['koordination.dlt'],
      forHessen,
      `Bitte ansehen, ${thomas} und ${aylin}, sowie ich selbst ${mentionToken(id['koordination.dlt'], 'Jonas')}.`,
    );
    expect(created.segments).toEqual([
      { type: 'text', text: 'Bitte ansehen, ' },
      { type: 'mention', userId: id['fachkraft.offenbach'], displayName: 'Thomas Becker' },
      { type: 'text', text: ' und ' },
      { type: 'mention', userId: id['fachkraft.biberach'], displayName: 'Aylin Demir' },
      { type: 'text', text: ', sowie ich selbst ' },
      { type: 'mention', userId: id['koordination.dlt'], displayName: 'Jonas Keller' },
      { type: 'text', text: '.' },
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        targetType: 'news',
        targetId: forHessen.id,
        commentId: created.id,
        authorId: id['koordination.dlt'],
        mentionedUserIds: [id['fachkraft.offenbach']],
        target: { title: forHessen.title, link: `/neuigkeiten/${forHessen.id}` },
      }),
    ]);
    // Followers are earlier commenters and the item's author — never the one who just wrote.
    expect(events[0]?.followerIds).not.toContain(id['koordination.dlt']);
    const stored: { user_id: string }[] = await testApp.dataSource.query(
      `SELECT user_id FROM comment_mentions WHERE comment_id = $1`,
      [created.id],
    );
    expect(stored).toHaveLength(3);

    // An edit can drop a mention; the text stays, the mention goes.
    const edit = await put(as['koordination.dlt'], `/api/comments/${created.id}`, {
      body: `Nur noch ${thomas}`,
      version: created.version,
    });
    expect(edit.status).toBe(200);
    expect(((await edit.json()) as CommentDto).segments).toEqual([
      { type: 'text', text: 'Nur noch ' },
      { type: 'mention', userId: id['fachkraft.offenbach'], displayName: 'Thomas Becker' },
    ]);
    const unknownInEdit = await put(as['koordination.dlt'], `/api/comments/${created.id}`, {
      body: `Und ${unknown}`,
      version: created.version + 1,
    });
    expect(unknownInEdit.status).toBe(400);
  });

  it('suggests people by name prefix who can see the item, at most 8, from 2 characters on', async () => {
    const suggest = async (client: HttpClient, q: string, news: NewsDto) => {
      const response = await client.get(
        `/api/users/mention-suggestions?q=${encodeURIComponent(q)}&targetType=news&targetId=${news.id}`,
      );
      return response;
    };
    const names = async (client: HttpClient, q: string, news: NewsDto) => {
      const response = await suggest(client, q, news);
      expect(response.status).toBe(200);
      return ((await response.json()) as MentionSuggestionDto[]).map((person) => person.displayName);
    };
    expect(await names(as['koordination.dlt'], 'Ay', forEveryone)).toEqual(['Aylin Demir']);
    expect(await names(as['koordination.dlt'], 'dem', forEveryone)).toEqual(['Aylin Demir']);
    expect(await names(as['koordination.dlt'], 'Ay', forHessen)).toEqual([]);
    expect(await names(as['koordination.dlt'], 'Th', forHessen)).toEqual(['Thomas Becker']);
    // Not oneself; wildcards match literally.
    expect(await names(as['fachkraft.offenbach'], 'Th', forEveryone)).toEqual([]);
    expect(await names(as['fachkraft.offenbach'], '%%', forEveryone)).toEqual([]);
    const suggestions = (await (
      await suggest(as['fachkraft.offenbach'], 'Jo', forEveryone)
    ).json()) as MentionSuggestionDto[];
    expect(suggestions).toEqual([
      { id: id['koordination.dlt'], displayName: 'Jonas Keller', organisationName: 'Deutscher Landkreistag' },
    ]);
    expect((await suggest(as['fachkraft.offenbach'], 'J', forEveryone)).status).toBe(400);

    await testApp.dataSource.query(
      `INSERT INTO users (issuer, subject, display_name, roles, organisation_id)
       SELECT 'test', 'many-' || n, 'Vielname ' || lpad(n::text, 2, '0'), '{staff}', NULL FROM generate_series(1, 12) n`,
    );
    expect(await names(as['fachkraft.offenbach'], 'Vielname', forEveryone)).toHaveLength(8);
  });

  it('counts „Hilfreich“ once per person, idempotently, with „mine“ per reader', async () => {
    const target = await comment(as['redaktion.biberach'], forEveryone, 'Hilft das?');
    const path = `/api/comments/${target.id}/reactions/helpful`;
    const mark = async (client: HttpClient) => {
      const response = await put(client, path);
      expect(response.status).toBe(200);
      return (await response.json()) as CommentReactionDto;
    };
    const unmark = async (client: HttpClient) => {
      const response = await remove(client, path);
      expect(response.status).toBe(200);
      return (await response.json()) as CommentReactionDto;
    };
    expect(await mark(as['fachkraft.offenbach'])).toEqual({ count: 1, mine: true });
    expect(await mark(as['fachkraft.offenbach'])).toEqual({ count: 1, mine: true });
    expect(await mark(as['leitung.biberach'])).toEqual({ count: 2, mine: true });

    const seenBy = async (login: DemoLogin) =>
      (await thread(as[login], forEveryone, '&limit=50')).items.find((item) => item.id === target.id)!
        .helpful;
    expect(await seenBy('fachkraft.offenbach')).toEqual({ count: 2, mine: true });
    expect(await seenBy('admin')).toEqual({ count: 2, mine: false });

    expect(await unmark(as['fachkraft.offenbach'])).toEqual({ count: 1, mine: false });
    expect(await unmark(as['fachkraft.offenbach'])).toEqual({ count: 1, mine: false });
    expect(await seenBy('leitung.biberach')).toEqual({ count: 1, mine: true });

    await remove(as['redaktion.biberach'], `/api/comments/${target.id}`);
    expect((await put(as['admin'], path)).status).toBe(409);
  });

  it('pages the thread oldest first with a keyset cursor', async () => {
    const news = await publishNews('Lange Diskussion', EVERYONE);
    const written: string[] = [];
    for (let n = 1; n <= 5; n++)
      written.push((await comment(as['fachkraft.offenbach'], news, `Beitrag ${n}`)).id);
    const first = await thread(as['admin'], news, '&limit=2');
    expect(first.items.map((item) => item.body)).toEqual(['Beitrag 1', 'Beitrag 2']);
    expect(first.nextCursor).not.toBeNull();
    // Someone comments meanwhile: it is appended, not duplicated or skipped.
    await comment(as['admin'], news, 'Beitrag 6');
    const second = await thread(as['admin'], news, `&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.body)).toEqual(['Beitrag 3', 'Beitrag 4']);
    const third = await thread(as['admin'], news, `&limit=2&cursor=${second.nextCursor}`);
    expect(third.items.map((item) => item.body)).toEqual(['Beitrag 5', 'Beitrag 6']);
    expect(third.nextCursor).toBeNull();
    expect(
      (await as['admin'].get(`/api/comments?targetType=news&targetId=${news.id}&cursor=kaputt`)).status,
    ).toBe(400);
  });

  it('reads a page of a long thread by index, in a fixed number of queries', async () => {
    const news = await publishNews('Sehr lange Diskussion', EVERYONE);
    await testApp.dataSource.query(
      `INSERT INTO comments (target_type, target_id, author_id, body, created_at)
       SELECT 'news', $1, $2, 'Beitrag ' || n, now() - interval '1 day' + n * interval '1 second'
         FROM generate_series(1, 5000) n`,
      [news.id, id['fachkraft.biberach']],
    );
    await testApp.dataSource.query(
      `INSERT INTO comment_reactions (comment_id, user_id, kind)
       SELECT c.id, u.id, 'helpful' FROM comments c CROSS JOIN users u
        WHERE c.target_id = $1 AND u.roles <> '{}'`,
      [news.id],
    );
    await testApp.dataSource.query('ANALYZE comments; ANALYZE comment_reactions; ANALYZE comment_mentions');
    const plan: { 'QUERY PLAN': string }[] = await testApp.dataSource.query(
      `EXPLAIN SELECT * FROM comments WHERE target_type = 'news' AND target_id = $1
         AND (created_at, id) > (now() - interval '1 day', '00000000-0000-0000-0000-000000000000'::uuid)
       ORDER BY created_at, id LIMIT 51`,
      [news.id],
    );
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('comments_thread_idx');

    let queries = 0;
    const original = PostgresQueryRunner.prototype.query;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (
      this: PostgresQueryRunner,
      ...args: Parameters<typeof original>
    ) {
      queries++;
      return original.apply(this, args);
    });
    const countQueries = async (limit: number) => {
      const before = queries;
      const page = await thread(as['fachkraft.offenbach'], news, `&limit=${limit}`);
      expect(page.items).toHaveLength(limit);
      return queries - before;
    };
    // The same number of queries for 1 comment as for 50: no query per comment (no N+1).
    const forOne = await countQueries(1);
    expect(await countQueries(50)).toBe(forOne);

    let cursor = '';
    const started = performance.now();
    for (let pageNo = 0; pageNo < 5; pageNo++) {
      const page = await thread(
        as['fachkraft.offenbach'],
        news,
        `&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items).toHaveLength(50);
      expect(page.items[0]!.helpful.count).toBeGreaterThan(1);
      cursor = page.nextCursor!;
    }
    const perPage = (performance.now() - started) / 5;
    spy.mockRestore();
    console.warn(
      `comments: ${perPage.toFixed(1)} ms and ${forOne} queries (session included) per page of 50 in a 5,000-comment thread`,
    );
  });
});
