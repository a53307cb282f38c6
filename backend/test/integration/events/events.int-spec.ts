import type { AudienceDto, CreateEventRequest, EventDto, EventListDto, ProblemDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const DAY = 86_400_000;

/** Unfolds like a calendar client (RFC 5545 3.1) and returns the content lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

describe('events: authoring, audience, range, list and .ics', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let biberachId: string;
  let offenbachId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      [
        'koordination.dlt',
        'redaktion.biberach',
        'leitung.biberach',
        'fachkraft.biberach',
        'fachkraft.offenbach',
        'admin',
      ] as DemoLogin[],
      as,
    );
    const rows: { key: string; id: string }[] = await testApp.dataSource.query(
      `SELECT key, id FROM organisations WHERE key IN ('landkreis-biberach', 'kreis-offenbach')`,
    );
    biberachId = rows.find((row) => row.key === 'landkreis-biberach')!.id;
    offenbachId = rows.find((row) => row.key === 'kreis-offenbach')!.id;
  });
  afterAll(() => testApp.close());

  function at(days: number, hours = 9): string {
    return new Date(clock.now().getTime() + days * DAY + hours * 3_600_000).toISOString();
  }

  function draft(title: string, audience: AudienceDto = EVERYONE, days = 3): CreateEventRequest {
    return {
      title,
      description: `Beschreibung zu ${title}`,
      startsAt: at(days),
      endsAt: at(days, 11),
      allDay: false,
      place: 'Berlin',
      audience,
    };
  }

  async function create(client: HttpClient, request: CreateEventRequest): Promise<EventDto> {
    const response = await client.post('/api/events', request);
    expect([response.status, await response.clone().text()]).toEqual([201, expect.any(String)]);
    return (await response.json()) as EventDto;
  }

  async function upcomingTitles(client: HttpClient): Promise<string[]> {
    const response = await client.get('/api/events?limit=50');
    expect(response.status).toBe(200);
    return ((await response.json()) as EventListDto).items.map((item) => item.title);
  }

  async function rangeTitles(client: HttpClient, from: string, to: string): Promise<string[]> {
    const response = await client.get(`/api/events?from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as EventListDto).items.map((item) => item.title);
  }

  it('has the demo congress and the Hessen meeting only for Hessen, the Biberach hour only for Biberach', async () => {
    const offenbach = await upcomingTitles(as['fachkraft.offenbach']);
    const biberach = await upcomingTitles(as['fachkraft.biberach']);
    expect(offenbach).toContain('Tag der kommunalen Jobcenter');
    expect(offenbach).toContain('Regionaltreffen Hessen');
    expect(offenbach).not.toContain('Redaktionssprechstunde im Jobcenter Biberach');
    expect(biberach).toContain('Redaktionssprechstunde im Jobcenter Biberach');
    expect(biberach).not.toContain('Regionaltreffen Hessen');
    expect(await upcomingTitles(as['koordination.dlt'])).toContain(
      'Webinar: Die E-Akte im Jobcenter einführen',
    );
  });

  it('applies the audience to list, range, detail and .ics (404 outside, without revealing anything)', async () => {
    const hessen = await create(
      as['koordination.dlt'],
      draft('Nur für Hessen', { ...EVERYONE, states: ['Hessen'] }, 5),
    );
    expect(hessen.organisation?.name).toBe('Deutscher Landkreistag');
    expect(hessen.author?.displayName).toBe('Jonas Keller');
    const from = at(0, 0);
    const to = at(30, 0);
    expect(await upcomingTitles(as['fachkraft.offenbach'])).toContain('Nur für Hessen');
    expect(await upcomingTitles(as['fachkraft.biberach'])).not.toContain('Nur für Hessen');
    expect(await rangeTitles(as['fachkraft.offenbach'], from, to)).toContain('Nur für Hessen');
    expect(await rangeTitles(as['fachkraft.biberach'], from, to)).not.toContain('Nur für Hessen');
    for (const path of [`/api/events/${hessen.id}`, `/api/events/${hessen.id}/ics`]) {
      expect((await as['fachkraft.offenbach'].get(path)).status).toBe(200);
      const hidden = await as['fachkraft.biberach'].get(path);
      expect(hidden.status).toBe(404);
      expect(await hidden.text()).not.toContain('Hessen');
    }
  });

  it('orders the range by start, includes overlapping events and refuses more than 62 days', async () => {
    await create(as['koordination.dlt'], draft('Später im Monat', EVERYONE, 12));
    await create(as['koordination.dlt'], draft('Früher im Monat', EVERYONE, 11));
    const titles = await rangeTitles(as['fachkraft.offenbach'], at(10, 0), at(13, 0));
    expect(titles.indexOf('Früher im Monat')).toBeLessThan(titles.indexOf('Später im Monat'));
    // Overlap: a range that starts inside the event still shows it.
    expect(await rangeTitles(as['fachkraft.offenbach'], at(11, 10), at(11, 12))).toContain('Früher im Monat');

    const tooLong = await as['fachkraft.offenbach'].get(`/api/events?from=${at(0, 0)}&to=${at(63, 0)}`);
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as ProblemDto).errors?.['to']?.[0]).toContain('62 Tage');
    expect((await as['fachkraft.offenbach'].get(`/api/events?from=${at(0, 0)}`)).status).toBe(400);
    expect((await as['fachkraft.offenbach'].get('/api/events?from=gestern&to=morgen')).status).toBe(400);
  });

  it('pages the upcoming list with a cursor, without gaps or repeats, and hides ended events', async () => {
    for (let i = 1; i <= 4; i++) await create(as['koordination.dlt'], draft(`Reihe ${i}`, EVERYONE, 20 + i));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await as['fachkraft.offenbach'].get(
        `/api/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as EventListDto;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await (await as['fachkraft.offenbach'].get('/api/events?limit=50')).json()) as EventListDto;
    expect(seen).toEqual(all.items.map((item) => item.id));
    const starts = all.items.map((item) => item.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect((await as['fachkraft.offenbach'].get('/api/events?cursor=bm9wZQ')).status).toBe(400);
    expect((await as['fachkraft.offenbach'].get('/api/events?limit=500')).status).toBe(400);

    const past = await create(as['koordination.dlt'], draft('Bald vorbei', EVERYONE, 1));
    expect(await upcomingTitles(as['fachkraft.offenbach'])).toContain('Bald vorbei');
    clock.advance(2 * DAY);
    try {
      expect(await upcomingTitles(as['fachkraft.offenbach'])).not.toContain('Bald vorbei');
      expect((await as['fachkraft.offenbach'].get(`/api/events/${past.id}`)).status).toBe(200);
    } finally {
      clock.advance(-2 * DAY);
    }
  });

  it('lets editors create for their own Jobcenter only and edit only its events; staff and managers not at all', async () => {
    const own = await create(
      as['redaktion.biberach'],
      draft('Aus Biberach', { ...EVERYONE, organisationIds: [biberachId] }),
    );
    expect(own.organisation?.name).toBe('Landkreis Biberach');
    expect(own.editable).toBe(true);
    expect(await upcomingTitles(as['fachkraft.biberach'])).toContain('Aus Biberach');
    expect(await upcomingTitles(as['fachkraft.offenbach'])).not.toContain('Aus Biberach');

    for (const audience of [
      EVERYONE,
      { ...EVERYONE, organisationIds: [offenbachId] },
      { ...EVERYONE, states: ['Hessen' as const] },
    ]) {
      const refused = await as['redaktion.biberach'].post('/api/events', draft('Zu weit', audience));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ProblemDto).detail).toContain('eigene Jobcenter');
    }
    // An editor cannot choose another organiser either.
    const sneaky = await create(as['redaktion.biberach'], {
      ...draft('Als Offenbach', { ...EVERYONE, organisationIds: [biberachId] }),
      organisationId: offenbachId,
    });
    expect(sneaky.organisation?.name).toBe('Landkreis Biberach');

    const foreign = await create(as['koordination.dlt'], draft('Vom Verband'));
    expect(foreign.editable).toBe(true);
    const asEditor = (await (
      await as['redaktion.biberach'].get(`/api/events/${foreign.id}`)
    ).json()) as EventDto;
    expect(asEditor.editable).toBe(false);
    const edit = await as['redaktion.biberach'].request('PUT', `/api/events/${foreign.id}`, {
      body: {
        ...draft('Übernommen', { ...EVERYONE, organisationIds: [biberachId] }),
        version: foreign.version,
      },
    });
    expect(edit.status).toBe(403);
    const cancel = await as['redaktion.biberach'].post(`/api/events/${foreign.id}/cancel`, {
      version: foreign.version,
    });
    expect(cancel.status).toBe(403);
    // Outside the audience, editing is „not found“ as well.
    const hessen = await create(
      as['koordination.dlt'],
      draft('Hessen intern', { ...EVERYONE, states: ['Hessen'] }),
    );
    const hidden = await as['redaktion.biberach'].request('PUT', `/api/events/${hessen.id}`, {
      body: { ...draft('x', { ...EVERYONE, organisationIds: [biberachId] }), version: 1 },
    });
    expect(hidden.status).toBe(404);

    for (const login of ['fachkraft.biberach', 'leitung.biberach'] as const) {
      const response = await as[login].post(
        '/api/events',
        draft('Von Mitarbeitenden', { ...EVERYONE, organisationIds: [biberachId] }),
      );
      expect(response.status).toBe(403);
    }
    // Admins address anyone, including a Land, and name an organiser.
    const byAdmin = await create(as['admin'], {
      ...draft('Von der Administration', { ...EVERYONE, states: ['Baden-Württemberg'] }),
      organisationId: biberachId,
    });
    expect(byAdmin.organisation?.name).toBe('Landkreis Biberach');
    const unknownOrganiser = await as['admin'].post('/api/events', {
      ...draft('Unbekannt'),
      organisationId: '2b7a1f5e-8f1c-4c36-9a8a-2d0d8f6f0a11',
    });
    expect(unknownOrganiser.status).toBe(400);
  });

  it('updates with a version, refuses a stale one with 409, and cancels (still listed, marked)', async () => {
    const event = await create(as['koordination.dlt'], draft('Versioniert'));
    const first = await as['koordination.dlt'].request('PUT', `/api/events/${event.id}`, {
      body: { ...draft('Versioniert, korrigiert'), version: event.version },
    });
    expect(first.status).toBe(200);
    const updated = (await first.json()) as EventDto;
    expect(updated.version).toBe(event.version + 1);

    const stale = await as['admin'].request('PUT', `/api/events/${event.id}`, {
      body: { ...draft('Veraltet'), version: event.version },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ProblemDto).detail).toContain('inzwischen geändert');
    const staleCancel = await as['admin'].post(`/api/events/${event.id}/cancel`, { version: event.version });
    expect(staleCancel.status).toBe(409);

    const cancelled = await as['admin'].post(`/api/events/${event.id}/cancel`, { version: updated.version });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as EventDto).cancelled).toBe(true);
    const list = (await (await as['fachkraft.offenbach'].get('/api/events?limit=50')).json()) as EventListDto;
    expect(list.items.find((item) => item.id === event.id)?.cancelled).toBe(true);
    const ics = await (await as['fachkraft.offenbach'].get(`/api/events/${event.id}/ics`)).text();
    expect(unfold(ics)).toContain('STATUS:CANCELLED');
  });

  it('serves a valid .ics: CRLF, folding, escaping, UTC or VALUE=DATE, stable UID', async () => {
    const description = `Erste Zeile; mit Komma, Backslash \\ und Umlauten äöü.\n\nZweiter Absatz ${'lang '.repeat(40)}`;
    const event = await create(as['koordination.dlt'], {
      ...draft('Kongress, Teil 1; Berlin'),
      description,
      registrationUrl: 'https://example.org/anmeldung',
    });
    const response = await as['fachkraft.offenbach'].get(`/api/events/${event.id}/ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="kongress-teil-1-berlin.ics"',
    );
    const raw = await response.text();
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(raw);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('VERSION:2.0');
    const get = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(unescapeText(get('SUMMARY')!)).toBe('Kongress, Teil 1; Berlin');
    expect(unescapeText(get('DESCRIPTION')!)).toBe(
      `${description}\n\nAnmeldung: https://example.org/anmeldung`,
    );
    expect(get('DTSTART')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    const uid = get('UID');
    expect(uid).toBe(`${event.id}@localhost`);

    await as['koordination.dlt'].request('PUT', `/api/events/${event.id}`, {
      body: { ...draft('Kongress, ganztägig'), allDay: true, version: event.version },
    });
    const again = unfold(await (await as['fachkraft.offenbach'].get(`/api/events/${event.id}/ics`)).text());
    expect(again).toContain(`UID:${uid}`);
    expect(again.some((line) => /^DTSTART;VALUE=DATE:\d{8}$/.test(line))).toBe(true);
    expect(again.some((line) => /^DTEND;VALUE=DATE:\d{8}$/.test(line))).toBe(true);
  });

  it.each([
    [
      'an end before the start',
      { endsAt: '2026-01-01T00:00:00Z' },
      'endsAt',
      'Das Ende muss nach dem Beginn liegen.',
    ],
    ['an http online link', { onlineUrl: 'http://meet.example.org/x' }, 'onlineUrl', 'https://'],
    ['an http registration link', { registrationUrl: 'http://example.org' }, 'registrationUrl', 'https://'],
    [
      'an overlong description',
      { description: 'x'.repeat(10_001) },
      'description',
      'höchstens 10000 Zeichen',
    ],
    ['an overlong title', { title: 'x'.repeat(201) }, 'title', 'höchstens 200 Zeichen'],
    ['an empty title', { title: '   ' }, 'title', 'Darf nicht leer sein.'],
    ['no place and no link', { place: '' }, 'place', 'Ort oder einen Online-Link'],
    ['a malformed start', { startsAt: 'morgen' }, 'startsAt', 'Datum'],
    ['a missing audience', { audience: undefined }, 'audience', 'Pflichtfeld.'],
    ['an unknown field', { sticky: true }, 'sticky', 'nicht vorgesehen'],
  ])('rejects %s with a German 400 and saves nothing', async (_case, change, field, message) => {
    const before: { count: string }[] = await testApp.dataSource.query('SELECT count(*) FROM events');
    const response = await as['koordination.dlt'].post('/api/events', { ...draft('Ungültig'), ...change });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as ProblemDto;
    expect(problem.errors?.[field]?.join(' ')).toContain(message);
    const after: { count: string }[] = await testApp.dataSource.query('SELECT count(*) FROM events');
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('answers 401 to anonymous callers and 404 to unknown ids', async () => {
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get('/api/events')).status).toBe(401);
    expect((await as['fachkraft.offenbach'].get('/api/events/not-a-uuid')).status).toBe(404);
    expect(
      (await as['fachkraft.offenbach'].get('/api/events/2b7a1f5e-8f1c-4c36-9a8a-2d0d8f6f0a11/ics')).status,
    ).toBe(404);
  });

  it('serves the range and the list from their indexes', async () => {
    await testApp.dataSource.query('SET enable_seqscan = off');
    const plan = async (sql: string) =>
      ((await testApp.dataSource.query(`EXPLAIN ${sql}`)) as { 'QUERY PLAN': string }[])
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    const list = await plan(`SELECT id FROM events WHERE ends_at > now() ORDER BY starts_at, id LIMIT 21`);
    const range = await plan(
      `SELECT id FROM events WHERE starts_at < now() + interval '31 days' AND ends_at > now() ORDER BY starts_at, id`,
    );
    await testApp.dataSource.query('RESET enable_seqscan');
    expect(list).toMatch(/events_start_idx|events_end_idx/);
    expect(range).toMatch(/events_start_idx|events_end_idx/);
  });
});
