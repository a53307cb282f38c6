export * from './lib/notification-item';
