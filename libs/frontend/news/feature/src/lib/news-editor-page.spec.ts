import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { EVERYONE, MeDto, NewsDto, Permission } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { NewsEditorPage } from './news-editor-page';

class Editor extends CurrentUser {
  readonly me = signal<MeDto | null>({
    id: 'u1',
    displayName: 'Rita Redaktion',
    email: null,
    roles: ['editor'],
    permissions: [Permission.NewsRead, Permission.NewsWrite],
    organisation: {
      id: 'org-biberach',
      key: 'landkreis-biberach',
      name: 'Landkreis Biberach',
      kind: 'jobcenter',
      state: 'Baden-Württemberg',
    },
    lastLoginAt: null,
  });
  can(permission: Permission): boolean {
    return this.me()?.permissions.includes(permission) ?? false;
  }
}

/** A stored item as GET /api/news/:id answers it (only what the editor reads matters). */
function stored(change: Partial<NewsDto>): NewsDto {
  return {
    id: 'n1',
    title: 'Neue Sprechzeiten',
    teaser: 'Kurz',
    body: 'Text',
    bodyHtml: '<p>Text</p>',
    category: 'netzwerk',
    important: false,
    demo: false,
    publishedAt: '2026-03-02T08:00:00.000Z',
    editedAt: null,
    organisation: null,
    author: null,
    status: 'published',
    scheduled: false,
    audience: { ...EVERYONE, organisationIds: ['org-biberach'] },
    version: 3,
    createdAt: '2026-03-01T08:00:00.000Z',
    commentsEnabled: true,
    pinnedUntil: null,
    expiresAt: null,
    acknowledgedAt: null,
    mayEdit: true,
    mayViewAcknowledgements: false,
    pinned: false,
    unread: false,
    archived: false,
    cover: null,
    attachments: [],
    ...change,
  };
}

