export * from './lib/resources.routes';
