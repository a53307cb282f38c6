import {
  OrganisationSummaryDto,
  PracticeContent,
  PracticeSummaryDto,
  TaxonomyKey,
  TaxonomyTermDto,
} from '@portal/contracts';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import type { PracticeListRow } from './practice-list.sql';
import type { PracticeEntity } from './practice.entity';

export type TermsByKey = Map<string, TaxonomyTermDto[]> | undefined;

export function toPracticeSummary(practice: PracticeEntity, terms: TermsByKey): PracticeSummaryDto {
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    status: practice.status,
    organisation: practice.organisation ? toOrganisationSummary(practice.organisation) : null,
    targetGroups: terms?.get(TaxonomyKey.TargetGroups) ?? [],
    fields: terms?.get(TaxonomyKey.FieldsOfAction) ?? [],
    hasKeyFigures: practice.hasKeyFigures,
    adoptionCount: practice.adoptionCount,
    helpfulCount: practice.helpfulCount,
    publishedAt: practice.publishedAt?.toISOString() ?? null,
    updatedAt: practice.updatedAt.toISOString(),
    demo: practice.demo,
  };
}

/**
 * A list row as a summary: the same DTO as `toPracticeSummary` gives for the entity and its
 * terms (terms are shown as active there too, `termsOf` does not read the flag).
 */
export function toPracticeListSummary(row: PracticeListRow): PracticeSummaryDto {
  const term = ([id, label, position]: [string, string, number]): TaxonomyTermDto => ({
    id,
    label,
    position,
    active: true,
  });
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status,
    organisation:
      row.organisationId !== null
        ? {
            id: row.organisationId,
            key: row.organisationKey ?? '',
            name: row.organisationName ?? '',
            kind: row.organisationKind as OrganisationSummaryDto['kind'],
            state: row.organisationState as OrganisationSummaryDto['state'],
          }
        : null,
    targetGroups: (row.terms?.groups ?? []).map(term),
    fields: (row.terms?.fields ?? []).map(term),
    hasKeyFigures: row.hasKeyFigures,
    adoptionCount: row.adoptionCount,
    helpfulCount: row.helpfulCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    demo: row.demo,
  };
}

/** The versioned content of an entry (what the history stores and the diff compares). */
export function contentOf(practice: PracticeEntity, terms: TermsByKey): PracticeContent {
  return {
    title: practice.title,
    summary: practice.summary,
    situation: practice.situation,
    approach: practice.approach,
    results: practice.results,
    duration: practice.duration,
    costs: practice.costs,
    partners: practice.partners,
    transferability: practice.transferability,
    keyFigures: practice.keyFigures,
    contact: {
      name: practice.contactName,
      role: practice.contactRole,
      email: practice.contactEmail,
      phone: practice.contactPhone,
    },
    targetGroupIds: (terms?.get(TaxonomyKey.TargetGroups) ?? []).map((term) => term.id),
    fieldIds: (terms?.get(TaxonomyKey.FieldsOfAction) ?? []).map((term) => term.id),
  };
}

/** Entity columns for a content write. */
export function columnsOf(content: PracticeContent): Partial<PracticeEntity> {
  return {
    title: content.title,
    summary: content.summary,
    situation: content.situation,
    approach: content.approach,
    results: content.results,
    duration: content.duration,
    costs: content.costs,
    partners: content.partners,
    transferability: content.transferability,
    keyFigures: content.keyFigures.map((figure) => ({
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
    })),
    hasKeyFigures: content.keyFigures.length > 0,
    contactName: content.contact.name,
    contactRole: content.contact.role,
    contactEmail: content.contact.email,
    contactPhone: content.contact.phone,
  };
}
