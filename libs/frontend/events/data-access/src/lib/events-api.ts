import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  CreateEventRequest,
  EventDto,
  EventListDto,
  UpdateEventRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

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

  private path(id: string): string {
    return `${BrowserPaths.events}/${encodeURIComponent(id)}`;
  }
}
