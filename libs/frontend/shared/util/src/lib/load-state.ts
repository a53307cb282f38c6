import { Observable, catchError, map, of, startWith } from 'rxjs';

/** Lifecycle of one request as a template can render it. */
export type LoadState<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'error'; httpStatus: number | null };

/** Maps a request to loading → loaded | error, so a `switchMap` can feed a signal. */
export function toLoadState<T>(source: Observable<T>): Observable<LoadState<T>> {
  return source.pipe(
    map((value): LoadState<T> => ({ status: 'loaded', value })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'error', httpStatus: readStatus(error) })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}

function readStatus(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : null;
}
