/**
 * What the audit log records. The list is closed: each action has a German label, and features
 * add theirs here so that the log's filter offers them.
 */
export const AuditAction = {
  SignedIn: 'auth.signed-in',
  SignInFailed: 'auth.sign-in-failed',
  SignedOut: 'auth.signed-out',
  RolesChanged: 'users.roles-changed',
  RoleOverrideGranted: 'users.role-override-granted',
  RoleOverrideExpired: 'users.role-override-expired',
  RoleOverrideRevoked: 'users.role-override-revoked',
  UserDeactivated: 'users.deactivated',
  UserReactivated: 'users.reactivated',
  AnnouncementSaved: 'announcements.saved',
  AnnouncementDeleted: 'announcements.deleted',
  TaxonomyTermsMerged: 'taxonomies.terms-merged',
  CampaignTagRenamed: 'campaigns.tag-renamed',
  NewsPublished: 'news.published',
  NewsArchived: 'news.archived',
  NewsUnscheduled: 'news.unscheduled',
  NewsDeleted: 'news.deleted',
  EventPublished: 'events.published',
  EventCancelled: 'events.cancelled',
  CommentRemoved: 'comments.removed',
  AuditExported: 'audit.exported',
  AuditPurged: 'audit.purged',
  ResourcePublished: 'resources.published',
  ResourceRejected: 'resources.rejected',
  ResourceDeleted: 'resources.deleted',
  OrganisationCreated: 'organisations.created',
  OrganisationUpdated: 'organisations.updated',
  OrganisationMerged: 'organisations.merged',
  OrganisationsImported: 'organisations.imported',
  OrganisationsExported: 'organisations.exported',
  PersonalDataExported: 'privacy.data-exported',
  AccountDeleted: 'users.deleted',
  RetentionPurged: 'privacy.retention-purged',
  LegalPageUpdated: 'legal-pages.updated',
  NetworkOverviewExported: 'network-overview.exported',
  ContentReportResolved: 'content-reports.resolved',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction);

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'auth.signed-in': 'Anmeldung',
  'auth.sign-in-failed': 'Fehlgeschlagene Anmeldung',
  'auth.signed-out': 'Abmeldung',
  'users.roles-changed': 'Rollen geändert',
  'users.role-override-granted': 'Zusätzliche Rolle vergeben',
  'users.role-override-expired': 'Zusätzliche Rolle abgelaufen',
  'users.role-override-revoked': 'Zusätzliche Rolle entzogen',
  'users.deactivated': 'Konto deaktiviert',
  'users.reactivated': 'Konto reaktiviert',
  'announcements.saved': 'Hinweisbanner gespeichert',
  'announcements.deleted': 'Hinweisbanner gelöscht',
  'taxonomies.terms-merged': 'Begriffe zusammengeführt',
  'campaigns.tag-renamed': 'Schlagwort umbenannt oder zusammengeführt',
  'news.published': 'Neuigkeit veröffentlicht',
  'news.archived': 'Neuigkeit archiviert',
  'news.unscheduled': 'Planung einer Neuigkeit aufgehoben',
  'news.deleted': 'Neuigkeit gelöscht',
  'events.published': 'Termin veröffentlicht',
  'events.cancelled': 'Termin abgesagt',
  'comments.removed': 'Kommentar von der Moderation entfernt',
  'audit.exported': 'Protokoll exportiert',
  'audit.purged': 'Alte Protokolleinträge gelöscht',
  'resources.published': 'Ressource veröffentlicht',
  'resources.rejected': 'Ressourcen-Vorschlag abgelehnt',
  'resources.deleted': 'Ressource gelöscht',
  'organisations.created': 'Organisation angelegt',
  'organisations.updated': 'Organisationsprofil geändert',
  'organisations.merged': 'Organisationen zusammengeführt',
  'organisations.imported': 'Verzeichnis importiert (CSV)',
  'organisations.exported': 'Verzeichnis exportiert (CSV)',
  'privacy.data-exported': '„Meine Daten“ heruntergeladen',
  'users.deleted': 'Konto gelöscht',
  'privacy.retention-purged': 'Daten nach Ablauf der Aufbewahrungsfrist gelöscht',
  'legal-pages.updated': 'Rechtliche Seite geändert',
  'network-overview.exported': 'Netzwerk-Übersicht exportiert',
  'content-reports.resolved': 'Meldung als erledigt markiert',
};

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export interface AuditEntryDto {
  id: string;
  /** ISO time. */
  occurredAt: string;
  action: AuditAction;
  /** Who: a person's id and name as they were then, or a system job's name. */
  actorId: string | null;
  actorName: string;
  /** What it was about, e.g. `news` and the item's id. */
  targetType: string | null;
  targetId: string | null;
  /** One line in German, e.g. the item's title. */
  summary: string;
  /** From which address (null for system jobs). */
  ipAddress: string | null;
}

export interface AuditListDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

export interface AuditListQuery {
  action?: AuditAction;
  actorId?: string;
  /** Calendar days (YYYY-MM-DD) in German time, both inclusive. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}
