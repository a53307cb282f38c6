import { Routes } from '@angular/router';

/** /benachrichtigungen; the app guards it with `notifications:read`. */
export const NOTIFICATIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'Benachrichtigungen',
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
];

/** /einstellungen/benachrichtigungen (the unsubscribe link of every mail). */
export const NOTIFICATION_SETTINGS_ROUTES: Routes = [
  {
    path: '',
    title: 'Einstellungen für Benachrichtigungen',
    loadComponent: () => import('./notification-settings-page').then((m) => m.NotificationSettingsPage),
  },
];
