export * from './lib/date-time-format';
export * from './lib/date-time.pipe';
export * from './lib/empty-state';
export * from './lib/icon';
export * from './lib/not-found-notice';
export * from './lib/pagination';
export * from './lib/placeholder-notice';
export * from './lib/portal-title';
