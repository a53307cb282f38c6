import { SessionEntity } from '../auth/session.entity';
import { SeedRunEntity } from '../seed/seed-run.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { NewsEntity } from '../../modules/news/news.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { NotificationSettingEntity } from '../../modules/notifications/notification-setting.entity';

/** Every entity of the portal, in one list for the data source and the drift check. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  SeedRunEntity,
  NewsEntity,
  NotificationEntity,
  NotificationSettingEntity,
];
