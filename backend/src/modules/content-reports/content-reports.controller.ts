import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiPaths, ContentReportDto, ContentReportListDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import {
  ContentReportListParams,
  CreateContentReportBody,
  ResolveContentReportBody,
} from './content-report.body';
import { ContentReportsService } from './content-reports.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Meldung gibt es nicht.'),
});

@Controller(ApiPaths.contentReports)
export class ContentReportsController {
  constructor(private readonly reports: ContentReportsService) {}

  @Post()
  @RequirePermission(Permission.ContentReportsCreate)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateContentReportBody): Promise<{ id: string }> {
    return this.reports.create(user, body);
  }

  @Get()
  @RequirePermission(Permission.ContentReportsManage)
  list(@Query() query: ContentReportListParams): Promise<ContentReportListDto> {
    return this.reports.list(query);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @RequirePermission(Permission.ContentReportsManage)
  resolve(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: ResolveContentReportBody,
  ): Promise<ContentReportDto> {
    return this.reports.resolve(user, id, body);
  }
}
