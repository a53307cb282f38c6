import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const ACCOUNTS = [
  { login: 'admin', name: 'Sabine Adler', role: 'Administration' },
  { login: 'koordination.dlt', name: 'Jonas Keller', role: 'Koordination' },
  { login: 'leitung.biberach', name: 'Martina Weber', role: 'Jobcenter-Leitung' },
  { login: 'redaktion.biberach', name: 'Lukas Schneider', role: 'Redaktion' },
  { login: 'fachkraft.biberach', name: 'Aylin Demir', role: 'Mitarbeitende' },
  { login: 'fachkraft.offenbach', name: 'Thomas Becker', role: 'Mitarbeitende' },
];

test('the landing page invites anonymous visitors to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Netzwerk-Portal/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Anmelden mit Dienstkonto' })).toBeVisible();
  await expectAccessible(page);
});

for (const account of ACCOUNTS) {
  test(`${account.login} signs in and sees name and role`, async ({ page }) => {
    await signIn(page, account.login, { checkProviderPage: account.login === 'admin' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(account.name.split(' ')[0]!);
    const menuButton = page.getByRole('button', { name: new RegExp(account.name) });
    await expect(menuButton).toBeVisible();
    await expectAccessible(page);
    await menuButton.click();
    await expect(page.getByRole('menu')).toContainText(account.role);
    await page.keyboard.press('Escape');
    await page.goto('/profil');
    await expect(page.getByRole('main')).toContainText(account.name);
    await expect(page.getByRole('main')).toContainText(account.role);
    await expectAccessible(page);
  });
}

test('staff are refused the administration, admins get the user list', async ({ page }) => {
  await signIn(page, 'fachkraft.offenbach');
  await expect(page.getByRole('link', { name: 'Verwaltung' })).toHaveCount(0);
  await page.goto('/verwaltung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zugriff verweigert');
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, 'admin');
  // The main navigation's link: the Start page may show an administration card by then as well.
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Verwaltung' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwaltung');
  await expect(page.getByRole('table')).toContainText('Sabine Adler');
  await expectAccessible(page);
});

test('signing out ends the session at the portal and at the provider', async ({ page }) => {
  await signIn(page, 'leitung.biberach');
  const portalOrigin = new URL(page.url()).origin;
  await page.getByRole('button', { name: /Martina Weber/ }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  // The provider asks to confirm its own sign-out (RP-initiated logout without a token in the URL).
  // Its page, not the portal's (whose <html> is German too): axe must not run into the navigation.
  await page.waitForURL((url) => url.origin !== portalOrigin);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(/\/abgemeldet/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('abgemeldet');
  await expectAccessible(page);
  expect((await page.request.get('/api/me')).status()).toBe(401);
  await page.goto('/start');
  await expect(page.getByRole('link', { name: 'Anmelden mit Dienstkonto' })).toBeVisible();
});

test('a person without a portal role sees „Kein Zugang“', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmelden mit Dienstkonto' }).click();
  await page.locator('input[name="login"]').fill('ohne.rolle');
  await page.locator('input[name="password"]').fill('demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/kein-zugang/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugang');
  await expectAccessible(page);
});
