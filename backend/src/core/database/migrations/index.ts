/** Every migration, in order. Imported explicitly because the backend is bundled by webpack. */
import { Initial1795609563239 } from './1795609563239-initial';
import { News1795614984448 } from './1795614984448-news';
import { NewsLifecycle1795617671056 } from './1795617671056-news-lifecycle';
import { Notifications1795618028940 } from './1795618028940-notifications';

export const MIGRATIONS = [
  Initial1795609563239,
  News1795614984448,
  NewsLifecycle1795617671056,
  Notifications1795618028940,
];
