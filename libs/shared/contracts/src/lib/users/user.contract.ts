import { Role } from '../auth/roles';
import { OrganisationSummaryDto } from '../organisations/organisation.contract';

/** A user as administrators see them in the user list. */
export interface UserAdminDto {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  organisation: OrganisationSummaryDto | null;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}
