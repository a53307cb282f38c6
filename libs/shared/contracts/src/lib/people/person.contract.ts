import { Role } from '../auth/roles';
import { OrganisationSummaryDto } from '../organisations/organisation.contract';

/**
 * A person in the people directory: only what the identity provider supplied (name, e-mail,
 * roles, organisation) and what the person added in their own profile settings.
 */
export interface PersonDto {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  organisation: OrganisationSummaryDto | null;
  jobTitle: string | null;
  phone: string | null;
  topics: string[];
}

export interface PersonListDto {
  items: PersonDto[];
  nextCursor: string | null;
}

export interface PersonListQuery {
  /** Part of a name or an organisation's name, or a topic (whole word, any case). */
  q?: string;
  cursor?: string;
  limit?: number;
}

/** What a person controls about their own directory entry (GET/PUT /api/me/directory-profile). */
export interface DirectoryProfileDto {
  /** true: not listed in the people directory, and not suggested for @mentions outside one's own Jobcenter. */
  directoryOptOut: boolean;
  jobTitle: string | null;
  phone: string | null;
  topics: string[];
}

export type UpdateDirectoryProfileRequest = DirectoryProfileDto;

export const DIRECTORY_PROFILE_LIMITS = {
  jobTitle: 120,
  phone: 40,
  topic: 60,
  topics: 10,
} as const;
