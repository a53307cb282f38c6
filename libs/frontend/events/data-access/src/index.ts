export * from './lib/events-api';
export * from './lib/feed-token-api';
