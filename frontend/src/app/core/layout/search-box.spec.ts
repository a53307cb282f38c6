import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SearchBox } from './search-box';

describe('SearchBox (combobox)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      imports: [SearchBox],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  function setup() {
    const fixture = TestBed.createComponent(SearchBox);
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('input') as HTMLInputElement;
    const key = (name: string) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: name, cancelable: true }));
      fixture.detectChanges();
    };
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(250);
    };
    return { fixture, input, key, type };
  }

  it('asks for suggestions after a pause, then moves through them with the arrow keys', () => {
    const { fixture, input, key, type } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type('Digi');
    http.expectOne('/api/search/suggest?q=Digi').flush({
      suggestions: [
        { type: 'news', id: 'n1', title: 'Digitalisierung im Jobcenter', path: '/neuigkeiten/n1' },
        { type: 'practice', id: 'p1', title: 'Digitale Akte', path: '/gute-praxis/p1' },
      ],
    });
    fixture.detectChanges();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = Array.from(fixture.nativeElement.querySelectorAll('[role=option]')) as HTMLElement[];
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      'Digitalisierung im Jobcenter, Neuigkeit',
      'Digitale Akte, Gute Praxis',
    ]);
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('portal-search-option-0');
    key('ArrowDown');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('portal-search-option-0');
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('portal-search-option-1');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    key('Enter');
    expect(navigate).toHaveBeenCalledWith('/gute-praxis/p1');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the results page on Enter without a chosen suggestion; Escape closes, then clears', () => {
    const { fixture, input, key, type } = setup();
    type('E');
    http.expectNone('/api/search/suggest?q=E');
    type('E-Akte');
    http.expectOne('/api/search/suggest?q=E-Akte').flush({
      suggestions: [{ type: 'news', id: 'n1', title: 'E-Akte', path: '/neuigkeiten/n1' }],
    });
    fixture.detectChanges();
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    key('Enter');
    expect(navigate).toHaveBeenCalledWith(['/suche'], { queryParams: { q: 'E-Akte' } });
    key('Escape');
    expect(input.value).toBe('');
  });
});
