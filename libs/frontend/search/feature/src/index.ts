export * from './lib/search.routes';
export * from './lib/search-box';
