export * from './lib/search-api';
export * from './lib/snippet-parts';
