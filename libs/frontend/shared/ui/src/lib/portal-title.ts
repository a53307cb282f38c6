/** Short name of the portal, used in document titles and the header. */
export const PORTAL_NAME = 'Netzwerk-Portal';

/** Document title of a page: „Jobcenter-Verzeichnis – Netzwerk-Portal“. */
export function portalTitle(pageTitle?: string | null): string {
  const page = pageTitle?.trim();
  return page ? `${page} – ${PORTAL_NAME}` : `${PORTAL_NAME} der kommunalen Jobcenter`;
}
