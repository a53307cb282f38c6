import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EVERYONE, EventDto } from '@portal/contracts';
import { EventDetailPage } from './event-detail-page';

const event: EventDto = {
  id: 'e1',
  title: 'Tag der kommunalen Jobcenter',
  startsAt: '2018-11-26T09:00:00.000Z',
  endsAt: '2018-11-26T16:00:00.000Z',
  allDay: false,
  place: 'Berlin',
  onlineUrl: null,
  cancelled: false,
  organisation: { id: 'o1', key: 'dlt', name: 'Deutscher Landkreistag', kind: 'verband', state: 'Bund' },
  description: 'Thema: Digitalisierung.',
  registrationUrl: null,
  audience: EVERYONE,
  author: null,
  version: 1,
  createdAt: '2018-11-01T08:00:00.000Z',
  updatedAt: '2018-11-01T08:00:00.000Z',
  editable: false,
};

describe('EventDetailPage', () => {
  async function facts(item: EventDto): Promise<string> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(EventDetailPage);
    fixture.componentRef.setInput('id', 'e1');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/events/e1').flush(item);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return Array.from(element.querySelectorAll('.facts dt, .facts dd'))
      .map((node) => node.textContent?.trim())
      .join(' | ');
  }

  it('names who entered the event, „ehemalige Person“ after an account deletion, and no one for demo content', async () => {
    expect(await facts({ ...event, author: { id: 'u1', displayName: 'Petra Schulz' } })).toContain(
      'Eingetragen von | Petra Schulz',
    );
    TestBed.resetTestingModule();
    expect(await facts({ ...event, author: { id: null, displayName: 'ehemalige Person' } })).toContain(
      'Eingetragen von | ehemalige Person',
    );
    TestBed.resetTestingModule();
    const demo = await facts(event);
    expect(demo).toContain('Veranstalter | Deutscher Landkreistag');
    expect(demo).not.toContain('Eingetragen von');
  });
});
