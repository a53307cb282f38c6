import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test('the Jobcenter directory filters by Bundesland and name, and opens a profile', async ({ page }) => {
  await signIn(page, 'fachkraft.biberach');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Jobcenter' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jobcenter');
  await expectAccessible(page);

  await page.getByLabel('Bundesland').selectOption('Hessen');
  await expect(page).toHaveURL(/land=Hessen/);
  await expect(page.getByRole('link', { name: 'Kreis Offenbach' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Landkreis Biberach' })).toHaveCount(0);

  await page.getByLabel('Name suchen').fill('Offenbach');
  await expect(page).toHaveURL(/q=Offenbach/);
  await page.getByRole('link', { name: 'Kreis Offenbach' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kreis Offenbach');
  await expect(page.getByRole('main')).toContainText('Hessen');
  await expectAccessible(page);
});

test('the portal works with the keyboard alone, starting with the skip link', async ({ page }) => {
  await signIn(page, 'fachkraft.offenbach');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the layout fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, 'fachkraft.offenbach');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

/** WCAG 1.4.10: at 320 px nothing scrolls sideways but data tables in their own scroll box. */
test('the pages with the most forms and tables fit a 320 px wide screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, 'koordination.dlt');
  // A long word without results, so that the search statistics list it in both of its tables.
  const longQuery = 'Eingliederungsvereinbarungsfortschreibungsdokumentationspflichtenübersicht';
  const pages = [
    `/suche?q=${longQuery}`,
    '/neuigkeiten',
    '/neuigkeiten/neu',
    '/gute-praxis',
    '/kampagnen',
    '/kampagnen/material/neu',
    '/kampagnen/vorlagen',
    '/kampagnen/statistik',
    '/digitalisierung',
    '/suche?q=Jobcenter',
    '/netzwerk',
    '/verwaltung/taxonomien',
    '/profil',
    '/suche/auswertung',
  ];
  const tooWide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) tooWide.push(`${path}: ${overflow} px`);
  }
  expect(tooWide).toEqual([]);
  await expectAccessible(page);
});
