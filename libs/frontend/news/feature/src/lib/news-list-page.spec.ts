import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { CurrentUser } from '@portal/frontend/shared/util';
import { NewsFeedDto, NewsSummaryDto } from '@portal/contracts';
import { NewsListPage } from './news-list-page';

function item(id: string, title: string): NewsSummaryDto {
  return {
    id,
    title,
    teaser: `Kurz zu ${title}`,
    category: 'kampagne',
    important: id === 'n1',
    demo: false,
    publishedAt: '2018-11-26T08:00:00.000Z',
    editedAt: null,
    organisation: {
      id: 'o1',
      key: 'deutscher-landkreistag',
      name: 'Deutscher Landkreistag',
      kind: 'verband',
      state: 'Bund',
    },
    author: null,
    pinned: false,
    unread: false,
    archived: false,
    cover: null,
  };
}

class StaffUser extends CurrentUser {
  readonly me = signal(null);
  can(): boolean {
    return false;
  }
}

describe('NewsListPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'neuigkeiten', component: NewsListPage }]),
        { provide: CurrentUser, useClass: StaffUser },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function respond(page: NewsFeedDto): void {
    http.expectOne((request) => request.url === '/api/news').flush(page);
  }

  it('shows the feed and appends the next page on request', async () => {
    const fixture = TestBed.createComponent(NewsListPage);
    respond({ pinned: [], items: [item('n1', 'Kampagnenstart')], nextCursor: 'c1' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Neuigkeiten');
    expect(element.textContent).toContain('Kampagnenstart');
    expect(element.textContent).toContain('Wichtig');
    expect(element.textContent).toContain('26.11.2018, 09:00 Uhr');
    expect(element.querySelector('article a')?.getAttribute('href')).toBe('/neuigkeiten/n1');
    expect(element.textContent).not.toContain('Neuigkeit schreiben');

    const more = Array.from(element.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Weitere'),
    );
    more!.click();
    const next = http.expectOne((request) => request.url === '/api/news');
    expect(next.request.params.get('cursor')).toBe('c1');
    next.flush({ pinned: [], items: [item('n2', 'Zweite Meldung')], nextCursor: null });
    await fixture.whenStable();
    expect(element.querySelectorAll('li')).toHaveLength(2);
    expect(
      Array.from(element.querySelectorAll('button')).some((button) =>
        button.textContent?.includes('Weitere'),
      ),
    ).toBe(false);
  });

  it('says so when there is nothing, and offers a retry after an error', async () => {
    const fixture = TestBed.createComponent(NewsListPage);
    http.expectOne((request) => request.url === '/api/news').flush(null, { status: 503, statusText: 'down' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('konnten nicht geladen werden');
    Array.from(element.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Erneut'))!
      .click();
    respond({ pinned: [], items: [], nextCursor: null });
    await fixture.whenStable();
    expect(element.textContent).toContain('Zurzeit gibt es keine Neuigkeiten für Sie.');
  });

  it('lists pinned items apart and takes the filter from the URL', async () => {
    await TestBed.inject(Router).navigateByUrl('/neuigkeiten?category=kampagne&q=Plakat');
    const fixture = TestBed.createComponent(NewsListPage);
    const request = http.expectOne((r) => r.url === '/api/news');
    expect(request.request.params.get('category')).toBe('kampagne');
    expect(request.request.params.get('q')).toBe('Plakat');
    request.flush({ pinned: [{ ...item('p1', 'Angeheftet'), pinned: true }], items: [], nextCursor: null });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('#angeheftet')?.textContent).toBe('Angeheftet');
    expect(element.querySelector('#meldungen')?.textContent?.trim()).toBe('Ergebnisse');
    expect(element.textContent).toContain('Keine Neuigkeiten passen zu Ihrer Auswahl.');
  });
});
