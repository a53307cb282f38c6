export * from './lib/people-api';
