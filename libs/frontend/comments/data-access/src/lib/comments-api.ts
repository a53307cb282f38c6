import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  CommentDto,
  CommentListQuery,
  CommentPageDto,
  CommentReactionDto,
  CreateCommentRequest,
  MentionSuggestionDto,
  MentionSuggestionQuery,
  UpdateCommentRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the comments API. */
@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/comments — one page of a thread, oldest first. */
  list(query: CommentListQuery): Observable<CommentPageDto> {
    let params = new HttpParams().set('targetType', query.targetType).set('targetId', query.targetId);
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', String(query.limit));
    return this.http.get<CommentPageDto>(BrowserPaths.comments, { params });
  }

  create(request: CreateCommentRequest): Observable<CommentDto> {
    return this.http.post<CommentDto>(BrowserPaths.comments, request);
  }

  update(id: string, request: UpdateCommentRequest): Observable<CommentDto> {
    return this.http.put<CommentDto>(this.path(id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.path(id));
  }

  /** „Hilfreich“ on (`true`) or off; both are idempotent on the server. */
  setHelpful(id: string, on: boolean): Observable<CommentReactionDto> {
    const path = `${this.path(id)}/reactions/helpful`;
    return on ? this.http.put<CommentReactionDto>(path, null) : this.http.delete<CommentReactionDto>(path);
  }

  /** GET /api/users/mention-suggestions — people who can see the target, by name prefix. */
  mentionSuggestions(query: MentionSuggestionQuery): Observable<MentionSuggestionDto[]> {
    const params = new HttpParams()
      .set('q', query.q)
      .set('targetType', query.targetType)
      .set('targetId', query.targetId);
    return this.http.get<MentionSuggestionDto[]>(BrowserPaths.mentionSuggestions, { params });
  }

  private path(id: string): string {
    return `${BrowserPaths.comments}/${encodeURIComponent(id)}`;
  }
}
