/**
 * Accepts only same-origin absolute paths as a return target after sign-in, so that a crafted
 * link cannot send a freshly signed-in user to another site (open redirect).
 */
export function safeReturnPath(candidate: unknown, fallback = '/start'): string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 512) return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\'))
    return fallback;
  // Control characters and backslashes let browsers reinterpret the path as another host.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  if (candidate.startsWith('/api/')) return fallback;
  return candidate;
}
