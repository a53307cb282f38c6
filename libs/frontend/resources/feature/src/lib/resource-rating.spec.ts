import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { formatCalendarDate, linkLabel, ratingLabel } from './resource-format';
import { ResourceRating } from './resource-rating';

describe('ResourceRating', () => {
  it('offers five radios in a named group and saves the choice with PUT', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(ResourceRating);
    fixture.componentRef.setInput('resourceId', 'r1');
    fixture.componentRef.setInput('rating', { average: 4, count: 2, mine: null });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('legend')?.textContent).toContain('Wie nützlich');
    const radios = Array.from(element.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(radios).toHaveLength(5);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(element.textContent).toContain('4,0 von 5 (2 Bewertungen)');

    radios[2]!.click();
    const http = TestBed.inject(HttpTestingController);
    const request = http.expectOne('/api/resources/r1/rating');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ value: 3 });
    request.flush({ average: 3.7, count: 3, mine: 3 });
    await fixture.whenStable();
    expect(element.textContent).toContain('3,7 von 5 (3 Bewertungen)');
    expect(element.textContent).toContain('Ihre Bewertung (3 von 5) ist gespeichert.');
    http.verify();
  });

  it('shows only the average when rating is not possible', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(ResourceRating);
    fixture.componentRef.setInput('resourceId', 'r1');
    fixture.componentRef.setInput('rating', { average: null, count: 0, mine: null });
    fixture.componentRef.setInput('enabled', false);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('input').length).toBe(0);
    expect(element.textContent).toContain('Noch nicht bewertet');
  });
});

describe('resource formatting', () => {
  it('formats calendar dates, link results and ratings in German', () => {
    expect(formatCalendarDate('2018-09-14')).toBe('14.09.2018');
    expect(formatCalendarDate(null)).toBe('');
    expect(linkLabel({ status: 'broken', httpStatus: 404, detail: 'HTTP 404', checkedAt: null })).toBe(
      'Nicht erreichbar (HTTP 404)',
    );
    expect(ratingLabel({ average: 5, count: 1 })).toBe('5,0 von 5 (1 Bewertung)');
  });
});
