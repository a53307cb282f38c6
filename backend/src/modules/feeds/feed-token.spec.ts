import { hashFeedToken, looksLikeFeedToken, newFeedToken, redactRequestForLog } from './feed-token';

describe('feed token', () => {
  it('is 256 random bits, URL-safe, stored as a SHA-256 hex digest', () => {
    const token = newFeedToken();
    expect(looksLikeFeedToken(token)).toBe(true);
    expect(newFeedToken()).not.toBe(token);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeFeedToken('../etc')).toBe(false);
  });

  it('never reaches the request log', () => {
    const token = newFeedToken();
    const logged = redactRequestForLog({
      method: 'GET',
      url: `/api/feeds/${token}/termine.ics`,
      params: { token },
    });
    expect(JSON.stringify(logged)).not.toContain(token);
    expect(logged.url).toBe('/api/feeds/[redacted]/termine.ics');
    expect(redactRequestForLog({ url: '/api/news?limit=5' }).url).toBe('/api/news?limit=5');
  });
});
