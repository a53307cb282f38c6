/** Roles as the identity provider names them in the roles claim. */
export const Role = {
  Staff: 'staff',
  Editor: 'editor',
  Manager: 'manager',
  Coordinator: 'coordinator',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** German labels shown in the UI. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  staff: 'Mitarbeitende',
  editor: 'Redaktion',
  manager: 'Jobcenter-Leitung',
  coordinator: 'Koordination',
  admin: 'Administration',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

/** Roles whose rights reach beyond the user's own organisation. */
export const NETWORK_WIDE_ROLES: readonly Role[] = [Role.Coordinator, Role.Admin];
