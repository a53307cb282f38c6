import { Module } from '@nestjs/common';
import { OrganisationLogoService } from './organisation-logo.service';
import { OrganisationProfileRepository } from './organisation-profile.repository';
import { OrganisationsAdminController } from './organisations-admin.controller';
import { OrganisationsAdminService } from './organisations-admin.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationsController, OrganisationsAdminController],
  providers: [
    OrganisationsRepository,
    OrganisationProfileRepository,
    OrganisationsService,
    OrganisationLogoService,
    OrganisationsAdminService,
  ],
  exports: [OrganisationsRepository],
})
export class OrganisationsModule {}
