/** Offset pagination for small, bounded lists (directories); feeds use cursors. */
export interface PageDto<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
