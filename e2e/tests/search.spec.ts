import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test('search: type in the header box, pick a suggestion with the keyboard, filter results, open one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'fachkraft.biberach');

  // Header combobox: suggestions while typing, chosen with the arrow keys and Enter.
  const box = page.getByRole('combobox', { name: 'Suchbegriff' });
  await box.fill('Dorfgemein');
  const listbox = page.getByRole('listbox', { name: 'Vorschläge' });
  const option = listbox.getByRole('option', { name: /Aufsuchende Beratung im Dorfgemeinschaftshaus/ });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page);
  await box.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/gute-praxis\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Aufsuchende Beratung im Dorfgemeinschaftshaus',
  );

  // Enter without a chosen suggestion opens the results page.
  await box.fill('Jobcenter');
  await expect(listbox.getByRole('option').first()).toBeVisible();
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/suche\?q=Jobcenter/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche');
  await expect(page.getByText(/\d+ Treffer für „Jobcenter“/)).toBeVisible();
  await expect(page.locator('.snippet mark').first()).toBeVisible();
  await expectAccessible(page);

  // Filter by type: only Termine remain.
  const filters = page.getByRole('search', { name: 'Suche und Filter' });
  await filters.getByLabel('Art', { exact: true }).selectOption({ label: 'Termin' });
  await filters.getByRole('button', { name: 'Suchen', exact: true }).click();
  await expect(page).toHaveURL(/type=event/);
  const results = page.locator('.result');
  await expect(results.first()).toBeVisible();
  for (const type of await page.locator('.result .type').allTextContents()) expect(type).toBe('Termin');
  await expectAccessible(page);

  // Open one.
  await page.getByRole('link', { name: 'Tag der kommunalen Jobcenter' }).click();
  await expect(page).toHaveURL(/\/termine\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag der kommunalen Jobcenter');
});

test('search: coordination sees the analytics page, staff do not', async ({ page }) => {
  await signIn(page, 'koordination.dlt');
  await page.goto('/suche?q=Kindergartenplatz');
  await expect(page.getByText('Keine Treffer für „Kindergartenplatz“')).toBeVisible();
  await page.goto('/suche/auswertung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auswertung der Suche');
  await expect(
    page
      .getByRole('region', { name: 'Suchen ohne Treffer' })
      .getByRole('cell', { name: 'kindergartenplatz' }),
  ).toBeVisible();
  await expectAccessible(page);
});
