import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { TaxonomyAssignmentEntity, TaxonomyEntity, TaxonomyTermEntity } from './taxonomy.entity';

export interface AssignedTerm {
  targetId: string;
  taxonomyKey: string;
  term: TaxonomyTermEntity;
}

@Injectable()
export class TaxonomiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<TaxonomyEntity[]> {
    return this.dataSource.getRepository(TaxonomyEntity).find({ order: { label: 'ASC' } });
  }

  byKey(key: string): Promise<TaxonomyEntity | null> {
    return this.dataSource.getRepository(TaxonomyEntity).findOneBy({ key });
  }

  terms(taxonomyIds: string[]): Promise<TaxonomyTermEntity[]> {
    if (taxonomyIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(TaxonomyTermEntity)
      .find({ where: { taxonomyId: In(taxonomyIds) }, order: { position: 'ASC', label: 'ASC' } });
  }

  term(id: string, manager?: EntityManager): Promise<TaxonomyTermEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(TaxonomyTermEntity).findOneBy({ id });
  }

  /** Of these ids, the terms that exist in the taxonomy with this key. */
  async existingTermIds(taxonomyKey: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
        WHERE x.key = $1 AND t.id = ANY($2::uuid[])`,
      [taxonomyKey, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async countTerms(taxonomyId: string): Promise<number> {
    return this.dataSource.getRepository(TaxonomyTermEntity).countBy({ taxonomyId });
  }

  async nextPosition(taxonomyId: string): Promise<number> {
    const [row]: { next: number }[] = await this.dataSource.query(
      'SELECT coalesce(max(position), -1)::int + 1 AS next FROM taxonomy_terms WHERE taxonomy_id = $1',
      [taxonomyId],
    );
    return row?.next ?? 0;
  }

  insertTerm(values: Partial<TaxonomyTermEntity>): Promise<TaxonomyTermEntity> {
    const repository = this.dataSource.getRepository(TaxonomyTermEntity);
    return repository.save(repository.create(values));
  }

  async updateTerm(id: string, changes: Partial<TaxonomyTermEntity>): Promise<void> {
    await this.dataSource.getRepository(TaxonomyTermEntity).update({ id }, changes);
  }

  /**
   * Moves every reference of the source terms to the target and deletes the sources, inside the
   * caller's transaction. Content that had both keeps one reference. Returns how many moved.
   */
  async merge(manager: EntityManager, targetId: string, sourceIds: readonly string[]): Promise<number> {
    await manager.query(
      `INSERT INTO taxonomy_assignments (target_type, target_id, term_id)
       SELECT target_type, target_id, $1 FROM taxonomy_assignments WHERE term_id = ANY($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [targetId, sourceIds],
    );
    const [, moved]: [unknown, number] = await manager.query(
      'DELETE FROM taxonomy_assignments WHERE term_id = ANY($1::uuid[])',
      [sourceIds],
    );
    await manager.query('DELETE FROM taxonomy_terms WHERE id = ANY($1::uuid[])', [sourceIds]);
    return moved;
  }

  /** Locks the terms (merge vs. concurrent rename or merge) and returns them. */
  lockTerms(manager: EntityManager, ids: readonly string[]): Promise<TaxonomyTermEntity[]> {
    return manager
      .getRepository(TaxonomyTermEntity)
      .createQueryBuilder('term')
      .where('term.id IN (:...ids)', { ids })
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Replaces the target's terms of one taxonomy (inside the caller's transaction). */
  async replaceAssignments(
    manager: EntityManager,
    targetType: string,
    targetId: string,
    taxonomyKey: string,
    termIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM taxonomy_assignments a USING taxonomy_terms t, taxonomies x
        WHERE a.term_id = t.id AND t.taxonomy_id = x.id AND x.key = $3
          AND a.target_type = $1 AND a.target_id = $2`,
      [targetType, targetId, taxonomyKey],
    );
    if (termIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(TaxonomyAssignmentEntity)
      .values([...new Set(termIds)].map((termId) => ({ targetType, targetId, termId })))
      .orIgnore()
      .execute();
  }

  async removeAssignments(manager: EntityManager, targetType: string, targetId: string): Promise<void> {
    await manager.getRepository(TaxonomyAssignmentEntity).delete({ targetType, targetId });
  }

  /** The terms of these targets, one query for a whole page. */
  async assigned(targetType: string, targetIds: readonly string[]): Promise<AssignedTerm[]> {
    if (targetIds.length === 0) return [];
    const rows: {
      target_id: string;
      taxonomy_key: string;
      id: string;
      label: string;
      position: number;
      taxonomy_id: string;
    }[] = await this.dataSource.query(
      `SELECT a.target_id, x.key AS taxonomy_key, t.id, t.label, t.position, t.taxonomy_id
         FROM taxonomy_assignments a
         JOIN taxonomy_terms t ON t.id = a.term_id
         JOIN taxonomies x ON x.id = t.taxonomy_id
        WHERE a.target_type = $1 AND a.target_id = ANY($2::uuid[])
        ORDER BY t.position, t.label`,
      [targetType, targetIds],
    );
    return rows.map((row) => ({
      targetId: row.target_id,
      taxonomyKey: row.taxonomy_key,
      term: {
        id: row.id,
        label: row.label,
        position: row.position,
        taxonomyId: row.taxonomy_id,
      } as TaxonomyTermEntity,
    }));
  }
}
