export * from './lib/practices-api';
