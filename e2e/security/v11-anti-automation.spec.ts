import { expect, test } from '@playwright/test';
import { anonymous, as, expectProblem } from './support';

/**
 * ASVS V11.1.4 / V2.2.1 anti-automation: sign-in and search are rate limited (the server of
 * this suite runs with the documented defaults: 60 sign-in requests per minute and address,
 * 300 searches per minute and person). Runs after the chapters that sign in: it uses up the
 * sign-in budget of this machine's address for the rest of the minute.
 */
test.describe('V11 anti-automation', () => {
  test('search answers 429 with Retry-After once a person exceeds the limit, others are unaffected', async () => {
    const hammer = await as('leitung.offenbach');
    const statuses: number[] = [];
    for (let batch = 0; batch < 16 && !statuses.includes(429); batch++) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => hammer.get('/api/search/suggest?q=Jobcenter')),
      );
      statuses.push(...responses.map((response) => response.status()));
    }
    const limited = statuses.indexOf(429);
    expect(limited, 'a 429 within 320 searches').toBeGreaterThanOrEqual(300);
    expect(statuses.slice(0, 300).every((status) => status === 200)).toBe(true);
    const blocked = await hammer.get('/api/search?q=Jobcenter');
    await expectProblem(blocked, 429);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
    expect(((await blocked.json()) as { title: string }).title).toBe(
      'Zu viele Anfragen. Bitte versuchen Sie es später noch einmal.',
    );
    // The limit is per person: a colleague searches on.
    const colleague = await as('fachkraft.offenbach');
    expect((await colleague.get('/api/search?q=Jobcenter')).status()).toBe(200);
    // Other routes stay open for the limited person.
    expect((await hammer.get('/api/me')).status()).toBe(200);
    await hammer.dispose();
    await colleague.dispose();
  });

  test('starting sign-ins answers 429 once an address exceeds the limit', async () => {
    const context = await anonymous();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 80 && !statuses.includes(429); attempt++)
      statuses.push((await context.get('/api/auth/login', { maxRedirects: 0 })).status());
    expect(statuses).toContain(429);
    expect(statuses.length).toBeLessThanOrEqual(61);
    const blocked = await context.get('/api/auth/callback?code=x&state=y', { maxRedirects: 0 });
    await expectProblem(blocked, 429);
    expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
    // Signed-in people keep working.
    const signedIn = await as('fachkraft.biberach');
    expect((await signedIn.get('/api/me')).status()).toBe(200);
    await signedIn.dispose();
    await context.dispose();
  });
});
