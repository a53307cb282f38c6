import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test('an administrator reads the audit log, filters it and exports it as CSV', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/verwaltung');
  await page
    .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
    .getByRole('link', { name: 'Protokoll' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll');
  const table = page.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
  await expect(table).toContainText('Anmeldung');
  await expect(table).toContainText('Sabine Adler');
  await expectAccessible(page);

  await page.getByLabel('Aktion').selectOption({ label: 'Fehlgeschlagene Anmeldung' });
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page.getByText('Keine Einträge für diese Auswahl.').or(table)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Als CSV exportieren' }).click();
  expect((await download).suggestedFilename()).toBe('protokoll.csv');
});
