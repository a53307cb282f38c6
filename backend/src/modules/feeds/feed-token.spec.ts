import { hashFeedToken, looksLikeFeedToken, newFeedToken, redactFeedToken } from './feed-token';

describe('feed token', () => {
  it('is 256 random bits, URL-safe, stored as a SHA-256 hex digest', () => {
    const token = newFeedToken();
    expect(looksLikeFeedToken(token)).toBe(true);
    expect(newFeedToken()).not.toBe(token);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeFeedToken('../etc')).toBe(false);
  });

  it('is cut out of logged URLs', () => {
    const token = newFeedToken();
    expect(redactFeedToken(`/api/feeds/${token}/termine.ics`)).toBe('/api/feeds/[redacted]/termine.ics');
    expect(redactFeedToken('/api/news?limit=5')).toBe('/api/news?limit=5');
  });
});
