import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiPaths, Permission } from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { PersonalDataExportService } from './personal-data-export.service';

/** „Meine Daten“: everyone signed in downloads what the portal knows about them. */
@Controller(ApiPaths.myData)
export class PersonalDataController {
  constructor(private readonly exporter: PersonalDataExportService) {}

  @Get()
  @RequirePermission(Permission.ProfileRead)
  download(
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.exporter.stream(user, request, response);
  }
}
