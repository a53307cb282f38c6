import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EVERYONE, NewsDto } from '@portal/contracts';
import { NewsDetailPage } from './news-detail-page';

const news: NewsDto = {
  id: 'n1',
  title: 'Kampagnenstart',
  teaser: 'Kurz',
  body: 'Text',
  bodyHtml: '<p>Text</p>',
  category: 'kampagne',
  important: false,
  demo: false,
  publishedAt: '2018-11-26T08:00:00.000Z',
  editedAt: null,
  organisation: null,
  author: null,
  status: 'published',
  scheduled: false,
  audience: EVERYONE,
  version: 1,
  createdAt: '2018-11-26T08:00:00.000Z',
  commentsEnabled: false,
  pinnedUntil: null,
  expiresAt: null,
  acknowledgedAt: null,
  mayEdit: false,
  mayViewAcknowledgements: false,
  pinned: false,
  unread: false,
  archived: false,
  cover: {
    url: '/api/news/n1/files/c1',
    altText: 'Menschen im Gespräch',
    thumbnailUrl: null,
    previewUrl: null,
  },
  attachments: [
    {
      id: 'f1',
      name: 'Übersicht.pdf',
      mediaType: 'application/pdf',
      size: 1_572_864,
      url: '/api/news/n1/files/f1',
      scan: { status: 'clean', label: 'Geprüft', available: true, detail: null, scannedAt: null },
      thumbnailUrl: null,
      previewUrl: null,
      textMissing: null,
    },
  ],
};

