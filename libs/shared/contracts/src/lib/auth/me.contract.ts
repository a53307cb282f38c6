import { Permission } from './permissions';
import { Role } from './roles';
import { OrganisationSummaryDto } from '../organisations/organisation.contract';

/** The signed-in user as the frontend sees them (GET /api/me). */
export interface MeDto {
  id: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  permissions: Permission[];
  organisation: OrganisationSummaryDto | null;
  lastLoginAt: string | null;
}
