import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { EVENT_LIMITS, type CreateEventRequest, type EventDto } from '@portal/contracts';

const DAY = 86_400_000;

/** What the form holds: dates and times as the inputs show them (local time of the browser). */
export interface EventFormValue {
  title: string;
  description: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  registrationUrl: string;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

function localDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function localTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Start and end as the API wants them; all-day ends are exclusive (the day after). */
export function toTimes(
  value: Pick<EventFormValue, 'allDay' | 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): {
  startsAt: Date;
  endsAt: Date;
} | null {
  if (!value.startDate || !value.endDate) return null;
  if (value.allDay) {
    const startsAt = new Date(`${value.startDate}T00:00:00Z`);
    const endsAt = new Date(new Date(`${value.endDate}T00:00:00Z`).getTime() + DAY);
    return Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) ? null : { startsAt, endsAt };
  }
  if (!value.startTime || !value.endTime) return null;
  const startsAt = new Date(`${value.startDate}T${value.startTime}`);
  const endsAt = new Date(`${value.endDate}T${value.endTime}`);
  return Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) ? null : { startsAt, endsAt };
}

export function toRequest(
  value: EventFormValue,
  audience: CreateEventRequest['audience'],
): CreateEventRequest {
  const times = toTimes(value);
  return {
    title: value.title.trim(),
    description: value.description,
    allDay: value.allDay,
    startsAt: times?.startsAt.toISOString() ?? '',
    endsAt: times?.endsAt.toISOString() ?? '',
    place: value.place.trim() || null,
    onlineUrl: value.onlineUrl.trim() || null,
    registrationUrl: value.registrationUrl.trim() || null,
    audience,
  };
}

export function fromEvent(event: EventDto): EventFormValue {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const lastDay = new Date(end.getTime() - DAY);
  return {
    title: event.title,
    description: event.description,
    allDay: event.allDay,
    startDate: event.allDay ? event.startsAt.slice(0, 10) : localDate(start),
    startTime: event.allDay ? '' : localTime(start),
    endDate: event.allDay ? lastDay.toISOString().slice(0, 10) : localDate(end),
    endTime: event.allDay ? '' : localTime(end),
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    registrationUrl: event.registrationUrl ?? '',
  };
}

/** Form-level rules with German messages: end after start, a place or a link. */
export function eventFormValidator(control: AbstractControl): ValidationErrors | null {
  const value = control.value as EventFormValue;
  const errors: ValidationErrors = {};
  const times = toTimes(value);
  if (times && times.endsAt.getTime() <= times.startsAt.getTime()) errors['endBeforeStart'] = true;
  if (!value.place.trim() && !value.onlineUrl.trim()) errors['placeOrLink'] = true;
  return Object.keys(errors).length > 0 ? errors : null;
}

/** https only, like the API. */
export function httpsValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    return new URL(value).protocol === 'https:' ? null : { https: true };
  } catch {
    return { https: true };
  }
}

/** German message for the first error of a control. */
export function messageFor(errors: ValidationErrors | null | undefined): string | null {
  if (!errors) return null;
  if (errors['required']) return 'Bitte füllen Sie dieses Feld aus.';
  if (errors['maxlength'])
    return `Bitte kürzen Sie auf höchstens ${(errors['maxlength'] as { requiredLength: number }).requiredLength.toLocaleString('de-DE')} Zeichen.`;
  if (errors['https']) return 'Bitte geben Sie eine sichere Internetadresse an, die mit https:// beginnt.';
  return 'Bitte prüfen Sie diese Eingabe.';
}

export const LIMITS = EVENT_LIMITS;
