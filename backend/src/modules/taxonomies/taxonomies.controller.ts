import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiPaths,
  hasPermission,
  MergeTaxonomyTermsResultDto,
  Permission,
  TaxonomyListDto,
  TaxonomyTermDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import {
  CreateTaxonomyTermBody,
  MergeTaxonomyTermsBody,
  TaxonomyListQueryParams,
  UpdateTaxonomyTermBody,
} from './dto/taxonomy.body';
import { TaxonomiesService } from './taxonomies.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diesen Begriff gibt es nicht.'),
});

@Controller(ApiPaths.taxonomies)
export class TaxonomiesController {
  constructor(private readonly taxonomies: TaxonomiesService) {}

  /** Every signed-in person needs the terms (filters, forms). */
  @Get()
  @RequirePermission(Permission.ProfileRead)
  list(@CurrentUser() user: SessionUser, @Query() query: TaxonomyListQueryParams): Promise<TaxonomyListDto> {
    // Deactivated terms only for those who manage them; others silently get the active ones.
    return this.taxonomies.list(
      query.inactive === true && hasPermission(user.roles, Permission.TaxonomiesManage),
    );
  }

  @Post(':key/terms')
  @RequirePermission(Permission.TaxonomiesManage)
  addTerm(@Param('key') key: string, @Body() body: CreateTaxonomyTermBody): Promise<TaxonomyTermDto> {
    return this.taxonomies.addTerm(key, body);
  }

  @Put('terms/:id')
  @RequirePermission(Permission.TaxonomiesManage)
  updateTerm(@Param('id', uuid) id: string, @Body() body: UpdateTaxonomyTermBody): Promise<TaxonomyTermDto> {
    return this.taxonomies.updateTerm(id, body);
  }

  @Post('terms/:id/merge')
  @HttpCode(200)
  @RequirePermission(Permission.TaxonomiesManage)
  merge(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: MergeTaxonomyTermsBody,
  ): Promise<MergeTaxonomyTermsResultDto> {
    return this.taxonomies.merge(user, id, body);
  }
}
