export * from './lib/campaigns.routes';
