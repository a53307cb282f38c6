import { FormControl, FormGroup } from '@angular/forms';
import type { EventDto } from '@portal/contracts';
import {
  eventFormValidator,
  fromEvent,
  httpsValidator,
  messageFor,
  toRequest,
  toTimes,
} from './event-form-model';

const base = {
  title: ' Treffen ',
  description: 'Text',
  allDay: false,
  startDate: '2026-12-09',
  startTime: '10:00',
  endDate: '2026-12-09',
  endTime: '11:30',
  place: 'Berlin',
  onlineUrl: '',
  registrationUrl: '',
};

describe('event form model', () => {
  it('turns all-day dates into whole UTC days with an exclusive end', () => {
    const times = toTimes({ ...base, allDay: true, endDate: '2026-12-10' });
    expect(times?.startsAt.toISOString()).toBe('2026-12-09T00:00:00.000Z');
    expect(times?.endsAt.toISOString()).toBe('2026-12-11T00:00:00.000Z');
  });

  it('builds the request and round-trips an event', () => {
    const request = toRequest(base, { states: [], organisationIds: [], roles: [] });
    expect(request.title).toBe('Treffen');
    expect(request.onlineUrl).toBeNull();
    const event = {
      ...request,
      id: 'e1',
      description: 'Text',
      allDay: true,
      startsAt: '2026-12-09T00:00:00.000Z',
      endsAt: '2026-12-11T00:00:00.000Z',
      place: 'Berlin',
      onlineUrl: null,
      registrationUrl: null,
    } as unknown as EventDto;
    expect(fromEvent(event)).toMatchObject({ allDay: true, startDate: '2026-12-09', endDate: '2026-12-10' });
  });

  it('reports German errors: end before start, place or link, https only', () => {
    const form = new FormGroup(
      Object.fromEntries(Object.entries(base).map(([key, value]) => [key, new FormControl(value)])),
      { validators: eventFormValidator },
    );
    expect(form.errors).toBeNull();
    form.patchValue({ endTime: '09:00', place: '' });
    expect(form.errors).toEqual({ endBeforeStart: true, placeOrLink: true });
    expect(httpsValidator(new FormControl('http://x.example'))).toEqual({ https: true });
    expect(httpsValidator(new FormControl('https://x.example'))).toBeNull();
    expect(messageFor({ https: true })).toContain('https://');
    expect(messageFor({ required: true })).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(messageFor({ maxlength: { requiredLength: 10000 } })).toBe(
      'Bitte kürzen Sie auf höchstens 10.000 Zeichen.',
    );
  });
});
