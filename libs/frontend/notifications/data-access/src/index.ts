export * from './lib/notifications-api';
export * from './lib/unread-count-store';
