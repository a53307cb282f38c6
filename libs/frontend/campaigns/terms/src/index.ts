export * from './lib/terms-dialog';
