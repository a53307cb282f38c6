import { hasPermission, Permission } from '@portal/contracts';
import { APIRequestContext, expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import {
  anonymous,
  as,
  CatalogueRoute,
  expectNoInternals,
  expectProblem,
  json,
  LOGIN_BY_ROLE,
  ROLES,
  routeCatalogue,
  STATE_CHANGING,
  write,
  xsrf,
} from './support';

/** Would end the caller's own session; covered in v02-v03. */
const NOT_IN_MATRIX = new Set(['POST /api/auth/logout']);

/** Idempotent removals of the caller's own marks: deleting a mark that is not there is a success. */
const OWN_IDEMPOTENT = new Set(['DELETE /api/bookmarks/:type/:id']);

/** A value per path parameter: a guessed UUID for ids, plausible values for the rest. */
const PARAMETER_VALUES: Record<string, () => string> = {
  id: () => randomUUID(),
  fileId: () => randomUUID(),
  overrideId: () => randomUUID(),
  itemId: () => randomUUID(),
  termId: () => randomUUID(),
  type: () => 'news',
  size: () => 'thumb',
  page: () => '1',
  number: () => '1',
  token: () => 'a'.repeat(43),
  slug: () => 'gibt-es-nicht',
  key: () => 'gibt-es-nicht',
  figure: () => 'gibt-es-nicht',
};

function concrete(route: CatalogueRoute): string {
  return route.path.replace(/:(\w+)/g, (_all, name: string) => {
    const value = PARAMETER_VALUES[name];
    if (!value) throw new Error(`unclassified path parameter :${name} in ${route.method} ${route.path}`);
    return value();
  });
}

async function call(context: APIRequestContext, route: CatalogueRoute, path: string) {
  return context.fetch(path, {
    method: route.method,
    headers: STATE_CHANGING.has(route.method) ? await xsrf(context) : {},
    data: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
    maxRedirects: 0,
  });
}

test.describe('V4 access control', () => {
  const routes = routeCatalogue().filter((route) => !NOT_IN_MATRIX.has(`${route.method} ${route.path}`));

  test('the running build serves exactly the reviewed route catalogue', async () => {
    const context = await as(LOGIN_BY_ROLE.staff);
    const document = await json<{ paths: Record<string, Record<string, unknown>> }>(
      await context.get('/api/docs/openapi.json'),
      200,
    );
    const served = Object.entries(document.paths)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const catalogue = routeCatalogue()
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(served).toEqual(catalogue);
    // Every path parameter is classified (a new kind of parameter needs a value above).
    for (const route of routeCatalogue()) concrete(route);
    await context.dispose();
  });

  test('every non-public route answers 401 (problem+json) to anonymous callers', async () => {
    const context = await anonymous();
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const response = await call(context, route, concrete(route));
      expect(`${route.method} ${route.path} → ${response.status()}`).toBe(
        `${route.method} ${route.path} → 401`,
      );
      await expectProblem(response, 401);
    }
    await context.dispose();
  });

  for (const role of ROLES) {
    test(`${role}: denied routes answer 403, guessed ids 400/403/404, nothing 5xx`, async () => {
      const context = await as(LOGIN_BY_ROLE[role]);
      const failures: string[] = [];
      for (const route of routes.filter((r) => r.access !== 'public')) {
        const path = concrete(route);
        const response = await call(context, route, path);
        const status = response.status();
        const label = `${role} ${route.method} ${route.path} → ${status}`;
        const allowed = hasPermission([role], route.access as Permission);
        if (status >= 500) failures.push(`${label} (server error)`);
        else if (!allowed && status !== 403) failures.push(`${label} (expected 403)`);
        else if (allowed && status === 401) failures.push(`${label} (signed in, but 401)`);
        else if (
          allowed &&
          path !== route.path &&
          status >= 200 &&
          status < 300 &&
          !OWN_IDEMPOTENT.has(`${route.method} ${route.path}`)
        )
          failures.push(`${label} (a guessed id answered with success)`);
        if (status >= 400) expectNoInternals(await response.text());
      }
      expect(failures).toEqual([]);
      // The session is still usable afterwards.
      expect((await context.get('/api/me')).status()).toBe(200);
      await context.dispose();
    });
  }
});

