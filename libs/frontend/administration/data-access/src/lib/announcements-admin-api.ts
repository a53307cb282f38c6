import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AnnouncementDto,
  AnnouncementListDto,
  BrowserPaths,
  SaveAnnouncementRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** The announcement banner's administration (`announcements:manage`). */
@Injectable({ providedIn: 'root' })
export class AnnouncementsAdminApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AnnouncementListDto> {
    return this.http.get<AnnouncementListDto>(BrowserPaths.adminAnnouncements);
  }

  create(body: SaveAnnouncementRequest): Observable<AnnouncementDto> {
    return this.http.post<AnnouncementDto>(BrowserPaths.adminAnnouncements, body);
  }

  update(id: string, body: SaveAnnouncementRequest): Observable<AnnouncementDto> {
    return this.http.put<AnnouncementDto>(
      `${BrowserPaths.adminAnnouncements}/${encodeURIComponent(id)}`,
      body,
    );
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${BrowserPaths.adminAnnouncements}/${encodeURIComponent(id)}`);
  }
}
