import { OrganisationKind } from '@portal/contracts';

/** German labels of the organisation kinds. */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  jobcenter: 'Jobcenter',
  verband: 'Verband',
};
