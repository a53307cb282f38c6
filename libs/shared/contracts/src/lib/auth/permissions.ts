import { Role } from './roles';

/**
 * Every permission of the portal. Backend guards and frontend flags read this one matrix,
 * so a change here is a change of who may do what: review it as such.
 */
export const Permission = {
  ProfileRead: 'profile:read',
  OrganisationsRead: 'organisations:read',
  /** Maintain the profile of one's own organisation (Leitung, Redaktion) — any with OrganisationsEditNetwork. */
  OrganisationsEdit: 'organisations:edit',
  OrganisationsEditNetwork: 'organisations:edit-network',
  /** Create, merge and import organisations and change their master data (name, kind, Land, category). */
  OrganisationsAdminister: 'organisations:administer',
  AdministrationAccess: 'administration:access',
  UsersRead: 'users:read',
  /** Grant and revoke local role overrides, deactivate and reactivate users. */
  UsersManage: 'users:manage',
  /** The announcement banner shown to everyone signed in. */
  AnnouncementsManage: 'announcements:manage',
  /** The people directory (only persons who did not opt out). */
  PeopleRead: 'people:read',
  /** Read and export the audit log (it has no API to change it). */
  AuditRead: 'audit:read',
  NewsRead: 'news:read',
  /** Write news for one's own Jobcenter (editors) — or for any audience with NewsPublishNetwork. */
  NewsWrite: 'news:write',
  NewsPublishNetwork: 'news:publish-network',
  /** Read comments; the target (e.g. a news item) decides who sees its thread. */
  CommentsRead: 'comments:read',
  /** Comment, mention people, react, edit and delete one's own comments. */
  CommentsWrite: 'comments:write',
  /** Remove anyone's comment („Von der Moderation entfernt“). */
  CommentsModerate: 'comments:moderate',
  EventsRead: 'events:read',
  /** Create and change Termine for one's own Jobcenter (editors) — or any audience with EventsPublishNetwork. */
  EventsWrite: 'events:write',
  EventsPublishNetwork: 'events:publish-network',
  /** One's own notifications and their mail settings. */
  NotificationsRead: 'notifications:read',
  /** See campaigns and the assets one's roles may see; accept terms and download. */
  CampaignsRead: 'campaigns:read',
  /** Run campaigns: campaigns, assets, versions, templates, statistics, older versions. */
  CampaignsManage: 'campaigns:manage',
  /** Personalise the campaign kit for one's own Jobcenter (any Jobcenter with CampaignsManage). */
  CampaignKitGenerate: 'campaign-kit:generate',
  /** See why a stored file is blocked (malware scan finding, scanner errors); never its infected content. */
  FilesInspect: 'files:inspect',
  /** Read published Gute-Praxis entries, write and submit one's own. */
  PracticesRead: 'practices:read',
  PracticesWrite: 'practices:write',
  /** Review (publish or return), edit and archive the entries of one's own Jobcenter. */
  PracticesReview: 'practices:review',
  /** The same for every Jobcenter (coordination). */
  PracticesReviewNetwork: 'practices:review-network',
  /** Mark „Wir setzen das auch um“ on behalf of one's own organisation. */
  PracticesAdopt: 'practices:adopt',
  /** Add, rename and merge taxonomy terms. */
  TaxonomiesManage: 'taxonomies:manage',
  /** Merkliste and „Melden“ on any content one can see. */
  BookmarksUse: 'bookmarks:use',
  ContentReportsCreate: 'content-reports:create',
  /** Work through reported content. */
  ContentReportsManage: 'content-reports:manage',
  /** Digitalisierung: published resources in one's audience, collections, rating. */
  ResourcesRead: 'resources:read',
  /** Suggest a resource for the library (the coordination reviews it). */
  ResourcesSuggest: 'resources:suggest',
  /** Create, change, publish and delete resources; review suggestions; curate collections; link checks. */
  ResourcesManage: 'resources:manage',
  /** The portal search (header box and /suche); results are filtered by each type's own rules. */
  SearchUse: 'search:use',
  /** Top queries and queries without results (aggregated per day, no person). */
  SearchAnalytics: 'search:analytics',
  /** Delete accounts (by hand or from the identity provider's list); personal data goes, content per policy. */
  UsersDelete: 'users:delete',
  /** Edit Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit. */
  LegalPagesEdit: 'legal-pages:edit',
  /** The coordinators' network overview (dashboard) and its CSV exports. */
  NetworkOverviewRead: 'network-overview:read',
  /** Read the feedback sent from the accessibility statement. */
  AccessibilityFeedbackRead: 'accessibility-feedback:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const EVERYONE: readonly Permission[] = [
  Permission.ProfileRead,
  Permission.OrganisationsRead,
  Permission.PeopleRead,
  Permission.NewsRead,
  Permission.CommentsRead,
  Permission.CommentsWrite,
  Permission.EventsRead,
  Permission.NotificationsRead,
  Permission.CampaignsRead,
  Permission.PracticesRead,
  Permission.PracticesWrite,
  Permission.BookmarksUse,
  Permission.ContentReportsCreate,
  Permission.ResourcesRead,
  Permission.ResourcesSuggest,
  Permission.SearchUse,
];
const NETWORK_AUTHOR: readonly Permission[] = [
  Permission.OrganisationsEdit,
  Permission.OrganisationsEditNetwork,
  Permission.NewsWrite,
  Permission.NewsPublishNetwork,
  Permission.CommentsModerate,
  Permission.EventsWrite,
  Permission.EventsPublishNetwork,
  Permission.CampaignsManage,
  Permission.CampaignKitGenerate,
  Permission.FilesInspect,
  Permission.PracticesReview,
  Permission.PracticesReviewNetwork,
  Permission.TaxonomiesManage,
  Permission.ContentReportsManage,
  Permission.ResourcesManage,
  Permission.SearchAnalytics,
  Permission.NetworkOverviewRead,
  Permission.AccessibilityFeedbackRead,
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  staff: EVERYONE,
  editor: [
    ...EVERYONE,
    Permission.NewsWrite,
    Permission.EventsWrite,
    Permission.CampaignKitGenerate,
    Permission.PracticesReview,
    Permission.PracticesAdopt,
    Permission.OrganisationsEdit,
  ],
  manager: [
    ...EVERYONE,
    Permission.CampaignKitGenerate,
    Permission.PracticesAdopt,
    Permission.OrganisationsEdit,
  ],
  coordinator: [...EVERYONE, ...NETWORK_AUTHOR],
  admin: [
    ...EVERYONE,
    ...NETWORK_AUTHOR,
    Permission.AdministrationAccess,
    Permission.UsersRead,
    Permission.UsersManage,
    Permission.AnnouncementsManage,
    Permission.AuditRead,
    Permission.OrganisationsAdminister,
    Permission.UsersDelete,
    Permission.LegalPagesEdit,
  ],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  }
  return [...granted].sort();
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
