export * from './lib/entry-count';
export * from './lib/load-state';
export * from './lib/paged-result';
export * from './lib/current-user';
export * from './lib/problem';
export * from './lib/require-permission.guard';
