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
  total: 10000,
  totalIsLowerBound: true,
  facets: { types: [], states: [], terms: [] },
  didYouMean: null,
  nextOffset: 20,
};

describe('SearchPage', () => {
  it('searches what the URL says and renders snippets as text with <mark>, never as HTML', async () => {
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
    request.flush(RESPONSE);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.count')?.textContent).toContain('Mehr als 10.000 Treffer für „E-Akte“');
    const snippet = el.querySelector('.snippet') as HTMLElement;
    expect(Array.from(snippet.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['E-Akte']);
    expect(snippet.querySelector('script')).toBeNull();
    expect(snippet.textContent).toContain('<script>alert(1)</script>');
    expect(el.querySelector('.file')?.textContent).toContain('Leitfaden.pdf');
    expect(el.querySelector('.result a')?.getAttribute('href')).toBe('/gute-praxis/p1');
  });
});
