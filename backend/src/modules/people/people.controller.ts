import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiPaths, DirectoryProfileDto, Permission, PersonListDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { PeopleListQuery, UpdateDirectoryProfileBody } from './dto/people.dto';
import { PeopleService } from './people.service';

@Controller(ApiPaths.people)
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @RequirePermission(Permission.PeopleRead)
  list(@Query() query: PeopleListQuery): Promise<PersonListDto> {
    return this.people.list(query);
  }
}

/** One's own directory entry: opt-out, function, phone, topics. */
@Controller(ApiPaths.directoryProfile)
export class DirectoryProfileController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @RequirePermission(Permission.ProfileRead)
  get(@CurrentUser() user: SessionUser): Promise<DirectoryProfileDto> {
    return this.people.profile(user);
  }

  @Put()
  @RequirePermission(Permission.ProfileRead)
  update(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateDirectoryProfileBody,
  ): Promise<DirectoryProfileDto> {
    return this.people.updateProfile(user, body);
  }
}
