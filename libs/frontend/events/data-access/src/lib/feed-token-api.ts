import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BrowserPaths, FeedTokenCreatedDto, FeedTokenStatusDto } from '@portal/contracts';
import { Observable } from 'rxjs';

/** The user's personal feed token (profile page). */
@Injectable({ providedIn: 'root' })
export class FeedTokenApi {
  private readonly http = inject(HttpClient);

  status(): Observable<FeedTokenStatusDto> {
    return this.http.get<FeedTokenStatusDto>(BrowserPaths.feedToken);
  }

  /** Creates a new token (the old one stops working); the URLs come only in this answer. */
  rotate(): Observable<FeedTokenCreatedDto> {
    return this.http.post<FeedTokenCreatedDto>(BrowserPaths.feedToken, {});
  }

  revoke(): Observable<void> {
    return this.http.delete<void>(BrowserPaths.feedToken);
  }
}
