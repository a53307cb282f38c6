import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../../modules/organisations/organisations.module';
import { SeedService } from './seed.service';

@Module({
  imports: [OrganisationsModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
