import { SessionEntity } from '../auth/session.entity';
import { SeedRunEntity } from '../seed/seed-run.entity';
import { StoredFileEntity } from '../storage/stored-file.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { NewsEntity } from '../../modules/news/news.entity';
import { NewsFileEntity } from '../../modules/news/news-file.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** Every entity of the portal, in one list for the data source and the drift check. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  SeedRunEntity,
  NewsEntity,
  StoredFileEntity,
  NewsFileEntity,
];
