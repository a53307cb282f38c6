import {
  LINK_CHECK_STATUS_LABELS,
  RESOURCE_KIND_LABELS,
  ResourceKind,
  ResourceLinkCheckDto,
} from '@portal/contracts';

/** `2018-09-14` → `14.09.2018` (a calendar date: no time zone involved). */
export function formatCalendarDate(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

export function kindLabel(kind: ResourceKind): string {
  return RESOURCE_KIND_LABELS[kind] ?? kind;
}

/** „Nicht erreichbar (HTTP 404)“ and the like, for badges and the broken-links view. */
export function linkLabel(link: ResourceLinkCheckDto | null): string {
  if (!link) return '';
  const label = LINK_CHECK_STATUS_LABELS[link.status];
  return link.detail ? `${label} (${link.detail})` : label;
}

/** „4,3 von 5 (7 Bewertungen)“. */
export function ratingLabel(rating: { average: number | null; count: number }): string {
  if (rating.average === null || rating.count === 0) return 'Noch nicht bewertet';
  const average = rating.average.toLocaleString('de-DE', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${average} von 5 (${rating.count} ${rating.count === 1 ? 'Bewertung' : 'Bewertungen'})`;
}
