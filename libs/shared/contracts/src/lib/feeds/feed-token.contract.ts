/** Whether the user has a personal feed token; the token itself is only shown once. */
export interface FeedTokenStatusDto {
  exists: boolean;
  createdAt: string | null;
}

/** Answer to creating (rotating) the token: the personal URLs, shown once. */
export interface FeedTokenCreatedDto {
  createdAt: string;
  calendarUrl: string;
  newsUrl: string;
}
