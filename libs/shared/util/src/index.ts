export * from './lib/organisation-key';
export * from './lib/safe-return-path';
