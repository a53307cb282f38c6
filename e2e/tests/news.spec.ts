import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const PRESS_RELEASE = '104 kommunale Jobcenter starten Kampagne „Stark. Sozial. Vor Ort.“';

test('staff read the news meant for them, including the campaign press release', async ({ page }) => {
  await signIn(page, 'fachkraft.offenbach');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Neuigkeiten' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuigkeiten');
  await expect(page.getByRole('link', { name: PRESS_RELEASE })).toBeVisible();
  // Meant for the Landkreis Biberach only.
  await expect(page.getByRole('link', { name: 'Biberach: neue Sprechzeiten im Jobcenter' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: PRESS_RELEASE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PRESS_RELEASE);
  await expect(page.getByRole('main')).toContainText('Deutscher Landkreistag');
  await expect(page.getByRole('main')).toContainText('26.11.2018');
  await expect(page.getByRole('main')).toContainText('Quelle: Pressemitteilung des Deutschen Landkreistages');
  await expectAccessible(page);
});

test('an item outside the audience is „not found“, even by its address', async ({ page }) => {
  await signIn(page, 'fachkraft.biberach');
  await page.goto('/neuigkeiten');
  const link = page.getByRole('link', { name: 'Biberach: neue Sprechzeiten im Jobcenter' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/neuigkeiten\//);

  await page.context().clearCookies();
  await signIn(page, 'fachkraft.offenbach');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expectAccessible(page);
});
