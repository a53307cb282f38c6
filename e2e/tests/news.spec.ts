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

test('a coordinator announces important news to Hessen; Offenbach acknowledges, Biberach never sees it', async ({
  page,
  browser,
}) => {
  const title = 'Wichtig für Hessen: neue Hinweise zur Videoberatung';

  // The coordinator writes and publishes for Hessen.
  await signIn(page, 'koordination.dlt');
  await page.goto('/neuigkeiten');
  await page.getByRole('link', { name: 'Neuigkeit schreiben' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuigkeit schreiben');
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Kurzfassung (Teaser)').fill('Bitte lesen und bestätigen Sie die neuen Hinweise.');
  await page
    .getByLabel('Text', { exact: true })
    .fill('Die Hinweise gelten ab sofort.\n\n- Einwilligung dokumentieren');
  await page.getByRole('button', { name: 'Fett' }).click();
  await expect(page.locator('.preview-body')).toContainText('Einwilligung dokumentieren');
  await page.getByRole('checkbox', { name: /Wichtig/ }).check();
  await page.getByRole('radio', { name: 'Bestimmte Bundesländer, Organisationen oder Rollen' }).check();
  await page.getByRole('checkbox', { name: 'Hessen', exact: true }).check();
  await expect(page.getByText(/Sichtbar für:.*Hessen/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Bestätigungen' })).toBeVisible();

  // Staff in Kreis Offenbach (Hessen) find it on the Start page, unread, and acknowledge it.
  const offenbach = await (
    await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(offenbach, 'fachkraft.offenbach');
  const feed = offenbach.getByRole('region', { name: 'Neuigkeiten für Sie' });
  await expect(feed.getByRole('link', { name: title })).toBeVisible();
  await expect(feed.getByRole('article').filter({ hasText: title })).toContainText('Ungelesen');
  await expectAccessible(offenbach);
  await feed.getByRole('link', { name: title }).click();
  await expect(offenbach.getByRole('heading', { level: 1 })).toHaveText(title);
  await offenbach.getByRole('button', { name: 'Zur Kenntnis genommen' }).click();
  await expect(offenbach.getByText(/Sie haben diese Neuigkeit am .* zur Kenntnis genommen/)).toBeVisible();
  // Readers never see who else confirmed.
  await expect(offenbach.getByRole('heading', { name: 'Bestätigungen' })).toHaveCount(0);
  await expectAccessible(offenbach);

  // Staff in Landkreis Biberach (Baden-Württemberg) do not see it anywhere.
  const biberach = await (
    await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(biberach, 'fachkraft.biberach');
  await expect(
    biberach.getByRole('region', { name: 'Neuigkeiten für Sie' }).getByRole('article').first(),
  ).toBeVisible();
  await expect(biberach.getByText(title)).toHaveCount(0);
  await biberach.goto(`/neuigkeiten?q=${encodeURIComponent('Videoberatung Hessen')}`);
  await expect(biberach.getByText('Keine Neuigkeiten passen zu Ihrer Auswahl.')).toBeVisible();

  // The coordinator sees one acknowledgement for Kreis Offenbach — a count, not a name.
  await page.reload();
  const table = page.getByRole('table', { name: /Bestätigungen je Jobcenter/ });
  await expect(table.getByRole('row', { name: /Kreis Offenbach/ })).toContainText('1 von 1');
  await expect(table).not.toContainText('fachkraft');
  await expectAccessible(page);
});

test('writers find the editor, the desk and the archive; the filters keep their place in the address', async ({
  page,
}) => {
  await signIn(page, 'redaktion.biberach');
  await page.goto('/neuigkeiten/entwuerfe');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entwürfe und geplante Neuigkeiten');
  await expectAccessible(page);
  await page.goto('/neuigkeiten');
  await page.getByLabel('Kategorie').selectOption({ label: 'Kampagne' });
  await page.getByRole('checkbox', { name: 'Archiv durchsuchen' }).check();
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(/category=kampagne/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archiv der Neuigkeiten');
  await expectAccessible(page);
});
