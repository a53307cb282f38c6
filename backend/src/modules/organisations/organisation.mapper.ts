import type { OrganisationDto, OrganisationSummaryDto } from '@portal/contracts';
import { OrganisationEntity } from './organisation.entity';

export function toOrganisationSummary(entity: OrganisationEntity): OrganisationSummaryDto {
  return { id: entity.id, key: entity.key, name: entity.name, kind: entity.kind, state: entity.state };
}

export function toOrganisationDto(entity: OrganisationEntity): OrganisationDto {
  return {
    ...toOrganisationSummary(entity),
    category: entity.category,
    street: entity.street,
    postalCode: entity.postalCode,
    city: entity.city,
    website: entity.website,
    email: entity.email,
    phone: entity.phone,
    openingHours: entity.openingHours,
    description: entity.description,
    hasLogo: entity.logoFileId !== null,
    version: entity.version,
    mergedIntoId: entity.mergedIntoId,
  };
}
