import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { SearchResponseDto, TaxonomyListDto } from '@portal/contracts';
import { BehaviorSubject, of } from 'rxjs';
import { SearchPage } from './search-page';

const RESPONSE: SearchResponseDto = {
  query: 'E-Akte',
  results: [
    {
      type: 'practice',
      id: 'p1',
      title: 'E-Akte im Jobcenter',
      snippet: 'Die \u0002E-Akte\u0003 <script>alert(1)</script> spart Zeit',
      path: '/gute-praxis/p1',
      date: '2026-03-02T09:00:00.000Z',
      state: 'Hessen',
      matchedFile: 'Leitfaden.pdf',
    },
  ],
  total: 300,
  totalIsLowerBound: true,
  searchedDocuments: null,
  facets: { types: [], states: [], terms: [] },
  didYouMean: null,
  nextOffset: 20,
};

describe('SearchPage', () => {
  async function render(response: SearchResponseDto): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [SearchPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap({ q: 'E-Akte', type: 'practice' }) },
            queryParamMap: of(convertToParamMap({ q: 'E-Akte', type: 'practice' })),
          },
        },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SearchPage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/organisations')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    const request = http.expectOne((r) => r.url === '/api/search');
    expect(request.request.params.get('q')).toBe('E-Akte');
    expect(request.request.params.getAll('type')).toEqual(['practice']);
    request.flush(response);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('searches what the URL says and renders snippets as text with <mark>, never as HTML', async () => {
    const el = await render(RESPONSE);
    expect(el.querySelector('.count')?.textContent).toContain('Mindestens 300 Treffer für „E-Akte“');
    expect(el.querySelector('.lower-bound')?.textContent).toContain('neuesten Treffer');
    const snippet = el.querySelector('.snippet') as HTMLElement;
    expect(Array.from(snippet.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['E-Akte']);
    expect(snippet.querySelector('script')).toBeNull();
    expect(snippet.textContent).toContain('<script>alert(1)</script>');
    expect(el.querySelector('.file')?.textContent).toContain('Leitfaden.pdf');
    expect(el.querySelector('.result a')?.getAttribute('href')).toBe('/gute-praxis/p1');
  });

  it('offers collections („Sammlung“) as a type and says that drafts are not searched', async () => {
    const el = await render(RESPONSE);
    const types = Array.from(el.querySelectorAll('#search-type option')).map((o) => o.textContent?.trim());
    expect(types).toContain('Sammlung');
    expect(el.querySelector('#search-help')?.textContent).toContain('Die Suche findet nur Veröffentlichtes');
  });

  it('says when only the newest documents were searched (broad phrase), and for no match there', async () => {
    const window = { ...RESPONSE, total: 25, searchedDocuments: 3000, nextOffset: 20 };
    expect((await render(window)).querySelector('.count')?.textContent).toContain(
      'Mindestens 25 Treffer in den neuesten 3.000 Dokumenten für „E-Akte“',
    );
    TestBed.resetTestingModule();
    const none = { ...window, results: [], total: 0, nextOffset: null };
    expect((await render(none)).querySelector('.count')?.textContent).toContain(
      'Keine Treffer in den neuesten 3.000 Dokumenten',
    );
    TestBed.resetTestingModule();
    const exact = { ...RESPONSE, total: 1, totalIsLowerBound: false };
    const el = await render(exact);
    expect(el.querySelector('.count')?.textContent).toContain('1 Treffer für');
    expect(el.querySelector('.lower-bound')).toBeNull();
  });

  /** The page on a URL the test can change, as filter changes and the back button do. */
  function open(params: Record<string, string>) {
    const url = new BehaviorSubject(convertToParamMap(params));
    TestBed.configureTestingModule({
      imports: [SearchPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: url.value }, queryParamMap: url },
        },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SearchPage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/organisations')
      .flush({ items: [], total: 0, page: 1, pageSize: 100 });
    const el = fixture.nativeElement as HTMLElement;
    const titles = () => {
      fixture.detectChanges();
      return Array.from(el.querySelectorAll('.result .title')).map((t) => t.textContent?.trim());
    };
    const search = (match: (params: HttpParams) => boolean) =>
      http.expectOne((r) => r.url === '/api/search' && match(r.params));
    const select = () => el.querySelector('#search-term') as HTMLSelectElement;
    /** The text of the selected „Thema“ option, once ngModel has written the value. */
    const shownTerm = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      fixture.detectChanges();
      return select().selectedOptions[0]?.textContent?.trim();
    };
    return { url, http, fixture, el, titles, search, select, shownTerm };
  }

  describe('with a URL that changes', () => {
    const result = (id: string, title: string) => ({
      ...RESPONSE.results[0]!,
      id,
      title,
      path: `/gute-praxis/${id}`,
    });

    it('shows only the latest query when filters change quickly (an older answer arriving late is dropped)', () => {
      const { url, titles, search, el } = open({ q: 'Jobcenter' });
      const first = search((p) => !p.has('state'));
      url.next(convertToParamMap({ q: 'Jobcenter', state: 'Hessen' }));
      const second = search((p) => p.get('state') === 'Hessen');
      second.flush({
        ...RESPONSE,
        query: 'Jobcenter',
        results: [result('h1', 'Aus Hessen')],
        nextOffset: null,
      });
      if (!first.cancelled)
        first.flush({ ...RESPONSE, results: [result('a1', 'Ohne Filter')], nextOffset: null });
      expect(titles()).toEqual(['Aus Hessen']);
      expect(el.querySelector('.count')?.textContent).toContain('für „Jobcenter“');
    });

    it('does not append the next page of the previous query after a filter change', () => {
      const { url, fixture, el, titles, search } = open({ q: 'Jobcenter' });
      search((p) => !p.has('offset')).flush({
        ...RESPONSE,
        results: [result('a1', 'Erster')],
        nextOffset: 20,
      });
      fixture.detectChanges();
      const more = Array.from(el.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Weitere Ergebnisse'),
      ) as HTMLButtonElement;
      more.click();
      const page = search((p) => p.get('offset') === '20');
      url.next(convertToParamMap({ q: 'Jobcenter', type: 'news' }));
      const filtered = search((p) => p.get('type') === 'news');
      filtered.flush({ ...RESPONSE, results: [result('n1', 'Neuigkeit')], nextOffset: null });
      if (!page.cancelled) page.flush({ ...RESPONSE, results: [result('a2', 'Zweiter')], nextOffset: 40 });
      expect(titles()).toEqual(['Neuigkeit']);
      expect(el.querySelector('button[disabled]')).toBeNull();
      expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent?.includes('Weitere'))).toBe(
        false,
      );
    });
  });

  describe('„Thema“ filter', () => {
    const TAXONOMIES: TaxonomyListDto = {
      items: [
        {
          id: 'tx1',
          key: 'ressourcen-themen',
          label: 'Themen (Digitalisierung)',
          section: 'Digitalisierung',
          terms: [
            { id: 't-eakte', label: 'E-Akte', position: 1, active: true },
            { id: 't-ki', label: 'Künstliche Intelligenz', position: 2, active: true },
          ],
        },
      ],
    };
    const EMPTY: SearchResponseDto = {
      ...RESPONSE,
      results: [],
      total: 0,
      totalIsLowerBound: false,
      nextOffset: null,
    };

    it('offers every term before any search, grouped by taxonomy', async () => {
      const { http, select, shownTerm } = open({});
      http.expectOne('/api/taxonomies').flush(TAXONOMIES);
      expect(await shownTerm()).toBe('Alle');
      const group = select().querySelector('optgroup');
      expect(group?.getAttribute('label')).toBe('Themen (Digitalisierung)');
      expect(Array.from(group?.querySelectorAll('option') ?? []).map((o) => o.textContent?.trim())).toEqual([
        'E-Akte',
        'Künstliche Intelligenz',
      ]);
    });

    it('keeps the applied topic selected, with its label, when the hits drop to 0', async () => {
      const { url, http, select, shownTerm } = open({ q: 'Akte', term: 't-eakte' });
      http.expectOne('/api/taxonomies').flush(TAXONOMIES);
      http
        .expectOne((r) => r.url === '/api/search')
        .flush({
          ...RESPONSE,
          facets: { types: [], states: [], terms: [{ key: 't-eakte', label: 'E-Akte', count: 12 }] },
        });
      expect(await shownTerm()).toBe('E-Akte (12)');
      expect(select().value).toBe('t-eakte');

      url.next(convertToParamMap({ q: 'Akte', term: 't-eakte', state: 'Bremen' }));
      http.expectOne((r) => r.url === '/api/search' && r.params.get('state') === 'Bremen').flush(EMPTY);
      expect(await shownTerm()).toBe('E-Akte');
      expect(select().value).toBe('t-eakte');
    });

    it('keeps an applied topic the list does not have (deactivated, or the list failed) with the label it was seen with', async () => {
      const { url, http, select, shownTerm } = open({ q: 'Akte', term: 't-alt' });
      http.expectOne('/api/taxonomies').flush(null, { status: 500, statusText: 'Server Error' });
      http
        .expectOne((r) => r.url === '/api/search')
        .flush({
          ...RESPONSE,
          facets: { types: [], states: [], terms: [{ key: 't-alt', label: 'Alte E-Akte', count: 3 }] },
        });
      expect(await shownTerm()).toBe('Alte E-Akte (3)');

      url.next(convertToParamMap({ q: 'Akte', term: 't-alt', state: 'Bremen' }));
      http.expectOne((r) => r.url === '/api/search').flush(EMPTY);
      expect(await shownTerm()).toBe('Alte E-Akte');
      expect(select().value).toBe('t-alt');
    });
  });
});
