import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, EventDto, EventListDto, isInAudience } from '@portal/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { copyAudience } from '../../core/audience/audience.columns';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CancelEventBody, CreateEventBody, UpdateEventBody } from './dto/event.body';
import { EventListQueryParams } from './dto/event-list.query';
import { decodeEventCursor, encodeEventCursor } from './event-cursor';
import { EventEntity } from './event.entity';
import { checkEventInput, checkRange } from './event-rules';
import { toEventDto, toEventSummary, toIcsEvent } from './events.mapper';
import { isEventNetworkAuthor, mayAddressEvent, mayEditEvent } from './events.policy';
import { EventsRepository } from './events.repository';
import { writeCalendar } from './ics-writer';

const NOT_FOUND = 'Diesen Termin gibt es nicht oder er ist nicht für Sie bestimmt.';

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly viewers: AudienceViewerService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, query: EventListQueryParams): Promise<EventListDto> {
    const viewer = await this.viewers.forUser(user);
    if (query.from || query.to) {
      if (!query.from || !query.to || query.cursor) {
        throw new DomainError(ErrorCode.ValidationFailed, undefined, {
          [query.from ? 'to' : 'from']: ['Bitte geben Sie Anfang und Ende des Zeitraums an.'],
        });
      }
      const range = checkRange(query.from, query.to);
      const rows = await this.events.overlapping(viewer, range.from, range.to);
      return { items: rows.map(toEventSummary), nextCursor: null };
    }
    const after = query.cursor ? decodeEventCursor(query.cursor) : undefined;
    const rows = await this.events.upcoming(viewer, this.clock.now(), after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toEventSummary),
      nextCursor:
        rows.length > query.limit && last
          ? encodeEventCursor({ startsAt: last.startsAt, id: last.id })
          : null,
    };
  }

  async get(user: SessionUser, id: string): Promise<EventDto> {
    const event = await this.visible(user, id);
    return toEventDto(event, mayEditEvent(user, event));
  }

  /** One event as an .ics download. */
  async ics(user: SessionUser, id: string): Promise<{ body: string; filename: string }> {
    const event = await this.visible(user, id);
    const body = writeCalendar({
      name: 'Netzwerk-Portal: Termin',
      stamp: this.clock.now(),
      events: [toIcsEvent(event, this.config.publicUrl)],
    });
    return { body, filename: `${icsFilename(event.title)}.ics` };
  }

  async create(user: SessionUser, body: CreateEventBody): Promise<EventDto> {
    const times = checkEventInput(body);
    this.assertAudience(user, body);
    const organisationId = await this.organiser(user, body.organisationId);
    const created = await this.events.insert({
      ...this.fields(body),
      ...times,
      organisationId,
      authorId: user.id,
    });
    await this.audit.record({
      action: AuditAction.EventPublished,
      actor: user,
      target: { type: 'event', id: created.id },
      summary: body.title,
    });
    return this.get(user, created.id);
  }

  async update(user: SessionUser, id: string, body: UpdateEventBody): Promise<EventDto> {
    const event = await this.editable(user, id);
    const times = checkEventInput(body);
    this.assertAudience(user, body);
    const organisationId =
      body.organisationId === undefined
        ? event.organisationId
        : await this.organiser(user, body.organisationId);
    const changed = await this.events.updateIfVersion(id, body.version, {
      ...this.fields(body),
      ...times,
      organisationId,
    });
    if (!changed) throw this.staleVersion();
    return this.get(user, id);
  }

  /** Cancelled events stay listed and in the feeds (STATUS:CANCELLED), so calendars update. */
  async cancel(user: SessionUser, id: string, body: CancelEventBody): Promise<EventDto> {
    const event = await this.editable(user, id);
    const changed = await this.events.updateIfVersion(id, body.version, { cancelled: true });
    if (!changed) throw this.staleVersion();
    await this.audit.record({
      action: AuditAction.EventCancelled,
      actor: user,
      target: { type: 'event', id },
      summary: event.title,
    });
    return this.get(user, id);
  }

  private fields(body: CreateEventBody): Partial<EventEntity> {
    return {
      title: body.title,
      description: body.description.replace(/\r\n?/g, '\n'),
      allDay: body.allDay,
      place: body.place ?? null,
      onlineUrl: body.onlineUrl ?? null,
      registrationUrl: body.registrationUrl ?? null,
      audience: copyAudience(body.audience),
    };
  }

  /** Editors organise for their own Jobcenter; network authors may name any organisation. */
  private async organiser(user: SessionUser, requested: string | null | undefined): Promise<string | null> {
    if (!isEventNetworkAuthor(user) || requested === undefined) return user.organisationId;
    if (requested === null) return null;
    if (!(await this.events.organisationExists(requested))) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        organisationId: ['Diese Organisation gibt es nicht.'],
      });
    }
    return requested;
  }

  /** Loads an event this user may see; anything else is „not found“, so ids reveal nothing. */
  private async visible(user: SessionUser, id: string): Promise<EventEntity> {
    const event = await this.events.findById(id);
    if (!event) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (mayEditEvent(user, event)) return event;
    if (!isInAudience(await this.viewers.forUser(user), event.audience))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return event;
  }

  private async editable(user: SessionUser, id: string): Promise<EventEntity> {
    const event = await this.visible(user, id);
    if (!mayEditEvent(user, event))
      throw new DomainError(ErrorCode.Forbidden, 'Diesen Termin dürfen Sie nicht ändern.');
    return event;
  }

  private assertAudience(user: SessionUser, body: CreateEventBody): void {
    if (!mayAddressEvent(user, body.audience)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'Redaktionen legen Termine nur für das eigene Jobcenter an. Wählen Sie Ihr Jobcenter als Zielgruppe.',
      );
    }
  }

  private staleVersion(): DomainError {
    return new DomainError(
      ErrorCode.Conflict,
      'Jemand hat diesen Termin inzwischen geändert. Bitte laden Sie ihn neu und übernehmen Sie Ihre Änderungen.',
    );
  }
}

/** ASCII file name from the title („Tag der kommunalen Jobcenter“ → tag-der-kommunalen-jobcenter). */
export function icsFilename(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'termin';
}
