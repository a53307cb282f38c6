/** Every migration, in order. Imported explicitly because the backend is bundled by webpack. */
import { Initial1795609563239 } from './1795609563239-initial';
import { News1795614984448 } from './1795614984448-news';
import { NewsLifecycle1795617671056 } from './1795617671056-news-lifecycle';
import { EventsAndFeedTokens1795618040830 } from './1795618040830-events-and-feed-tokens';

export const MIGRATIONS = [
  Initial1795609563239,
  News1795614984448,
  NewsLifecycle1795617671056,
  EventsAndFeedTokens1795618040830,
];
