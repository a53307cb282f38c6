import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  BUNDESLAENDER,
  Bundesland,
  OrganisationCategory,
  OrganisationKind,
  OrganisationState,
  OrganisationStateCountDto,
} from '@portal/contracts';
import { escapeLike } from '../../core/database/escape-like';
import { OrganisationEntity } from './organisation.entity';
import type { NamePosition } from './organisation-cursor';

export interface OrganisationFilter {
  state?: OrganisationState;
  kind?: OrganisationKind;
  category?: OrganisationCategory;
  q?: string;
  after?: NamePosition;
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

  /**
   * By the identity provider's key. A merged-away organisation's key leads to the organisation it
   * was merged into, so its former members sign in to the right place.
   */
  async findByKey(key: string): Promise<OrganisationEntity | null> {
    let organisation = await this.repository.findOneBy({ key });
    for (let hops = 0; organisation?.mergedIntoId && hops < 10; hops++) {
      organisation = await this.repository.findOneBy({ id: organisation.mergedIntoId });
    }
    return organisation;
  }

  /**
   * Filtered keyset page ordered by (name, id), without merged-away organisations; served by the
   * (state|kind|category, name), (name, id) and trigram name indexes. The total is of the filter.
   */
  async list(filter: OrganisationFilter): Promise<{ items: OrganisationEntity[]; total: number }> {
    const query = this.repository
      .createQueryBuilder('organisation')
      .where('organisation.merged_into_id IS NULL');
    if (filter.state) query.andWhere('organisation.state = :state', { state: filter.state });
    if (filter.kind) query.andWhere('organisation.kind = :kind', { kind: filter.kind });
    if (filter.category) query.andWhere('organisation.category = :category', { category: filter.category });
    if (filter.q)
      query.andWhere('organisation.name ILIKE :pattern', { pattern: `%${escapeLike(filter.q)}%` });
    const total = await query.clone().getCount();
    if (filter.after) {
      query.andWhere('(organisation.name, organisation.id) > (:afterName, :afterId)', {
        afterName: filter.after.name,
        afterId: filter.after.id,
      });
    }
    const items = await query
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .limit(filter.limit)
      .getMany();
    return { items, total };
  }

  /** The whole directory (about 110 rows) for the CSV export. */
  listAllActive(): Promise<OrganisationEntity[]> {
    return this.repository
      .createQueryBuilder('organisation')
      .where('organisation.merged_into_id IS NULL')
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .getMany();
  }

  /** Kommunale Jobcenter per Land: all 16 Länder, those without one as 0. */
  async jobcenterCountsByState(): Promise<OrganisationStateCountDto[]> {
    const rows: { state: string; count: string }[] = await this.dataSource.query(
      `SELECT state, count(*) AS count FROM organisations
        WHERE kind = $1 AND merged_into_id IS NULL GROUP BY state`,
      [OrganisationKind.Jobcenter],
    );
    const counts = new Map(rows.map((row) => [row.state, Number(row.count)]));
    return BUNDESLAENDER.map((state: Bundesland) => ({ state, jobcenterCount: counts.get(state) ?? 0 }));
  }

  /** Inserts organisations that are not there yet (by key); existing ones are left untouched. */
  async insertMissing(
    organisations: NewOrganisation[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (organisations.length === 0) return 0;
    const result = await manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder()
      .insert()
      .values(organisations)
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length;
  }
}
