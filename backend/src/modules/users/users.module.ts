import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AdminUsersController } from './admin-users.controller';
import { MeController } from './me.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [MeController, AdminUsersController],
  providers: [UsersRepository, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
