/** API paths shared by backend controllers and frontend clients. */
export const API_PREFIX = 'api';

export const ApiPaths = {
  health: 'health',
  me: 'me',
  auth: {
    root: 'auth',
    login: 'login',
    callback: 'callback',
    logout: 'logout',
  },
  organisations: 'organisations',
  news: 'news',
  adminUsers: 'admin/users',
  notifications: 'notifications',
} as const;

/** Absolute URL paths for the browser. */
export const BrowserPaths = {
  login: `/${API_PREFIX}/auth/login`,
  logout: `/${API_PREFIX}/auth/logout`,
  me: `/${API_PREFIX}/me`,
  organisations: `/${API_PREFIX}/organisations`,
  news: `/${API_PREFIX}/news`,
  adminUsers: `/${API_PREFIX}/admin/users`,
  notifications: `/${API_PREFIX}/notifications`,
} as const;

/** Frontend routes the backend redirects to. */
export const FrontendRoutes = {
  home: '/',
  start: '/start',
  noAccess: '/kein-zugang',
  signedOut: '/abgemeldet',
  notifications: '/benachrichtigungen',
  notificationSettings: '/einstellungen/benachrichtigungen',
} as const;
