/** „Merkliste“: anything with a registered content target can be bookmarked. */
export interface BookmarkDto {
  targetType: string;
  targetId: string;
  /** Title and portal path when it was bookmarked. */
  title: string;
  link: string;
  createdAt: string;
}

export interface BookmarkListDto {
  items: BookmarkDto[];
  nextCursor: string | null;
}

export interface BookmarkStateDto {
  bookmarked: boolean;
}
