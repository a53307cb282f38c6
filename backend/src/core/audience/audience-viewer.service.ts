import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AudienceViewer } from '@portal/contracts';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import type { SessionUser } from '../auth/session-user';

/** Resolves what audiences are matched against: the user's roles, organisation and its Land. */
@Injectable()
export class AudienceViewerService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forUser(
    user: Pick<SessionUser, 'roles' | 'organisationId' | 'organisationState'>,
  ): Promise<AudienceViewer> {
    if (user.organisationState !== undefined) {
      return { roles: user.roles, organisationId: user.organisationId, state: user.organisationState };
    }
    const organisation = user.organisationId
      ? await this.dataSource
          .getRepository(OrganisationEntity)
          .findOne({ where: { id: user.organisationId }, select: { id: true, state: true } })
      : null;
    return { roles: user.roles, organisationId: user.organisationId, state: organisation?.state ?? null };
  }
}
