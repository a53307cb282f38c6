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
  comments: 'comments',
  mentionSuggestions: 'users/mention-suggestions',
  events: 'events',
  feedToken: 'me/feed-token',
  feeds: 'feeds',
  adminUsers: 'admin/users',
  adminAudit: 'admin/audit',
  notifications: 'notifications',
  campaigns: 'campaigns',
  campaignAssets: 'campaign-assets',
  practices: 'practices',
  taxonomies: 'taxonomies',
  bookmarks: 'bookmarks',
  contentReports: 'content-reports',
  people: 'people',
  campaignAssetTags: 'campaign-asset-tags',
  directoryProfile: 'me/directory-profile',
  announcements: 'announcements',
  adminAnnouncements: 'admin/announcements',
} as const;

/** Absolute URL paths for the browser. */
export const BrowserPaths = {
  login: `/${API_PREFIX}/auth/login`,
  logout: `/${API_PREFIX}/auth/logout`,
  me: `/${API_PREFIX}/me`,
  organisations: `/${API_PREFIX}/organisations`,
  news: `/${API_PREFIX}/news`,
  comments: `/${API_PREFIX}/comments`,
  mentionSuggestions: `/${API_PREFIX}/users/mention-suggestions`,
  events: `/${API_PREFIX}/events`,
  feedToken: `/${API_PREFIX}/me/feed-token`,
  adminUsers: `/${API_PREFIX}/admin/users`,
  adminAudit: `/${API_PREFIX}/admin/audit`,
  notifications: `/${API_PREFIX}/notifications`,
  campaigns: `/${API_PREFIX}/campaigns`,
  campaignAssets: `/${API_PREFIX}/campaign-assets`,
  practices: `/${API_PREFIX}/practices`,
  taxonomies: `/${API_PREFIX}/taxonomies`,
  bookmarks: `/${API_PREFIX}/bookmarks`,
  contentReports: `/${API_PREFIX}/content-reports`,
  people: `/${API_PREFIX}/people`,
  campaignAssetTags: `/${API_PREFIX}/campaign-asset-tags`,
  directoryProfile: `/${API_PREFIX}/me/directory-profile`,
  currentAnnouncements: `/${API_PREFIX}/announcements/current`,
  adminAnnouncements: `/${API_PREFIX}/admin/announcements`,
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
