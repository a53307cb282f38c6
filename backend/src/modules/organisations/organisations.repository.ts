import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationKind, OrganisationState } from '@portal/contracts';
import { escapeLike } from '../../core/database/escape-like';
import { OrganisationEntity } from './organisation.entity';

export interface OrganisationFilter {
  state?: OrganisationState;
  kind?: OrganisationKind;
  q?: string;
  offset: number;
  limit: number;
}

export type NewOrganisation = Pick<OrganisationEntity, 'key' | 'name' | 'kind' | 'state' | 'category'>;

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(OrganisationEntity);
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.repository.findOneBy({ id });
  }

  findByKey(key: string): Promise<OrganisationEntity | null> {
    return this.repository.findOneBy({ key });
  }

  /** Filtered, name-ordered page; served by the (state, name) and trigram name indexes. */
  list(filter: OrganisationFilter): Promise<[OrganisationEntity[], number]> {
    const query = this.repository
      .createQueryBuilder('organisation')
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit);
    if (filter.state) query.andWhere('organisation.state = :state', { state: filter.state });
    if (filter.kind) query.andWhere('organisation.kind = :kind', { kind: filter.kind });
    if (filter.q)
      query.andWhere('organisation.name ILIKE :pattern', { pattern: `%${escapeLike(filter.q)}%` });
    return query.getManyAndCount();
  }

  /** Inserts organisations that are not there yet (by key); existing ones are left untouched. */
  async insertMissing(organisations: NewOrganisation[]): Promise<number> {
    if (organisations.length === 0) return 0;
    const result = await this.repository
      .createQueryBuilder()
      .insert()
      .values(organisations)
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length;
  }
}
