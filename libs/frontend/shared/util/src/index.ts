export * from './lib/entry-count';
export * from './lib/load-state';
export * from './lib/paged-result';
