import { ALL_ROLES, Role } from './roles';
import { Permission, ROLE_PERMISSIONS, hasPermission, permissionsOf } from './permissions';

describe('permission matrix', () => {
  it('matches the reviewed snapshot (a diff here changes who may do what)', () => {
    expect(ROLE_PERMISSIONS).toMatchSnapshot();
  });

  it('grants every role at least its profile', () => {
    for (const role of ALL_ROLES) expect(hasPermission([role], Permission.ProfileRead)).toBe(true);
  });

  it('reserves administration to admins', () => {
    expect(hasPermission([Role.Staff, Role.Coordinator], Permission.AdministrationAccess)).toBe(false);
    expect(hasPermission([Role.Admin], Permission.AdministrationAccess)).toBe(true);
  });

  it('merges the permissions of several roles without duplicates', () => {
    const merged = permissionsOf([Role.Staff, Role.Admin]);
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged).toContain(Permission.UsersRead);
  });

  it('denies when the user has no role', () => {
    expect(hasPermission([], Permission.ProfileRead)).toBe(false);
  });
});
