export * from './lib/organisations-api';
