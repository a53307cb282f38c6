import { BOOKMARKS_PERSONAL_DATA } from '../bookmarks/bookmarks.personal-data';
import { CAMPAIGNS_PERSONAL_DATA } from '../campaigns/campaigns.personal-data';
import { COMMENTS_PERSONAL_DATA } from '../comments/comments.personal-data';
import { CONTENT_REPORTS_PERSONAL_DATA } from '../content-reports/content-reports.personal-data';
import { EVENTS_PERSONAL_DATA } from '../events/events.personal-data';
import { FEEDS_PERSONAL_DATA } from '../feeds/feeds.personal-data';
import { ACCESSIBILITY_FEEDBACK_PERSONAL_DATA } from '../legal-pages/legal-pages.personal-data';
import { ACTIVITY_PERSONAL_DATA } from '../network-overview/activity.personal-data';
import { NEWS_PERSONAL_DATA, NEWS_READER_PERSONAL_DATA } from '../news/news.personal-data';
import { NOTIFICATIONS_PERSONAL_DATA } from '../notifications/notifications.personal-data';
import { DIRECTORY_PERSONAL_DATA } from '../people/people.personal-data';
import { PRACTICES_PERSONAL_DATA } from '../practices/practices.personal-data';
import { RESOURCES_PERSONAL_DATA } from '../resources/resources.personal-data';
import { PROFILE_PERSONAL_DATA } from '../users/users.personal-data';
import { AUDIT_PERSONAL_DATA, STORED_FILES_PERSONAL_DATA } from './core.personal-data';
import type { PersonalDataSource } from './personal-data-source';

/**
 * Every category of „Meine Daten“, in the order of README.txt. A new module that stores data
 * about people adds its `PersonalDataSource` here (one import, one line).
 */
export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
  PROFILE_PERSONAL_DATA,
  DIRECTORY_PERSONAL_DATA,
  NEWS_PERSONAL_DATA,
  NEWS_READER_PERSONAL_DATA,
  EVENTS_PERSONAL_DATA,
  PRACTICES_PERSONAL_DATA,
  RESOURCES_PERSONAL_DATA,
  COMMENTS_PERSONAL_DATA,
  CAMPAIGNS_PERSONAL_DATA,
  NOTIFICATIONS_PERSONAL_DATA,
  BOOKMARKS_PERSONAL_DATA,
  CONTENT_REPORTS_PERSONAL_DATA,
  FEEDS_PERSONAL_DATA,
  STORED_FILES_PERSONAL_DATA,
  ACCESSIBILITY_FEEDBACK_PERSONAL_DATA,
  ACTIVITY_PERSONAL_DATA,
  AUDIT_PERSONAL_DATA,
  // The search keeps no queries per person (only anonymous daily counts): no source for it.
];
