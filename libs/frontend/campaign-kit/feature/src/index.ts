export * from './lib/campaign-kit.routes';
