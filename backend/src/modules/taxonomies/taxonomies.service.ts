import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MergeTaxonomyTermsResultDto,
  AuditAction,
  TAXONOMY_LIMITS,
  TAXONOMY_SECTIONS,
  TaxonomyListDto,
  TaxonomyTermDto,
} from '@portal/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CreateTaxonomyTermBody, MergeTaxonomyTermsBody, UpdateTaxonomyTermBody } from './dto/taxonomy.body';
import { TaxonomyTermEntity } from './taxonomy.entity';
import { TaxonomiesRepository } from './taxonomies.repository';

const TERM_NOT_FOUND = 'Diesen Begriff gibt es nicht.';
const DUPLICATE = 'Diesen Begriff gibt es in dieser Liste schon.';

export function toTermDto(term: TaxonomyTermEntity): TaxonomyTermDto {
  return { id: term.id, label: term.label, position: term.position, active: term.active ?? true };
}

/**
 * Taxonomies for any content: coordinators keep the terms, content modules attach them through
 * `validate` + `replace` (inside their own transaction) and read them with `termsOf`.
 */
@Injectable()
export class TaxonomiesService {
  constructor(
    private readonly taxonomies: TaxonomiesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** `inactive`: include deactivated terms (the management page); forms and filters get active ones. */
  async list(inactive = false): Promise<TaxonomyListDto> {
    const taxonomies = await this.taxonomies.all();
    const terms = await this.taxonomies.terms(taxonomies.map((taxonomy) => taxonomy.id));
    return {
      items: taxonomies.map((taxonomy) => ({
        id: taxonomy.id,
        key: taxonomy.key,
        label: taxonomy.label,
        section: TAXONOMY_SECTIONS[taxonomy.key] ?? 'Allgemein',
        terms: terms
          .filter((term) => term.taxonomyId === taxonomy.id && (inactive || term.active))
          .map(toTermDto),
      })),
    };
  }

  async addTerm(key: string, body: CreateTaxonomyTermBody): Promise<TaxonomyTermDto> {
    const taxonomy = await this.taxonomies.byKey(key);
    if (!taxonomy) throw new DomainError(ErrorCode.NotFound, 'Diese Liste gibt es nicht.');
    if ((await this.taxonomies.countTerms(taxonomy.id)) >= TAXONOMY_LIMITS.termsPerTaxonomy) {
      throw new DomainError(
        ErrorCode.Conflict,
        `Eine Liste kann höchstens ${TAXONOMY_LIMITS.termsPerTaxonomy} Begriffe haben.`,
      );
    }
    const position = body.position ?? (await this.taxonomies.nextPosition(taxonomy.id));
    const term = await uniqueLabel(() =>
      this.taxonomies.insertTerm({ taxonomyId: taxonomy.id, label: body.label, position }),
    );
    return toTermDto(term);
  }

  async updateTerm(id: string, body: UpdateTaxonomyTermBody): Promise<TaxonomyTermDto> {
    const term = await this.taxonomies.term(id);
    if (!term) throw new DomainError(ErrorCode.NotFound, TERM_NOT_FOUND);
    const changes = {
      label: body.label,
      position: body.position ?? term.position,
      active: body.active ?? term.active,
    };
    await uniqueLabel(() => this.taxonomies.updateTerm(id, changes));
    return toTermDto({ ...term, ...changes });
  }

  /** Merges the sources into the target in one transaction: references move, sources go. */
  async merge(
    actor: SessionUser,
    targetId: string,
    body: MergeTaxonomyTermsBody,
  ): Promise<MergeTaxonomyTermsResultDto> {
    const sourceIds = [...new Set(body.sourceTermIds)];
    if (sourceIds.includes(targetId)) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        sourceTermIds: ['Ein Begriff kann nicht mit sich selbst zusammengeführt werden.'],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.taxonomies.lockTerms(manager, [targetId, ...sourceIds]);
      const target = locked.find((term) => term.id === targetId);
      if (!target) throw new DomainError(ErrorCode.NotFound, TERM_NOT_FOUND);
      const sources = locked.filter((term) => term.id !== targetId);
      if (
        sources.length !== sourceIds.length ||
        sources.some((term) => term.taxonomyId !== target.taxonomyId)
      ) {
        throw new DomainError(ErrorCode.ValidationFailed, undefined, {
          sourceTermIds: ['Nur Begriffe derselben Liste können zusammengeführt werden.'],
        });
      }
      const movedReferences = await this.taxonomies.merge(manager, targetId, sourceIds);
      await this.audit.record(
        {
          action: AuditAction.TaxonomyTermsMerged,
          actor,
          target: { type: 'taxonomy-term', id: targetId },
          summary: `${sources.map((term) => term.label).join(', ')} → ${target.label}`,
          details: { sourceTermIds: sourceIds, movedReferences },
        },
        manager,
      );
      return { term: toTermDto(target), movedReferences };
    });
  }

  /** 400 on the field unless every id is a term of that taxonomy. */
  async validate(taxonomyKey: string, ids: readonly string[], field: string): Promise<void> {
    const existing = await this.taxonomies.existingTermIds(taxonomyKey, ids);
    if (ids.some((id) => !existing.has(id))) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        [field]: ['Mindestens ein ausgewählter Begriff ist unbekannt. Bitte laden Sie die Seite neu.'],
      });
    }
  }

  replace(
    manager: EntityManager,
    targetType: string,
    targetId: string,
    taxonomyKey: string,
    termIds: readonly string[],
  ): Promise<void> {
    return this.taxonomies.replaceAssignments(manager, targetType, targetId, taxonomyKey, termIds);
  }

  removeAll(manager: EntityManager, targetType: string, targetId: string): Promise<void> {
    return this.taxonomies.removeAssignments(manager, targetType, targetId);
  }

  /** Per target, per taxonomy key: its terms (one query for a page of targets). */
  async termsOf(
    targetType: string,
    targetIds: readonly string[],
  ): Promise<Map<string, Map<string, TaxonomyTermDto[]>>> {
    const result = new Map<string, Map<string, TaxonomyTermDto[]>>();
    for (const row of await this.taxonomies.assigned(targetType, targetIds)) {
      const byKey = result.get(row.targetId) ?? new Map<string, TaxonomyTermDto[]>();
      byKey.set(row.taxonomyKey, [...(byKey.get(row.taxonomyKey) ?? []), toTermDto(row.term)]);
      result.set(row.targetId, byKey);
    }
    return result;
  }
}

async function uniqueLabel<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new DomainError(ErrorCode.Conflict, DUPLICATE);
    }
    throw error;
  }
}
