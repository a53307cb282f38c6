import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiPaths,
  Permission,
  SearchAnalyticsDto,
  SearchResponseDto,
  SearchSuggestResponseDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { AnalyticsParams, SearchParams, SuggestParams } from './dto/search.query';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchService } from './search.service';

@Controller(ApiPaths.search)
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly analytics: SearchAnalyticsService,
  ) {}

  @Get()
  @RequirePermission(Permission.SearchUse)
  find(@CurrentUser() user: SessionUser, @Query() params: SearchParams): Promise<SearchResponseDto> {
    return this.search.search(user, params);
  }

  @Get('suggest')
  @RequirePermission(Permission.SearchUse)
  suggest(
    @CurrentUser() user: SessionUser,
    @Query() params: SuggestParams,
  ): Promise<SearchSuggestResponseDto> {
    return this.search.suggest(user, params.q);
  }

  @Get('analytics')
  @RequirePermission(Permission.SearchAnalytics)
  report(@Query() params: AnalyticsParams): Promise<SearchAnalyticsDto> {
    return this.analytics.report(params.days ?? 30);
  }
}