test.describe('V4 resource ownership and audience', () => {
  const EVERYONE = { states: [], organisationIds: [], roles: [] };

  async function organisationId(context: APIRequestContext, key: string): Promise<string> {
    const me = await json<{ organisation: { id: string; key?: string; slug?: string } | null }>(
      await context.get('/api/me'),
      200,
    );
    expect(me.organisation, key).toBeTruthy();
    return me.organisation!.id;
  }

  test("another person's draft news item is invisible and untouchable", async () => {
    const author = await as('redaktion.biberach');
    const biberach = await organisationId(author, 'landkreis-biberach');
    const draft = await json<{ id: string; version: number }>(
      await write(author, 'POST', '/api/news', {
        title: 'Entwurf nur für die Redaktion Biberach',
        teaser: 'Noch nicht veröffentlicht.',
        body: 'Geheimer Entwurf.',
        category: 'netzwerk',
        audience: { states: [], organisationIds: [biberach], roles: [] },
      }),
      201,
    );
    expect((await author.get(`/api/news/${draft.id}`)).status()).toBe(200);
    for (const login of [
      'redaktion.offenbach',
      'fachkraft.biberach',
      'fachkraft.offenbach',
      'leitung.offenbach',
    ]) {
      const other = await as(login);
      await expectProblem(await other.get(`/api/news/${draft.id}`), [403, 404]);
      await expectProblem(
        await write(other, 'PUT', `/api/news/${draft.id}`, {
          title: 'Übernommen',
          teaser: 'x',
          body: 'x',
          category: 'netzwerk',
          audience: EVERYONE,
          version: draft.version,
        }),
        [403, 404],
      );
      await expectProblem(
        await write(other, 'POST', `/api/news/${draft.id}/publish`, { version: draft.version }),
        [403, 404],
      );
      await expectProblem(await write(other, 'DELETE', `/api/news/${draft.id}`), [403, 404]);
      const feed = await json<{ items: { id: string }[] }>(await other.get('/api/news?limit=50'), 200);
      expect(feed.items.map((item) => item.id)).not.toContain(draft.id);
      await other.dispose();
    }
    expect((await author.get(`/api/news/${draft.id}`)).status()).toBe(200);
    await author.dispose();
  });

  test("another Jobcenter's audience-restricted news and its comments answer 404", async () => {
    const coordination = await as('koordination.dlt');
    const insider = await as('fachkraft.biberach');
    const outsider = await as('fachkraft.offenbach');
    const biberach = await organisationId(insider, 'landkreis-biberach');
    const created = await json<{ id: string; version: number }>(
      await write(coordination, 'POST', '/api/news', {
        title: 'Nur für Biberach',
        teaser: 'Interne Mitteilung.',
        body: 'Nur für das Jobcenter Biberach.',
        category: 'netzwerk',
        audience: { states: [], organisationIds: [biberach], roles: [] },
      }),
      201,
    );
    await json(
      await write(coordination, 'POST', `/api/news/${created.id}/publish`, { version: created.version }),
      200,
    );
    expect((await insider.get(`/api/news/${created.id}`)).status()).toBe(200);
    const comment = await write(insider, 'POST', '/api/comments', {
      targetType: 'news',
      targetId: created.id,
      body: 'Interner Kommentar',
    });
    expect(comment.status()).toBe(201);
    const commentId = ((await comment.json()) as { id: string }).id;

    await expectProblem(await outsider.get(`/api/news/${created.id}`), 404);
    await expectProblem(
      await outsider.get(`/api/comments?targetType=news&targetId=${created.id}`),
      [403, 404],
    );
    await expectProblem(
      await write(outsider, 'POST', '/api/comments', {
        targetType: 'news',
        targetId: created.id,
        body: 'Hallo',
      }),
      [403, 404],
    );
    await expectProblem(
      await write(outsider, 'PUT', `/api/comments/${commentId}`, { body: 'geändert', version: 1 }),
      [403, 404],
    );
    await expectProblem(await write(outsider, 'DELETE', `/api/comments/${commentId}`), [403, 404]);
    const search = await json<unknown>(await outsider.get('/api/search?q=Biberach%20Mitteilung'), 200);
    expect(JSON.stringify(search)).not.toContain(created.id);
    for (const context of [coordination, insider, outsider]) await context.dispose();
  });

  test("another person's comment cannot be edited or deleted by a colleague", async () => {
    const coordination = await as('koordination.dlt');
    const created = await json<{ id: string; version: number }>(
      await write(coordination, 'POST', '/api/news', {
        title: 'Für alle',
        teaser: 'Offen für Kommentare.',
        body: 'Text.',
        category: 'netzwerk',
        audience: EVERYONE,
      }),
      201,
    );
    await json(
      await write(coordination, 'POST', `/api/news/${created.id}/publish`, { version: created.version }),
      200,
    );
    const author = await as('fachkraft.biberach');
    const colleague = await as('fachkraft.offenbach');
    const comment = await json<{ id: string; version: number }>(
      await write(author, 'POST', '/api/comments', {
        targetType: 'news',
        targetId: created.id,
        body: 'Mein Kommentar',
      }),
      201,
    );
    await expectProblem(
      await write(colleague, 'PUT', `/api/comments/${comment.id}`, {
        body: 'fremd geändert',
        version: comment.version,
      }),
      [403, 404],
    );
    await expectProblem(await write(colleague, 'DELETE', `/api/comments/${comment.id}`), [403, 404]);
    for (const context of [coordination, author, colleague]) await context.dispose();
  });

  test("another person's practice draft is invisible", async () => {
    const author = await as('fachkraft.biberach');
    const draft = await json<{ id: string; version: number }>(
      await write(author, 'POST', '/api/practices', {
        title: 'Entwurf Gute Praxis',
        summary: 'Kurz.',
        situation: 'Ausgangslage.',
        approach: 'Vorgehen.',
        results: 'Ergebnisse.',
        duration: '1 Jahr',
        costs: 'keine',
        partners: 'keine',
        transferability: 'gut',
        keyFigures: [],
        targetGroupIds: [],
        fieldIds: [],
      }),
      201,
    );
    expect((await author.get(`/api/practices/${draft.id}`)).status()).toBe(200);
    for (const login of [
      'fachkraft.offenbach',
      'redaktion.biberach',
      'redaktion.offenbach',
      'leitung.biberach',
    ]) {
      const other = await as(login);
      await expectProblem(await other.get(`/api/practices/${draft.id}`), [403, 404]);
      await expectProblem(await write(other, 'DELETE', `/api/practices/${draft.id}`), [403, 404]);
      await other.dispose();
    }
    await author.dispose();
  });

  test("another Jobcenter's organisation profile cannot be changed by its neighbours", async () => {
    const biberachLead = await as('leitung.biberach');
    const offenbachLead = await as('leitung.offenbach');
    const biberach = await organisationId(biberachLead, 'landkreis-biberach');
    const profile = await json<{ version: number }>(
      await offenbachLead.get(`/api/organisations/${biberach}`),
      200,
    );
    await expectProblem(
      await write(offenbachLead, 'PATCH', `/api/organisations/${biberach}`, {
        version: profile.version,
        description: 'Übernommen von Offenbach',
      }),
      403,
    );
    await expectProblem(await offenbachLead.get(`/api/organisations/${biberach}/members`), 403);
    await biberachLead.dispose();
    await offenbachLead.dispose();
  });

  test("mass assignment: fields beyond one's rights are refused, never silently applied", async () => {
    const lead = await as('leitung.biberach');
    const biberach = await organisationId(lead, 'landkreis-biberach');
    const profile = await json<{ version: number; name: string; state: string }>(
      await lead.get(`/api/organisations/${biberach}`),
      200,
    );
    const renamed = await write(lead, 'PATCH', `/api/organisations/${biberach}`, {
      version: profile.version,
      name: 'Übernommener Name',
      state: 'Bayern',
    });
    await expectProblem(renamed, [400, 403]);
    const after = await json<{ name: string; state: string }>(
      await lead.get(`/api/organisations/${biberach}`),
      200,
    );
    expect([after.name, after.state]).toEqual([profile.name, profile.state]);

    // An editor writes only for the own Jobcenter.
    const editor = await as('redaktion.biberach');
    const offenbach = await organisationId(await as('fachkraft.offenbach'), 'kreis-offenbach');
    await expectProblem(
      await write(editor, 'POST', '/api/news', {
        title: 'Für Offenbach',
        teaser: 'x',
        body: 'x',
        category: 'netzwerk',
        audience: { states: [], organisationIds: [offenbach], roles: [] },
      }),
      [400, 403],
    );

    // Unknown or privileged fields in bodies are refused by the whitelist.
    const staff = await as('fachkraft.offenbach');
    await expectProblem(
      await write(staff, 'POST', '/api/resources/suggestions', {
        kind: 'guide',
        title: 'Vorschlag',
        description: 'x',
        status: 'published',
        audience: { states: [], organisationIds: [], roles: [] },
      }),
      400,
    );
    await expectProblem(
      await write(staff, 'PUT', '/api/me/directory-profile', {
        directoryOptOut: false,
        jobTitle: null,
        phone: null,
        topics: [],
        roles: ['admin'],
      }),
      400,
    );
    await expectProblem(
      await write(staff, 'POST', '/api/comments', {
        targetType: 'news',
        targetId: randomUUID(),
        body: 'x',
        authorId: randomUUID(),
      }),
      400,
    );
    const me = await json<{ roles: string[] }>(await staff.get('/api/me'), 200);
    expect(me.roles).toEqual(['staff']);
    for (const context of [lead, editor, staff]) await context.dispose();
  });

  test('guessed and sequential ids answer 404, malformed ids 400 or 404 – never 500', async () => {
    const context = await as(LOGIN_BY_ROLE.admin);
    const candidates = [
      '00000000-0000-0000-0000-000000000001',
      '00000000-0000-0000-0000-000000000002',
      randomUUID(),
      '1',
      '2',
      '-1',
      '0x10',
      "1' OR '1'='1",
      '../../etc/passwd',
      '%00',
      'a'.repeat(300),
    ];
    const getRoutes = routeCatalogue().filter(
      (route) => route.method === 'GET' && /\/:id(\/|$)/.test(route.path),
    );
    const failures: string[] = [];
    for (const route of getRoutes) {
      for (const id of candidates) {
        const path = route.path
          .replace(':id', encodeURIComponent(id))
          .replace(/:(\w+)/g, (_a, name: string) => PARAMETER_VALUES[name]!());
        const response = await context.get(path, { maxRedirects: 0 });
        if (![400, 403, 404].includes(response.status()))
          failures.push(`GET ${route.path} with id ${id.slice(0, 40)} → ${response.status()}`);
      }
    }
    expect(failures).toEqual([]);
    await context.dispose();
  });
});
