import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PersonDto } from '@portal/contracts';
import { PeoplePage } from './people-page';

const person = (id: string, displayName: string): PersonDto => ({
  id,
  displayName,
  email: `${id}@example.org`,
  roles: ['staff'],
  organisation: null,
  jobTitle: 'Teamleitung',
  phone: null,
  topics: ['Digitalisierung'],
});

describe('PeoplePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists people and loads the next page with the cursor', async () => {
    const fixture = TestBed.createComponent(PeoplePage);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/people')
      .flush({ items: [person('a', 'Anna')], nextCursor: 'next' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h3')?.textContent).toContain('Anna');
    expect(element.textContent).toContain('Digitalisierung');

    const more = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Weitere'),
    );
    more?.click();
    const next = http.expectOne((r) => r.url === '/api/people');
    expect(next.request.params.get('cursor')).toBe('next');
    next.flush({ items: [person('b', 'Bernd')], nextCursor: null });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual([
      'Anna',
      'Bernd',
    ]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('2 Personen');
  });

  it('searches and says when nothing matches', async () => {
    const fixture = TestBed.createComponent(PeoplePage);
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/people').flush({ items: [], nextCursor: null });
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;
    input.value = ' Offenbach ';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const search = http.expectOne((r) => r.url === '/api/people');
    expect(search.request.params.get('q')).toBe('Offenbach');
    search.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(element.textContent).toContain('Keine passenden Personen gefunden.');
  });
});
