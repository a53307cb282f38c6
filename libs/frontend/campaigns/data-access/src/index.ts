export * from './lib/campaigns-api';
export * from './lib/asset-selection';
