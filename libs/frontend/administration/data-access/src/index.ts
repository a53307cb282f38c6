export * from './lib/admin-users-api';
export * from './lib/audit-api';
