export * from './lib/notification-item';
export * from './lib/notification-bell';
