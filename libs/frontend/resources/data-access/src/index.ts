export * from './lib/resources-api';
