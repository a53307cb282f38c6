import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { SessionEntity } from '../auth/session.entity';
import { SeedRunEntity } from '../seed/seed-run.entity';
import { StoredFileEntity } from '../storage/stored-file.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { OrganisationContactEntity } from '../../modules/organisations/organisation-contact.entity';
import { NewsEntity } from '../../modules/news/news.entity';
import { NewsAcknowledgementEntity, NewsReadEntity } from '../../modules/news/news-reader-state.entity';
import { NewsFileEntity } from '../../modules/news/news-file.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { CommentEntity } from '../../modules/comments/comment.entity';
import { CommentMentionEntity } from '../../modules/comments/comment-mention.entity';
import { CommentReactionEntity } from '../../modules/comments/comment-reaction.entity';
import { EventEntity } from '../../modules/events/event.entity';
import { FeedTokenEntity } from '../../modules/feeds/feed-token.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { CampaignAssetEntity } from '../../modules/campaigns/campaign-asset.entity';
import { CampaignAssetVersionEntity } from '../../modules/campaigns/campaign-asset-version.entity';
import { CampaignAssetFileEntity } from '../../modules/campaigns/campaign-asset-file.entity';
import { CampaignTermsAcceptanceEntity } from '../../modules/campaigns/campaign-terms-acceptance.entity';
import { CampaignDownloadEntity } from '../../modules/campaigns/campaign-download.entity';
import { KitTemplateEntity } from '../../modules/campaign-kit/kit-template.entity';
import { KitTemplateVersionEntity } from '../../modules/campaign-kit/kit-template-version.entity';
import { KitOutputEntity } from '../../modules/campaign-kit/kit-output.entity';
import { KitBulkFileEntity, KitBulkRunEntity } from '../../modules/campaign-kit/kit-bulk-run.entity';
import { KitDownloadEntity } from '../../modules/campaign-kit/kit-download.entity';
import { NotificationSettingEntity } from '../../modules/notifications/notification-setting.entity';
import {
  TaxonomyAssignmentEntity,
  TaxonomyEntity,
  TaxonomyTermEntity,
} from '../../modules/taxonomies/taxonomy.entity';
import { BookmarkEntity } from '../../modules/bookmarks/bookmark.entity';
import { ContentReportEntity } from '../../modules/content-reports/content-report.entity';
import { PracticeEntity } from '../../modules/practices/practice.entity';
import {
  PracticeAdoptionEntity,
  PracticeFileEntity,
  PracticeFollowerEntity,
  PracticeHelpfulEntity,
  PracticeVersionEntity,
} from '../../modules/practices/practice-relations.entity';
import { ResourceEntity } from '../../modules/resources/resource.entity';
import {
  ResourceCollectionEntity,
  ResourceCollectionItemEntity,
  ResourceFileEntity,
  ResourceRatingEntity,
} from '../../modules/resources/resource-relations.entity';
import { LegalPageEntity } from '../../modules/legal-pages/legal-page.entity';
import { AccessibilityFeedbackEntity } from '../../modules/legal-pages/accessibility-feedback.entity';
import { UserActivityEntity } from '../../modules/network-overview/user-activity.entity';
import { AcknowledgementTallyEntity } from '../../modules/privacy/acknowledgement-tally.entity';

import { RoleOverrideEntity } from '../../modules/users/role-override.entity';
import { AnnouncementEntity } from '../../modules/announcements/announcement.entity';

import { SearchDocumentEntity } from '../../modules/search/search-document.entity';
import { SearchWordEntity } from '../../modules/search/search-word.entity';
import { SearchFileTextEntity } from '../../modules/search/search-file-text.entity';
import { SearchQueryStatEntity } from '../../modules/search/search-query-stat.entity';
/** Every entity of the portal, in one list for the data source and the drift check. */
export const ENTITIES = [
  OrganisationEntity,
  OrganisationContactEntity,
  UserEntity,
  RoleOverrideEntity,
  AnnouncementEntity,
  SessionEntity,
  SeedRunEntity,
  NewsEntity,
  NewsReadEntity,
  NewsAcknowledgementEntity,
  CommentEntity,
  CommentReactionEntity,
  CommentMentionEntity,
  StoredFileEntity,
  NewsFileEntity,
  EventEntity,
  FeedTokenEntity,
  NotificationEntity,
  NotificationSettingEntity,
  CampaignEntity,
  AuditEntryEntity,
  CampaignAssetEntity,
  CampaignAssetVersionEntity,
  CampaignAssetFileEntity,
  CampaignTermsAcceptanceEntity,
  CampaignDownloadEntity,
  KitTemplateEntity,
  KitTemplateVersionEntity,
  KitOutputEntity,
  KitBulkRunEntity,
  KitBulkFileEntity,
  KitDownloadEntity,
  TaxonomyEntity,
  TaxonomyTermEntity,
  TaxonomyAssignmentEntity,
  BookmarkEntity,
  ContentReportEntity,
  PracticeEntity,
  PracticeVersionEntity,
  PracticeAdoptionEntity,
  PracticeFollowerEntity,
  PracticeHelpfulEntity,
  PracticeFileEntity,
  ResourceEntity,
  ResourceFileEntity,
  ResourceRatingEntity,
  ResourceCollectionEntity,
  ResourceCollectionItemEntity,
  SearchDocumentEntity,
  SearchWordEntity,
  SearchFileTextEntity,
  SearchQueryStatEntity,
  LegalPageEntity,
  AccessibilityFeedbackEntity,
  UserActivityEntity,
  AcknowledgementTallyEntity,
];
