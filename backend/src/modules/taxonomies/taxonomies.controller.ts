import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiPaths,
  MergeTaxonomyTermsResultDto,
  Permission,
  TaxonomyListDto,
  TaxonomyTermDto,
} from '@portal/contracts';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CreateTaxonomyTermBody, MergeTaxonomyTermsBody, UpdateTaxonomyTermBody } from './dto/taxonomy.body';
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
  list(): Promise<TaxonomyListDto> {
    return this.taxonomies.list();
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
    @Param('id', uuid) id: string,
    @Body() body: MergeTaxonomyTermsBody,
  ): Promise<MergeTaxonomyTermsResultDto> {
    return this.taxonomies.merge(id, body);
  }
}