describe('NewsDetailPage', () => {
  async function metaLine(item: NewsDto): Promise<string> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NewsDetailPage);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/news/n1').flush(item);
    await fixture.whenStable();
    return (
      (fixture.nativeElement as HTMLElement).querySelector('.meta')?.textContent?.replace(/\s+/g, ' ') ?? ''
    );
  }

  it('names the author, „ehemalige Person“ after an account deletion, and no one for demo content', async () => {
    expect(await metaLine({ ...news, author: { id: 'u1', displayName: 'Petra Schulz' } })).toContain(
      'von Petra Schulz',
    );
    TestBed.resetTestingModule();
    expect(await metaLine({ ...news, author: { id: null, displayName: 'ehemalige Person' } })).toContain(
      'von ehemalige Person',
    );
    TestBed.resetTestingModule();
    expect(await metaLine(news)).not.toContain('von ');
  });

  it('shows a scheduled item as planned, without acknowledgement or comments until it is published', async () => {
    async function page(item: NewsDto): Promise<HTMLElement> {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
      });
      const fixture = TestBed.createComponent(NewsDetailPage);
      fixture.componentRef.setInput('id', 'n1');
      await fixture.whenStable();
      TestBed.inject(HttpTestingController).expectOne('/api/news/n1').flush(item);
      await fixture.whenStable();
      return fixture.nativeElement as HTMLElement;
    }
    const important = { ...news, important: true, mayEdit: true };

    const scheduled = await page({ ...important, scheduled: true, publishedAt: '2099-01-05T08:00:00.000Z' });
    const meta = scheduled.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(meta).toContain('geplant für 05.01.2099, 09:00 Uhr');
    expect(meta).not.toContain('veröffentlicht');
    expect(scheduled.querySelector('.acknowledgement')).toBeNull();
    expect(scheduled.textContent).not.toContain('Zur Kenntnis genommen');
    expect(scheduled.querySelector('portal-comment-thread')).toBeNull();

    const published = await page(important);
    expect(published.querySelector('.meta')?.textContent).toContain(
      'veröffentlicht am 26.11.2018, 09:00 Uhr',
    );
    expect(published.querySelector('.acknowledgement button')?.textContent?.trim()).toBe(
      'Zur Kenntnis genommen',
    );
    expect(published.querySelector('portal-comment-thread')).not.toBeNull();
  });

  it('shows the large preview of the cover once it is rendered, not the original', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NewsDetailPage);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    const previewUrl = '/api/news/n1/files/c1/preview/large';
    TestBed.inject(HttpTestingController)
      .expectOne('/api/news/n1')
      .flush({ ...news, cover: { ...news.cover, previewUrl } });
    await fixture.whenStable();
    const cover = (fixture.nativeElement as HTMLElement).querySelector('img.cover') as HTMLImageElement;
    expect(cover.getAttribute('src')).toBe(previewUrl);
  });

  it('shows the cover with its alt text and lists attachments with type and German size', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NewsDetailPage);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/news/n1').flush(news);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const cover = element.querySelector('img.cover') as HTMLImageElement;
    expect(cover.getAttribute('src')).toBe('/api/news/n1/files/c1');
    expect(cover.alt).toBe('Menschen im Gespräch');

    expect(element.querySelector('.attachments h2')?.textContent).toBe('Anhänge');
    const link = element.querySelector('.attachments a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/news/n1/files/f1');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.textContent?.trim()).toBe('Übersicht.pdf');
    expect(element.querySelector('.file-meta')?.textContent).toBe('PDF, 1,5 MB');
  });

  it('tells editors which attachment has no searchable text (a scanned PDF), readers nothing', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NewsDetailPage);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    const attachment = news.attachments[0]!;
    TestBed.inject(HttpTestingController)
      .expectOne('/api/news/n1')
      .flush({
        ...news,
        attachments: [
          { ...attachment, id: 'f1', name: 'Scan.pdf', textMissing: true },
          { ...attachment, id: 'f2', name: 'Text.pdf', textMissing: false },
          { ...attachment, id: 'f3', name: 'Anderes.pdf', textMissing: null },
        ],
      });
    await fixture.whenStable();
    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.attachments li')).map(
      (item) => item.textContent ?? '',
    );
    expect(items[0]).toContain('Text nicht durchsuchbar (gescanntes PDF?)');
    expect(items[1]).not.toContain('nicht durchsuchbar');
    expect(items[2]).not.toContain('nicht durchsuchbar');
  });

  it('offers no download for an attachment that is still being scanned, and says so', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NewsDetailPage);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    const pending = {
      ...news.attachments[0]!,
      scan: {
        status: 'pending' as const,
        label: 'Wird auf Schadsoftware geprüft',
        available: false,
        detail: null,
        scannedAt: null,
      },
    };
    TestBed.inject(HttpTestingController)
      .expectOne('/api/news/n1')
      .flush({ ...news, attachments: [pending] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.attachments a')).toBeNull();
    expect(element.querySelector('.file-unavailable')?.textContent?.trim()).toBe('Übersicht.pdf');
    expect(element.querySelector('.scan-status')?.textContent).toBe('Wird auf Schadsoftware geprüft');
  });

  describe('„Archivieren“', () => {
    async function open(item: NewsDto) {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
      });
      const fixture = TestBed.createComponent(NewsDetailPage);
      fixture.componentRef.setInput('id', 'n1');
      await fixture.whenStable();
      const http = TestBed.inject(HttpTestingController);
      http.expectOne('/api/news/n1').flush(item);
      await fixture.whenStable();
      const element = fixture.nativeElement as HTMLElement;
      const button = (text: string) =>
        Array.from(element.querySelectorAll<HTMLButtonElement>('.edit-actions button')).find(
          (candidate) => candidate.textContent?.trim() === text,
        );
      return { fixture, http, element, button };
    }
    const editable = { ...news, mayEdit: true, version: 4 };

    it('is offered next to „Bearbeiten“ to editors of a live item only', async () => {
      const { element, button } = await open(editable);
      expect(element.querySelector('.edit-actions a')?.textContent?.trim()).toBe('Bearbeiten');
      expect(button('Archivieren …')).toBeDefined();

      for (const item of [
        news,
        { ...editable, status: 'draft' as const, publishedAt: null },
        { ...editable, scheduled: true, publishedAt: '2099-01-05T08:00:00.000Z' },
        { ...editable, status: 'archived' as const, archived: true },
      ]) {
        expect((await open(item)).button('Archivieren …')).toBeUndefined();
      }
    });

    it('asks first, then archives with the version and tells the item stays readable', async () => {
      const { fixture, http, element, button } = await open(editable);
      button('Archivieren …')!.click();
      await fixture.whenStable();
      const question = element.querySelector('[role="group"]');
      expect(question?.getAttribute('aria-labelledby')).toBe('news-archive-question');
      expect(question?.textContent).toContain('verschwindet sofort aus dem Nachrichtenstrom');
      expect(question?.textContent).toContain('über ihren Link und im Archiv lesbar');
      expect(document.activeElement?.textContent?.trim()).toBe('Ja, archivieren');
      http.expectNone('/api/news/n1/archive');

      // „Nicht archivieren“ changes nothing.
      button('Nicht archivieren')!.click();
      await fixture.whenStable();
      http.expectNone('/api/news/n1/archive');
      button('Archivieren …')!.click();
      await fixture.whenStable();

      button('Ja, archivieren')!.click();
      const request = http.expectOne('/api/news/n1/archive');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ version: 4 });
      request.flush({ ...editable, status: 'archived', archived: true, version: 5 });
      await fixture.whenStable();

      expect(element.querySelector('.notice')?.textContent).toContain('Diese Neuigkeit ist archiviert.');
      expect(element.querySelector('article > [aria-live="polite"]')?.textContent).toContain(
        'Archiviert. Die Neuigkeit erscheint nicht mehr im Nachrichtenstrom',
      );
      expect(button('Archivieren …')).toBeUndefined();
      expect(button('Ja, archivieren')).toBeUndefined();
    });

    it('asks to reload when someone changed the item meanwhile (409)', async () => {
      const { fixture, http, element, button } = await open(editable);
      button('Archivieren …')!.click();
      await fixture.whenStable();
      button('Ja, archivieren')!.click();
      http
        .expectOne('/api/news/n1/archive')
        .flush({ title: 'Konflikt', status: 409 }, { status: 409, statusText: 'Conflict' });
      await fixture.whenStable();
      const alert = element.querySelector('.edit-actions [role="alert"]');
      expect(alert?.textContent).toContain('inzwischen geändert. Bitte laden Sie die Seite neu');
      expect(alert?.closest('[aria-live="polite"]')).not.toBeNull();
      expect(element.querySelector('.notice')).toBeNull();
    });
  });
});
