import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  NotificationDto,
  NotificationListDto,
  NotificationListQuery,
  NotificationSettingsDto,
  UnreadCountDto,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the notifications API (always the signed-in user's own). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/notifications — one keyset page, newest first. */
  list(query: NotificationListQuery = {}): Observable<NotificationListDto> {
    let params = new HttpParams();
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', String(query.limit));
    return this.http.get<NotificationListDto>(BrowserPaths.notifications, { params });
  }

  unreadCount(): Observable<UnreadCountDto> {
    return this.http.get<UnreadCountDto>(`${BrowserPaths.notifications}/unread-count`);
  }

  markRead(id: string): Observable<NotificationDto> {
    return this.http.post<NotificationDto>(
      `${BrowserPaths.notifications}/${encodeURIComponent(id)}/read`,
      {},
    );
  }

  markAllRead(): Observable<UnreadCountDto> {
    return this.http.post<UnreadCountDto>(`${BrowserPaths.notifications}/read-all`, {});
  }

  settings(): Observable<NotificationSettingsDto> {
    return this.http.get<NotificationSettingsDto>(`${BrowserPaths.notifications}/settings`);
  }

  saveSettings(settings: NotificationSettingsDto): Observable<NotificationSettingsDto> {
    return this.http.put<NotificationSettingsDto>(`${BrowserPaths.notifications}/settings`, settings);
  }
}
