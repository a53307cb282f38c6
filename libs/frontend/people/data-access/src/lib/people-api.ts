import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  DirectoryProfileDto,
  PersonListDto,
  PersonListQuery,
  UpdateDirectoryProfileRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** The people directory and one's own directory settings. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  /** GET /api/people — one page after `cursor`, optionally searched (name, organisation, topic). */
  list(query: PersonListQuery): Observable<PersonListDto> {
    let params = new HttpParams();
    if (query.q?.trim()) params = params.set('q', query.q.trim());
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', query.limit);
    return this.http.get<PersonListDto>(BrowserPaths.people, { params });
  }

  profile(): Observable<DirectoryProfileDto> {
    return this.http.get<DirectoryProfileDto>(BrowserPaths.directoryProfile);
  }

  updateProfile(body: UpdateDirectoryProfileRequest): Observable<DirectoryProfileDto> {
    return this.http.put<DirectoryProfileDto>(BrowserPaths.directoryProfile, body);
  }
}
