import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  AcknowledgementStatsDto,
  ApiPaths,
  NewsAudiencePreviewDto,
  NewsDraftListDto,
  NewsDto,
  NewsFeedDto,
  NewsPreviewDto,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import {
  ArchiveNewsBody,
  CreateNewsBody,
  NewsPreviewBody,
  PublishNewsBody,
  UnscheduleNewsBody,
  UpdateNewsBody,
} from './dto/news.body';
import { AudiencePreviewQuery } from './dto/audience-preview.query';
import { NewsFeedQueryParams } from './dto/news-feed.query';
import { NewsService } from './news.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Neuigkeit gibt es nicht.'),
});

@Controller(ApiPaths.news)
export class NewsController {
  constructor(private readonly news: NewsService) {}

  @Get()
  @RequirePermission(Permission.NewsRead)
  feed(@CurrentUser() user: SessionUser, @Query() query: NewsFeedQueryParams): Promise<NewsFeedDto> {
    return this.news.feed(user, query);
  }

  /** Drafts and scheduled items of the user's desk. */
  @Get('drafts')
  @RequirePermission(Permission.NewsWrite)
  drafts(@CurrentUser() user: SessionUser): Promise<NewsDraftListDto> {
    return this.news.desk(user);
  }

  /** How many active people the audience reaches; a pure read, so GET. Editors: own Jobcenter only. */
  @Get('audience-preview')
  @RequirePermission(Permission.NewsWrite)
  audiencePreview(
    @CurrentUser() user: SessionUser,
    @Query() query: AudiencePreviewQuery,
  ): Promise<NewsAudiencePreviewDto> {
    return this.news.audiencePreview(user, query);
  }

  /** Renders Markdown exactly as readers will see it (the editor's live preview). */
  @Post('preview')
  @HttpCode(200)
  @RequirePermission(Permission.NewsWrite)
  preview(@Body() body: NewsPreviewBody): NewsPreviewDto {
    return this.news.preview(body.body);
  }

  @Get(':id')
  @RequirePermission(Permission.NewsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<NewsDto> {
    return this.news.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.NewsWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateNewsBody): Promise<NewsDto> {
    return this.news.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.NewsWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateNewsBody,
  ): Promise<NewsDto> {
    return this.news.update(user, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(Permission.NewsWrite)
  publish(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: PublishNewsBody,
  ): Promise<NewsDto> {
    return this.news.publish(user, id, body);
  }

  /** „Planung aufheben“: a scheduled item goes back to the desk as a draft. */
  @Post(':id/unschedule')
  @HttpCode(200)
  @RequirePermission(Permission.NewsWrite)
  unschedule(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UnscheduleNewsBody,
  ): Promise<NewsDto> {
    return this.news.unschedule(user, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(Permission.NewsWrite)
  archive(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: ArchiveNewsBody,
  ): Promise<NewsDto> {
    return this.news.archive(user, id, body);
  }

  /** „Zur Kenntnis genommen“ (idempotent). */
  @Post(':id/acknowledgement')
  @HttpCode(200)
  @RequirePermission(Permission.NewsRead)
  acknowledge(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<NewsDto> {
    return this.news.acknowledge(user, id);
  }

  @Get(':id/acknowledgements')
  @RequirePermission(Permission.NewsRead)
  acknowledgements(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
  ): Promise<AcknowledgementStatsDto> {
    return this.news.acknowledgements(user, id);
  }
}
