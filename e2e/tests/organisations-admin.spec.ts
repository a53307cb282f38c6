import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test('a user reaches the Hessen list from the overview map with the keyboard alone', async ({ page }) => {
  await signIn(page, 'fachkraft.offenbach');
  await page.goto('/jobcenter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter-Verzeichnis');
  const hessen = page.getByRole('link', { name: /^Hessen: \d+ kommunale Jobcenter$/ }).first();
  await expect(hessen).toBeVisible();
  await expectAccessible(page);

  // Tab from the page heading until the Hessen link on the map has the focus.
  await page.getByRole('heading', { level: 1 }).click();
  let focused = '';
  for (let step = 0; step < 40 && !focused.startsWith('Hessen:'); step++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  expect(focused).toMatch(/^Hessen: \d+ kommunale Jobcenter$/);
  // The focus is visible: the focused Land is drawn with a thick outline.
  const strokeWidth = await page.evaluate(
    () => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
  );
  expect(strokeWidth).toBe('3px');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/land=Hessen/);
  await expect(page.getByRole('heading', { name: /Ergebnisse: Hessen/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kreis Offenbach' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Landkreis Biberach' })).toHaveCount(0);

  // The same figures as a table, on request.
  await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
  await expect(page.getByRole('table', { name: 'Kommunale Jobcenter je Bundesland' })).toBeVisible();
  await expectAccessible(page);
});

test('the administration imports organisations from a CSV: preview with errors, then commit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now();
  await signIn(page, 'admin');
  await page.goto('/verwaltung/organisationen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationen');
  await expectAccessible(page);

  const bad = [
    'name;kind;state;category',
    `Landkreis Import ${suffix};jobcenter;Hessen;Landkreis`,
    `Landkreis Atlantis ${suffix};jobcenter;Atlantis;Landkreis`,
    `Landkreis Import ${suffix};jobcenter;Hessen;Landkreis`,
  ].join('\n');
  await page
    .getByLabel('CSV-Datei')
    .setInputFiles({ name: 'verzeichnis.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Prüfen (Vorschau)' }).click();
  const report = page.getByRole('table', { name: 'Zeilen mit Fehlern oder Hinweisen' });
  await expect(report).toContainText('Unbekanntes Bundesland „Atlantis“');
  await expect(report).toContainText('Doppelt in der Datei (wie Zeile 2)');
  await expect(page.getByRole('button', { name: /übernehmen/ })).toHaveCount(0);
  await expectAccessible(page);

  const good = [
    'name,kind,state,category',
    `Landkreis Import ${suffix},jobcenter,Hessen,Landkreis`,
    `Stadt Import ${suffix},jobcenter,Bayern,Kreisfreie Stadt`,
  ].join('\r\n');
  await page
    .getByLabel('CSV-Datei')
    .setInputFiles({ name: 'verzeichnis.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${good}`) });
  await page.getByRole('button', { name: 'Prüfen (Vorschau)' }).click();
  await expect(page.getByText('Vorschau: 2 neu')).toBeVisible();
  await page.getByRole('button', { name: '2 Organisationen übernehmen' }).click();
  await expect(page.getByText('Übernommen: 2 angelegt')).toBeVisible();

  await page.goto(`/jobcenter?q=${encodeURIComponent(`Import ${suffix}`)}`);
  await expect(page.getByRole('link', { name: `Landkreis Import ${suffix}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Stadt Import ${suffix}` })).toBeVisible();
});
