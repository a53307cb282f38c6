import { SessionEntity } from '../auth/session.entity';
import { SeedRunEntity } from '../seed/seed-run.entity';
import { StoredFileEntity } from '../storage/stored-file.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
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

/** Every entity of the portal, in one list for the data source and the drift check. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
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
];
