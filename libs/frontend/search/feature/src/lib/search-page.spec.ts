import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { SearchResponseDto } from '@portal/contracts';
import { of } from 'rxjs';
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
});