describe('NewsEditorPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: CurrentUser, useClass: Editor },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(): Promise<{
    element: HTMLElement;
    fixture: ReturnType<typeof TestBed.createComponent<NewsEditorPage>>;
  }> {
    const fixture = TestBed.createComponent(NewsEditorPage);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, fixture };
  }

  async function edit(item: NewsDto): Promise<{
    element: HTMLElement;
    fixture: ReturnType<typeof TestBed.createComponent<NewsEditorPage>>;
  }> {
    const fixture = TestBed.createComponent(NewsEditorPage);
    fixture.componentRef.setInput('id', item.id);
    await fixture.whenStable();
    http.expectOne(`/api/news/${item.id}`).flush(item);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, fixture };
  }

  function buttonTexts(element: HTMLElement): string[] {
    return Array.from(element.querySelectorAll('.buttons button'), (button) => button.textContent!.trim());
  }

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('labels every field and tells editors whom they write for', async () => {
    const { element, fixture } = await render();
    http
      .expectOne((request) => request.url === '/api/organisations')
      .flush({
        items: [
          {
            id: 'org-biberach',
            key: 'landkreis-biberach',
            name: 'Landkreis Biberach',
            kind: 'jobcenter',
            state: 'Baden-Württemberg',
          },
        ],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Neuigkeit schreiben');
    expect(element.querySelector('label[for="news-body"]')?.textContent).toBe('Text');
    expect(element.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Text formatieren');
    expect(element.querySelector('fieldset legend')?.textContent).toContain('Zielgruppe');
    expect(element.textContent).toContain('nur für Ihr Jobcenter an: Landkreis Biberach');
  });

  it('formats with the toolbar and previews through the server', async () => {
    const { element, fixture } = await render();
    type(element, '#news-body', 'Wort');
    const textarea = element.querySelector<HTMLTextAreaElement>('#news-body')!;
    textarea.setSelectionRange(0, 4);
    element.querySelector<HTMLButtonElement>('button[aria-label="Fett"]')!.click();
    expect(textarea.value).toBe('**Wort**');
    // The preview waits for a pause in typing.
    await new Promise((resolve) => setTimeout(resolve, 450));
    const preview = http.expectOne('/api/news/preview');
    expect(preview.request.body).toEqual({ body: '**Wort**' });
    preview.flush({ html: '<p><strong>Wort</strong></p>' });
    await fixture.whenStable();
    expect(element.querySelector('.preview-body strong')?.textContent).toBe('Wort');
  });

  it("saves for the editor's own Jobcenter, publishes, and opens the item", async () => {
    const { element } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type(element, 'input[formcontrolname="title"]', 'Neue Sprechzeiten');
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const create = http.expectOne((request) => request.url === '/api/news' && request.method === 'POST');
    expect(create.request.body).toEqual(
      expect.objectContaining({
        title: 'Neue Sprechzeiten',
        audience: { states: [], organisationIds: ['org-biberach'], roles: [] },
        pinnedUntil: null,
      }),
    );
    create.flush({ id: 'n1', version: 1 });
    const publish = http.expectOne('/api/news/n1/publish');
    expect(publish.request.body).toEqual({ version: 1, publishAt: undefined });
    publish.flush({ id: 'n1', version: 2 });
    expect(navigate).toHaveBeenCalledWith(['/neuigkeiten', 'n1']);
  });

  it('only saves the changes of a live item: no re-publishing, the date stays', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    // Pinned and expiring times with seconds: the minute-only fields must not alter them.
    const item = stored({
      pinnedUntil: '2026-03-03T08:00:30.500Z',
      expiresAt: '2026-03-09T08:00:30.500Z',
    });
    const { element } = await edit(item);
    expect(buttonTexts(element)).toEqual(['Änderungen speichern']);
    expect(element.querySelector('input[formcontrolname="publishAt"]')).toBeNull();
    expect(element.textContent).toContain('Das Datum bleibt beim Speichern erhalten.');

    type(element, 'input[formcontrolname="title"]', 'Neue Sprechzeiten ab März');
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const update = http.expectOne((request) => request.url === '/api/news/n1' && request.method === 'PUT');
    expect(update.request.body).toEqual(
      expect.objectContaining({
        title: 'Neue Sprechzeiten ab März',
        version: 3,
        pinnedUntil: '2026-03-03T08:00:30.500Z',
        expiresAt: '2026-03-09T08:00:30.500Z',
      }),
    );
    update.flush({ ...item, title: 'Neue Sprechzeiten ab März', version: 4 });
    http.expectNone('/api/news/n1/publish');
    expect(navigate).toHaveBeenCalledWith(['/neuigkeiten', 'n1']);
  });

  it('keeps planning and drafting for a scheduled item', async () => {
    const item = stored({ scheduled: true, publishedAt: '2099-01-05T08:00:00.000Z' });
    const { element } = await edit(item);
    expect(buttonTexts(element)).toEqual([
      'Veröffentlichung planen',
      'Als Entwurf speichern',
      'Planung aufheben',
    ]);
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne((request) => request.url === '/api/news/n1' && request.method === 'PUT')
      .flush({ ...item, version: 4 });
    const publish = http.expectOne('/api/news/n1/publish');
    expect(publish.request.body).toEqual({ version: 4, publishAt: '2099-01-05T08:00:00.000Z' });
  });

  it('takes a scheduled item back to a draft with „Planung aufheben“, and says so', async () => {
    const item = stored({ scheduled: true, publishedAt: '2099-01-05T08:00:00.000Z' });
    const { element, fixture } = await edit(item);
    expect(element.textContent).toContain('Geplant für 05.01.2099, 09:00 Uhr');
    const button = Array.from(element.querySelectorAll<HTMLButtonElement>('.buttons button')).find(
      (candidate) => candidate.textContent?.trim() === 'Planung aufheben',
    )!;
    expect(button.getAttribute('type')).toBe('button');
    button.click();
    const request = http.expectOne('/api/news/n1/unschedule');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 3 });
    request.flush({ ...item, status: 'draft', scheduled: false, publishedAt: null, version: 4 });
    await fixture.whenStable();

    expect(element.querySelector('.editor-notice')?.textContent).toContain(
      'Die Planung ist aufgehoben. Die Neuigkeit ist wieder ein Entwurf',
    );
    expect(buttonTexts(element)).toEqual(['Veröffentlichen', 'Als Entwurf speichern']);
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname="publishAt"]')?.value).toBe('');
    // A later „Als Entwurf speichern“ sends the draft's new version.
    element.querySelectorAll<HTMLButtonElement>('.buttons button')[1]!.dispatchEvent(new MouseEvent('click'));
    const update = http.expectOne((r) => r.url === '/api/news/n1' && r.method === 'PUT');
    expect(update.request.body).toEqual(expect.objectContaining({ version: 4 }));
  });

  it('explains a stale version when „Planung aufheben“ is refused', async () => {
    const item = stored({ scheduled: true, publishedAt: '2099-01-05T08:00:00.000Z' });
    const { element, fixture } = await edit(item);
    Array.from(element.querySelectorAll<HTMLButtonElement>('.buttons button'))
      .find((candidate) => candidate.textContent?.trim() === 'Planung aufheben')!
      .click();
    http.expectOne('/api/news/n1/unschedule').flush(
      {
        title: 'Konflikt',
        status: 409,
        detail:
          'Jemand hat diese Neuigkeit inzwischen geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Bitte laden Sie sie neu');
    expect(buttonTexts(element)).toContain('Planung aufheben');
  });

  it("shows the server's German field errors", async () => {
    const { element, fixture } = await render();
    type(element, 'input[formcontrolname="title"]', 'Zu spät angeheftet');
    element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne((request) => request.url === '/api/news')
      .flush(
        {
          title: 'Die Eingaben sind nicht gültig.',
          status: 400,
          errors: { pinnedUntil: ['„Oben angeheftet bis“ muss in der Zukunft liegen.'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    const alert = element.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Die Eingaben sind nicht gültig.');
    expect(alert).toContain('muss in der Zukunft liegen');
  });

  it('tells the author how many people the audience reaches and warns when it reaches nobody', async () => {
    const { element, fixture } = await render();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const requests = http.match((request) => request.url === '/api/news/audience-preview');
    expect(requests.length).toBeGreaterThan(0);
    const last = requests.at(-1)!;
    expect(last.request.params.getAll('organisationIds')).toEqual(['org-biberach']);
    last.flush({ recipients: 0 });
    await fixture.whenStable();
    expect(element.textContent).toContain('Diese Zielgruppe erreicht derzeit niemanden.');
    expect(element.textContent).toContain('muss alles zutreffen');

    fixture.componentInstance['recipients'].set(12);
    await fixture.whenStable();
    expect(element.textContent).toContain('Erreicht derzeit 12 Personen.');
    expect(element.textContent).not.toContain('niemanden');
  });
});
