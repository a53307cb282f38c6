import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NewsFeedDto, NewsSummaryDto } from '@portal/contracts';
import { NewsListPage } from './news-list-page';

function item(id: string, title: string): NewsSummaryDto {
  return {
    id,
    title,
    teaser: `Kurz zu ${title}`,
    category: 'kampagne',
    important: id === 'n1',
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
    cover: null,
  };
}

describe('NewsListPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function respond(page: NewsFeedDto): void {
    http.expectOne((request) => request.url === '/api/news').flush(page);
  }

  it('shows the feed and appends the next page on request', async () => {
    const fixture = TestBed.createComponent(NewsListPage);
    respond({ items: [item('n1', 'Kampagnenstart')], nextCursor: 'c1' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Neuigkeiten');
    expect(element.textContent).toContain('Kampagnenstart');
    expect(element.textContent).toContain('Wichtig');
    expect(element.textContent).toContain('26.11.2018, 09:00 Uhr');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/neuigkeiten/n1');

    const more = Array.from(element.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Weitere'),
    );
    more!.click();
    const next = http.expectOne((request) => request.url === '/api/news');
    expect(next.request.params.get('cursor')).toBe('c1');
    next.flush({ items: [item('n2', 'Zweite Meldung')], nextCursor: null });
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
    element.querySelector('button')!.click();
    respond({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(element.textContent).toContain('Zurzeit gibt es keine Neuigkeiten für Sie.');
  });
});
