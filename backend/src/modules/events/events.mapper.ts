import type { EventDto, EventSummaryDto } from '@portal/contracts';
import { copyAudience } from '../../core/audience/audience.columns';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { EventEntity } from './event.entity';
import type { IcsEvent } from './ics-writer';
import { authorSummary } from '../users/author-summary';

export function toEventSummary(event: EventEntity): EventSummaryDto {
  return {
    id: event.id,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    allDay: event.allDay,
    place: event.place,
    onlineUrl: event.onlineUrl,
    cancelled: event.cancelled,
    organisation: event.organisation ? toOrganisationSummary(event.organisation) : null,
  };
}

export function toEventDto(event: EventEntity, editable: boolean): EventDto {
  return {
    ...toEventSummary(event),
    description: event.description,
    registrationUrl: event.registrationUrl,
    audience: copyAudience(event.audience),
    author: authorSummary(event.author, event.authorDeleted),
    version: event.version,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
    editable,
  };
}

/** The calendar entry: UID from the id (stable across edits), SEQUENCE from the version. */
export function toIcsEvent(event: EventEntity, publicUrl: URL): IcsEvent {
  const extras = [
    event.onlineUrl && `Online: ${event.onlineUrl}`,
    event.registrationUrl && `Anmeldung: ${event.registrationUrl}`,
  ].filter(Boolean);
  return {
    uid: `${event.id}@${publicUrl.hostname}`,
    sequence: event.version - 1,
    title: event.title,
    description: [event.description, ...extras].filter(Boolean).join('\n\n'),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    allDay: event.allDay,
    location: event.place ?? event.onlineUrl,
    url: new URL(`/termine/${event.id}`, publicUrl).toString(),
    cancelled: event.cancelled,
    organiser: event.organisation?.name ?? null,
    updatedAt: event.updatedAt,
  };
}
