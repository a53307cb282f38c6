export * from './lib/campaign-kit-api';
