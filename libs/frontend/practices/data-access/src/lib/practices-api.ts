import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BookmarkStateDto,
  BrowserPaths,
  CreatePracticeRequest,
  PracticeAdoptionsDto,
  PracticeDeskDto,
  PracticeDto,
  PracticeFilesViewDto,
  PracticeHelpfulDto,
  PracticeListQuery,
  PracticePageDto,
  PracticeRecommendationsDto,
  PracticeVersionListDto,
  PrivacyCheckDto,
  PrivacyCheckRequest,
  SimilarPracticesDto,
  TaxonomyListDto,
  UpdatePracticeRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the Gute-Praxis API (plus taxonomies, Merkliste and „Melden“ for entries). */
@Injectable({ providedIn: 'root' })
export class PracticesApi {
  private readonly http = inject(HttpClient);

  /** GET /api/practices — one keyset page; empty filters are left out. */
  list(query: PracticeListQuery = {}): Observable<PracticePageDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '' && value !== false)
        params = params.set(key, String(value));
    }
    return this.http.get<PracticePageDto>(BrowserPaths.practices, { params });
  }

  desk(): Observable<PracticeDeskDto> {
    return this.http.get<PracticeDeskDto>(`${BrowserPaths.practices}/desk`);
  }

  recommendations(): Observable<PracticeRecommendationsDto> {
    return this.http.get<PracticeRecommendationsDto>(`${BrowserPaths.practices}/recommendations`);
  }

  taxonomies(): Observable<TaxonomyListDto> {
    return this.http.get<TaxonomyListDto>(BrowserPaths.taxonomies);
  }

  get(id: string): Observable<PracticeDto> {
    return this.http.get<PracticeDto>(this.item(id));
  }

  create(request: CreatePracticeRequest): Observable<PracticeDto> {
    return this.http.post<PracticeDto>(BrowserPaths.practices, request);
  }

  update(id: string, request: UpdatePracticeRequest): Observable<PracticeDto> {
    return this.http.put<PracticeDto>(this.item(id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.item(id));
  }

  privacyCheck(request: PrivacyCheckRequest): Observable<PrivacyCheckDto> {
    return this.http.post<PrivacyCheckDto>(`${BrowserPaths.practices}/privacy-check`, request);
  }

  submit(id: string, version: number, confirmPrivacy: boolean): Observable<PracticeDto> {
    return this.http.post<PracticeDto>(`${this.item(id)}/submit`, { version, confirmPrivacy });
  }

  publish(id: string, version: number): Observable<PracticeDto> {
    return this.http.post<PracticeDto>(`${this.item(id)}/publish`, { version });
  }

  returnToAuthor(id: string, version: number, comment: string): Observable<PracticeDto> {
    return this.http.post<PracticeDto>(`${this.item(id)}/return`, { version, comment });
  }

  archive(id: string, version: number): Observable<PracticeDto> {
    return this.http.post<PracticeDto>(`${this.item(id)}/archive`, { version });
  }

  follow(id: string, on: boolean): Observable<{ following: boolean }> {
    const url = `${this.item(id)}/follow`;
    return on
      ? this.http.put<{ following: boolean }>(url, {})
      : this.http.delete<{ following: boolean }>(url);
  }

  helpful(id: string, on: boolean): Observable<PracticeHelpfulDto> {
    const url = `${this.item(id)}/helpful`;
    return on ? this.http.put<PracticeHelpfulDto>(url, {}) : this.http.delete<PracticeHelpfulDto>(url);
  }

  bookmark(id: string, on: boolean): Observable<BookmarkStateDto> {
    const url = `${BrowserPaths.bookmarks}/practice/${encodeURIComponent(id)}`;
    return on ? this.http.put<BookmarkStateDto>(url, {}) : this.http.delete<BookmarkStateDto>(url);
  }

  report(id: string, reason: string): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(BrowserPaths.contentReports, {
      targetType: 'practice',
      targetId: id,
      reason,
    });
  }

  adoptions(id: string): Observable<PracticeAdoptionsDto> {
    return this.http.get<PracticeAdoptionsDto>(`${this.item(id)}/adoptions`);
  }

  adopt(id: string, note: string): Observable<PracticeAdoptionsDto> {
    return this.http.put<PracticeAdoptionsDto>(`${this.item(id)}/adoptions/mine`, note ? { note } : {});
  }

  unadopt(id: string): Observable<PracticeAdoptionsDto> {
    return this.http.delete<PracticeAdoptionsDto>(`${this.item(id)}/adoptions/mine`);
  }

  versions(id: string): Observable<PracticeVersionListDto> {
    return this.http.get<PracticeVersionListDto>(`${this.item(id)}/versions`);
  }

  similar(id: string): Observable<SimilarPracticesDto> {
    return this.http.get<SimilarPracticesDto>(`${this.item(id)}/similar`);
  }

  uploadImage(id: string, file: File, altText: string): Observable<HttpEvent<PracticeFilesViewDto>> {
    const form = new FormData();
    form.append('altText', altText);
    form.append('file', file, file.name);
    return this.http.post<PracticeFilesViewDto>(`${this.item(id)}/images`, form, {
      reportProgress: true,
      observe: 'events',
    });
  }

  uploadAttachment(id: string, file: File): Observable<HttpEvent<PracticeFilesViewDto>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<PracticeFilesViewDto>(`${this.item(id)}/attachments`, form, {
      reportProgress: true,
      observe: 'events',
    });
  }

  removeFile(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${this.item(id)}/files/${encodeURIComponent(fileId)}`);
  }

  pdfUrl(id: string): string {
    return `${this.item(id)}/pdf`;
  }

  private item(id: string): string {
    return `${BrowserPaths.practices}/${encodeURIComponent(id)}`;
  }
}
