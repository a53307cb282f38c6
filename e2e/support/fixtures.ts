import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test as base } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/** Fails the test on any Content-Security-Policy violation or uncaught error in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** axe-core with the WCAG 2.1 A/AA rules: no violations allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the landing page and the local provider's login form. */
export async function signIn(page: Page, login: string, { checkProviderPage = false } = {}): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmelden mit Dienstkonto' }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
  if (checkProviderPage) await expectAccessible(page);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/start$/);
}
