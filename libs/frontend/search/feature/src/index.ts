export * from './lib/search.routes';
