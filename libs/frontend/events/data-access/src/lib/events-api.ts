import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  CreateEventRequest,
  EventDto,
  EventListDto,
  MeDto,
  OrganisationDto,
  PageDto,
  UpdateEventRequest,
} from '@portal/contracts';
import { Observable, forkJoin, map } from 'rxjs';

/** Typed calls of the events API. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/events?cursor&limit — upcoming events, one keyset page. */
  upcoming(cursor?: string | null, limit = 20): Observable<EventListDto> {
    let params = new HttpParams().set('limit', String(limit));
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<EventListDto>(BrowserPaths.events, { params });
  }

  /** GET /api/events?from&to — events overlapping the range (month view, at most 62 days). */
  range(from: Date, to: Date): Observable<EventListDto> {
    const params = new HttpParams().set('from', from.toISOString()).set('to', to.toISOString());
    return this.http.get<EventListDto>(BrowserPaths.events, { params });
  }

  get(id: string): Observable<EventDto> {
    return this.http.get<EventDto>(this.path(id));
  }

  create(request: CreateEventRequest): Observable<EventDto> {
    return this.http.post<EventDto>(BrowserPaths.events, request);
  }

  update(id: string, request: UpdateEventRequest): Observable<EventDto> {
    return this.http.put<EventDto>(this.path(id), request);
  }

  cancel(id: string, version: number): Observable<EventDto> {
    return this.http.post<EventDto>(`${this.path(id)}/cancel`, { version });
  }

  /** Link target of „Zum Kalender hinzufügen (.ics)“. */
  icsUrl(id: string): string {
    return `${this.path(id)}/ics`;
  }

  /** Who is writing: decides whether the audience is fixed to the own Jobcenter. */
  me(): Observable<MeDto> {
    return this.http.get<MeDto>(BrowserPaths.me);
  }

  /** All organisations for the audience picker (about 110: two pages of 100). */
  organisations(): Observable<OrganisationDto[]> {
    const page = (number: number) =>
      this.http.get<PageDto<OrganisationDto>>(BrowserPaths.organisations, {
        params: new HttpParams().set('page', String(number)).set('pageSize', '100'),
      });
    return forkJoin([page(1), page(2)]).pipe(map(([first, second]) => [...first.items, ...second.items]));
  }

  private path(id: string): string {
    return `${BrowserPaths.events}/${encodeURIComponent(id)}`;
  }
}
