export * from './lib/notifications.routes';
export * from './lib/notification-bell';
