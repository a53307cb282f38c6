/**
 * Notification kinds. Adding one: a key here and an entry in NOTIFICATION_KINDS (label,
 * default delivery); everything else (settings page, API validation, mails) follows.
 */
export const NotificationKind = {
  News: 'news',
  NewsImportant: 'news-important',
  Mention: 'mention',
  Comment: 'comment',
  CampaignRecall: 'campaign-recall',
  PracticeReview: 'practice-review',
  PracticeDecision: 'practice-decision',
  PracticeAdoption: 'practice-adoption',
  PracticeUpdate: 'practice-update',
  ContentReport: 'content-report',
  ResourceSuggested: 'resource-suggested',
  ResourceDecision: 'resource-decision',
  ResourceLinkBroken: 'resource-link-broken',
  AccessibilityFeedback: 'accessibility-feedback',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** How a user wants a kind delivered by mail (the in-portal list always shows it). */
export const NotificationDelivery = {
  Immediately: 'immediately',
  Daily: 'daily',
  Weekly: 'weekly',
  Off: 'off',
} as const;
export type NotificationDelivery = (typeof NotificationDelivery)[keyof typeof NotificationDelivery];

export const NOTIFICATION_DELIVERIES: readonly NotificationDelivery[] = Object.values(NotificationDelivery);

export const NOTIFICATION_DELIVERY_LABELS: Readonly<Record<NotificationDelivery, string>> = {
  immediately: 'Sofort',
  daily: 'Täglich (Zusammenfassung)',
  weekly: 'Wöchentlich (Zusammenfassung)',
  off: 'Keine E-Mail',
};

export interface NotificationKindInfo {
  label: string;
  description: string;
  defaultDelivery: NotificationDelivery;
}

/** The registry of kinds, in the order of the settings page. */
export const NOTIFICATION_KINDS: Readonly<Record<NotificationKind, NotificationKindInfo>> = {
  'news-important': {
    label: 'Wichtige Neuigkeiten',
    description: 'Als wichtig markierte Meldungen für Sie',
    defaultDelivery: 'immediately',
  },
  news: {
    label: 'Neuigkeiten',
    description: 'Neue Meldungen für Ihre Zielgruppe',
    defaultDelivery: 'daily',
  },
  mention: {
    label: 'Erwähnungen',
    description: 'Jemand hat Sie erwähnt',
    defaultDelivery: 'immediately',
  },
  comment: {
    label: 'Kommentare',
    description: 'Kommentare zu Ihren oder von Ihnen verfolgten Inhalten',
    defaultDelivery: 'immediately',
  },
  'campaign-recall': {
    label: 'Rückruf von Kampagnenmaterial',
    description: 'Heruntergeladenes Material wurde ersetzt oder ist abgelaufen',
    defaultDelivery: 'immediately',
  },
  'practice-review': {
    label: 'Gute Praxis: zur Prüfung',
    description: 'Ein Praxisbeispiel wartet auf Ihre Prüfung',
    defaultDelivery: 'immediately',
  },
  'practice-decision': {
    label: 'Gute Praxis: Prüfergebnis',
    description: 'Ihr Praxisbeispiel wurde veröffentlicht oder mit einem Kommentar zurückgegeben',
    defaultDelivery: 'immediately',
  },
  'practice-adoption': {
    label: 'Gute Praxis: Übernahmen',
    description: 'Ein Jobcenter setzt Ihr Praxisbeispiel auch um',
    defaultDelivery: 'immediately',
  },
  'practice-update': {
    label: 'Gute Praxis: Änderungen',
    description: 'Änderungen an Praxisbeispielen, denen Sie folgen',
    defaultDelivery: 'daily',
  },
  'content-report': {
    label: 'Gemeldete Inhalte',
    description: 'Jemand hat einen Inhalt gemeldet (Koordination)',
    defaultDelivery: 'immediately',
  },
  'resource-suggested': {
    label: 'Digitalisierung: neue Vorschläge',
    description: 'Jemand hat eine Ressource vorgeschlagen (Koordination)',
    defaultDelivery: 'daily',
  },
  'resource-decision': {
    label: 'Digitalisierung: Ihr Vorschlag',
    description: 'Ihr Ressourcen-Vorschlag wurde veröffentlicht oder abgelehnt',
    defaultDelivery: 'immediately',
  },
  'resource-link-broken': {
    label: 'Digitalisierung: defekte Links',
    description: 'Die Linkprüfung hat einen nicht erreichbaren Link gefunden (Koordination)',
    defaultDelivery: 'daily',
  },
  'accessibility-feedback': {
    label: 'Rückmeldungen zur Barrierefreiheit',
    description: 'Jemand hat über die Erklärung zur Barrierefreiheit eine Barriere gemeldet (Koordination)',
    defaultDelivery: 'immediately',
  },
};

export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  title: string;
  text: string;
  /** Portal path to open, e.g. `/neuigkeiten/<id>`. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListDto {
  items: NotificationDto[];
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface NotificationListQuery {
  cursor?: string;
  limit?: number;
}

export interface UnreadCountDto {
  unread: number;
}

export interface NotificationSettingDto {
  kind: NotificationKind;
  delivery: NotificationDelivery;
}

export interface NotificationSettingsDto {
  settings: NotificationSettingDto[];
}

export type UpdateNotificationSettingsRequest = NotificationSettingsDto;
