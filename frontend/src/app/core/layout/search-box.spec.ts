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
    // Suggestions open only while the field has the focus, as when someone types into it.
    document.body.appendChild(fixture.nativeElement);
    input.focus();
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

  afterEach(() => document.querySelectorAll('app-search-box').forEach((el) => el.remove()));

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

  it('does not open the list after Enter: the pending request is cancelled, a late answer ignored', () => {
    const { fixture, input, key } = setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    input.value = 'Jobcenter';
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(100);
    key('Enter');
    expect(navigate).toHaveBeenCalledWith(['/suche'], { queryParams: { q: 'Jobcenter' } });
    jest.advanceTimersByTime(500);
    // The debounce was still waiting: no request is sent at all.
    http.expectNone('/api/search/suggest?q=Jobcenter');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    // The request was already running when Enter came: its answer must not open the list.
    input.value = 'Jobcenter Kreis';
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(250);
    const running = http.expectOne('/api/search/suggest?q=Jobcenter%20Kreis');
    key('Enter');
    expect(running.cancelled).toBe(true);
    fixture.detectChanges();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(fixture.nativeElement.querySelector('[role=listbox]').hidden).toBe(true);
  });

  it('does not open the list after the field has lost the focus (Tab away)', () => {
    const { fixture, input, type } = setup();
    const other = document.createElement('button');
    document.body.appendChild(other);

    // Left while the debounce was still waiting: nothing is asked.
    input.value = 'Jobcenter';
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(100);
    other.focus();
    jest.advanceTimersByTime(500);
    http.expectNone('/api/search/suggest?q=Jobcenter');
    fixture.detectChanges();
    expect(input.getAttribute('aria-expanded')).toBe('false');

    // Left while the request was running: it is cancelled and its answer never opens the list.
    input.focus();
    type('Jobcenter Kreis');
    const running = http.expectOne('/api/search/suggest?q=Jobcenter%20Kreis');
    other.focus();
    expect(running.cancelled).toBe(true);
    fixture.detectChanges();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});
