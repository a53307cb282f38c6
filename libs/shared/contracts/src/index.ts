export * from './lib/api-paths';
export * from './lib/auth/roles';
export * from './lib/auth/permissions';
export * from './lib/auth/me.contract';
export * from './lib/organisations/organisation.contract';
export * from './lib/users/user.contract';
export * from './lib/common/page.contract';
export * from './lib/common/problem.contract';
