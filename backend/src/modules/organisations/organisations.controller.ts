import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPaths, OrganisationDto, PageDto, Permission } from '@portal/contracts';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { OrganisationsService } from './organisations.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Organisation gibt es nicht.'),
});

@Controller(ApiPaths.organisations)
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission(Permission.OrganisationsRead)
  list(@Query() query: ListOrganisationsQuery): Promise<PageDto<OrganisationDto>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.OrganisationsRead)
  get(@Param('id', uuid) id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }
}
