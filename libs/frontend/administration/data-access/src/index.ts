export * from './lib/admin-users-api';
export * from './lib/audit-api';
export * from './lib/announcements-admin-api';
export * from './lib/taxonomies-admin-api';
export * from './lib/content-reports-api';
