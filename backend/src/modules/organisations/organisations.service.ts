import { Injectable } from '@nestjs/common';
import type { OrganisationDto, PageDto } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { toOrganisationDto } from './organisation.mapper';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  async list(query: ListOrganisationsQuery): Promise<PageDto<OrganisationDto>> {
    const [items, total] = await this.organisations.list({
      state: query.state,
      kind: query.kind,
      q: query.q?.trim() || undefined,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: items.map(toOrganisationDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<OrganisationDto> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new DomainError(ErrorCode.NotFound, 'Diese Organisation gibt es nicht.');
    return toOrganisationDto(organisation);
  }
}
