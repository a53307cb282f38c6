import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiPaths,
  Permission,
  PracticeDeskDto,
  PracticeDto,
  PracticePageDto,
  PrivacyCheckDto,
} from '@portal/contracts';
import type { Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { contentDisposition } from '../../core/storage/file-name';
import {
  CreatePracticeBody,
  PrivacyCheckBody,
  ReturnPracticeBody,
  SubmitPracticeBody,
  UpdatePracticeBody,
  VersionedBody,
} from './dto/practice.body';
import { PracticeListParams } from './dto/practice-list.query';
import { practicePdf } from './practice-pdf';
import { PracticesService } from './practices.service';

export const practiceId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Dieses Praxisbeispiel gibt es nicht.'),
});

/** Gute Praxis: list, desk, writing and the review workflow. */
@Controller(ApiPaths.practices)
export class PracticesController {
  constructor(
    private readonly practices: PracticesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission(Permission.PracticesRead)
  list(@CurrentUser() user: SessionUser, @Query() query: PracticeListParams): Promise<PracticePageDto> {
    return this.practices.list(user, query);
  }

  /** The user's drafts and entries in review, and what waits for their review. */
  @Get('desk')
  @RequirePermission(Permission.PracticesWrite)
  desk(@CurrentUser() user: SessionUser): Promise<PracticeDeskDto> {
    return this.practices.desk(user);
  }

  /** The privacy guard on text as typed (the form shows the findings before submitting). */
  @Post('privacy-check')
  @HttpCode(200)
  @RequirePermission(Permission.PracticesWrite)
  privacyCheck(@Body() body: PrivacyCheckBody): Promise<PrivacyCheckDto> {
    return this.practices.privacyCheck(body);
  }

  @Get(':id')
  @RequirePermission(Permission.PracticesRead)
  get(@CurrentUser() user: SessionUser, @Param('id', practiceId) id: string): Promise<PracticeDto> {
    return this.practices.get(user, id);
  }

  @Get(':id/pdf')
  @RequirePermission(Permission.PracticesRead)
  async pdf(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const practice = await this.practices.get(user, id);
    const bytes = await practicePdf(practice, this.clock.now());
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', contentDisposition('attachment', `${practice.title}.pdf`));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(Buffer.from(bytes));
  }

  @Post()
  @RequirePermission(Permission.PracticesWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreatePracticeBody): Promise<PracticeDto> {
    return this.practices.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.PracticesWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: UpdatePracticeBody,
  ): Promise<PracticeDto> {
    return this.practices.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.PracticesWrite)
  remove(@CurrentUser() user: SessionUser, @Param('id', practiceId) id: string): Promise<void> {
    return this.practices.remove(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(Permission.PracticesWrite)
  submit(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: SubmitPracticeBody,
  ): Promise<PracticeDto> {
    return this.practices.submit(user, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(Permission.PracticesReview)
  publish(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: VersionedBody,
  ): Promise<PracticeDto> {
    return this.practices.publish(user, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission(Permission.PracticesReview)
  return(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: ReturnPracticeBody,
  ): Promise<PracticeDto> {
    return this.practices.return(user, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(Permission.PracticesReview)
  archive(
    @CurrentUser() user: SessionUser,
    @Param('id', practiceId) id: string,
    @Body() body: VersionedBody,
  ): Promise<PracticeDto> {
    return this.practices.archive(user, id, body);
  }
}
