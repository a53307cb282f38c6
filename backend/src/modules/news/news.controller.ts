import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiPaths, NewsDto, NewsFeedDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CreateNewsBody, PublishNewsBody, UpdateNewsBody } from './dto/news.body';
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
}
