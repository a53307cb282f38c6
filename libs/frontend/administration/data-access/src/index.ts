export * from './lib/admin-users-api';
