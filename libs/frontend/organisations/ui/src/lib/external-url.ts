/**
 * A website from the directory as a safe absolute link target: adds a missing scheme
 * („www.kreis-offenbach.de“) and refuses anything but http(s).
 */
export function externalUrl(website: string | null | undefined): string | null {
  const candidate = website?.trim();
  if (!candidate) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(candidate) ? candidate : `https://${candidate}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
