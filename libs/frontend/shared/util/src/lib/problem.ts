import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDto } from '@portal/contracts';

/** The German problem+json body of a failed request, if the server sent one. */
export function problemOf(error: unknown): ProblemDto | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  return typeof body === 'object' && body !== null && 'title' in body ? (body as ProblemDto) : null;
}

/** What to tell the user: the server's German explanation, or the fallback. */
export function problemMessage(error: unknown, fallback: string): string {
  const problem = problemOf(error);
  return problem?.detail ?? problem?.title ?? fallback;
}
