/** Every migration, in order. Imported explicitly because the backend is bundled by webpack. */
import { Initial1795609563239 } from './1795609563239-initial';
import { News1795614984448 } from './1795614984448-news';
import { NewsLifecycle1795617671056 } from './1795617671056-news-lifecycle';
import { NewsReadersAndSearch1795617906646 } from './1795617906646-news-readers-and-search';
import { Comments1795617956086 } from './1795617956086-comments';
import { Notifications1795618028940 } from './1795618028940-notifications';
import { EventsAndFeedTokens1795618040830 } from './1795618040830-events-and-feed-tokens';
import { NewsFiles1795618147724 } from './1795618147724-news-files';
import { NewsNotified1795620776064 } from './1795620776064-news-notified';
import { NewsPinnedIndex1795623268317 } from './1795623268317-news-pinned-index';
import { Campaigns1795627765266 } from './1795627765266-campaigns';
import { OrganisationKitProfile1795628175242 } from './1795628175242-organisation-kit-profile';
import { CampaignKit1795628205743 } from './1795628205743-campaign-kit';
import { Practices1795628390964 } from './1795628390964-practices';
import { StoredFileScanAndPreview1795628408904 } from './1795628408904-stored-file-scan-and-preview';
import { CampaignAssets1795629175661 } from './1795629175661-campaign-assets';
import { AuditLog1795629760979 } from './1795629760979-audit-log';
import { PeopleAdminBanner1796559583428 } from './1796559583428-people-admin-banner';
import { Resources1796559611787 } from './1796559611787-resources';
import { PrivacyLegalNetwork1796559633233 } from './1796559633233-privacy-legal-network';
import { SearchIndex1796559653212 } from './1796559653212-search-index';
import { NotificationsImmediateOutboxIndex1796559952325 } from './1796559952325-notifications-immediate-outbox-index';
import { OrganisationProfiles1796564192506 } from './1796564192506-organisation-profiles';
import { SearchResources1796565359762 } from './1796565359762-search-resources';
import { SearchPersonOptOut1796565359763 } from './1796565359763-search-person-opt-out';
import { FormerAuthors1796572962887 } from './1796572962887-former-authors';
import { PracticesStateSortIndexes1796584559959 } from './1796584559959-practices-state-sort-indexes';
import { SearchRefreshLockOrder1796596580079 } from './1796596580079-search-refresh-lock-order';
import { SearchSuggestIndexes1796598907292 } from './1796598907292-search-suggest-indexes';
import { SearchDirectoryVectorIndex1796599996276 } from './1796599996276-search-directory-vector-index';
import { SearchRefreshSerialised1796604000000 } from './1796604000000-search-refresh-serialised';
import { SearchVectorInline1796605000000 } from './1796605000000-search-vector-inline';
import { SessionChangeEvents1796603000000 } from './1796603000000-session-change-events';
import { SearchDependentChanges1796610000010 } from './1796610000010-search-dependent-changes';
import { SearchMergedOrganisations1796610000011 } from './1796610000011-search-merged-organisations';
import { PracticeVersionsPublished1796610000030 } from './1796610000030-practice-versions-published';
import { CampaignKitDownloads1796610000050 } from './1796610000050-campaign-kit-downloads';
import { CampaignTagsFolded1796610000080 } from './1796610000080-campaign-tags-folded';
import { NewsDemoFlag1796620000010 } from './1796620000010-news-demo-flag';
import { SearchResourcePublicationDate1796620000040 } from './1796620000040-search-resource-publication-date';
import { SearchResourceCollections1796620000041 } from './1796620000041-search-resource-collections';
import { SearchTouchOnce1796630000000 } from './1796630000000-search-touch-once';
import { NewsFeedChangeEvents1796640000000 } from './1796640000000-news-feed-change-events';

export const MIGRATIONS = [
  Initial1795609563239,
  News1795614984448,
  NewsLifecycle1795617671056,
  NewsReadersAndSearch1795617906646,
  Comments1795617956086,
  Notifications1795618028940,
  EventsAndFeedTokens1795618040830,
  NewsFiles1795618147724,
  NewsNotified1795620776064,
  NewsPinnedIndex1795623268317,
  Campaigns1795627765266,
  OrganisationKitProfile1795628175242,
  CampaignKit1795628205743,
  Practices1795628390964,
  StoredFileScanAndPreview1795628408904,
  CampaignAssets1795629175661,
  AuditLog1795629760979,
  PeopleAdminBanner1796559583428,
  Resources1796559611787,
  PrivacyLegalNetwork1796559633233,
  SearchIndex1796559653212,
  NotificationsImmediateOutboxIndex1796559952325,
  OrganisationProfiles1796564192506,
  SearchResources1796565359762,
  SearchPersonOptOut1796565359763,
  FormerAuthors1796572962887,
  PracticesStateSortIndexes1796584559959,
  SearchRefreshLockOrder1796596580079,
  SearchSuggestIndexes1796598907292,
  SearchDirectoryVectorIndex1796599996276,
  SessionChangeEvents1796603000000,
  SearchRefreshSerialised1796604000000,
  SearchVectorInline1796605000000,
  SearchDependentChanges1796610000010,
  SearchMergedOrganisations1796610000011,
  PracticeVersionsPublished1796610000030,
  CampaignKitDownloads1796610000050,
  CampaignTagsFolded1796610000080,
  NewsDemoFlag1796620000010,
  SearchResourcePublicationDate1796620000040,
  SearchResourceCollections1796620000041,
  SearchTouchOnce1796630000000,
  NewsFeedChangeEvents1796640000000,
];
