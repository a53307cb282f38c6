import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { MeController } from './me.controller';
import { RoleOverridesRepository } from './role-overrides.repository';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [MeController, AdminUsersController],
  providers: [UsersRepository, UsersService, RoleOverridesRepository, AdminUsersService],
  exports: [UsersService],
})
export class UsersModule {}
