import { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
  await signIn(page, login);
  return page;
}

test('a practice travels: written, returned, fixed, published and adopted by another Jobcenter', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Jobcafé im Jugendhaus ${Date.now()}`;

  // Staff in Biberach write an entry and submit it.
  await signIn(page, 'fachkraft.biberach');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Gute Praxis' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gute Praxis');
  await expect(page.getByRole('heading', { name: 'Jobcenter wie unseres' })).toBeVisible();
  await expect(page.getByText('Warum empfohlen:').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Praxisbeispiel schreiben' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Praxisbeispiel schreiben');
  await page.getByLabel('Titel (Pflichtfeld)').fill(title);
  await page
    .getByLabel(/^Kurzbeschreibung/)
    .fill('Offene Beratung für junge Menschen im Jugendhaus, jeden Dienstag.');
  await page.getByRole('checkbox', { name: 'Jugendliche unter 25' }).check();
  await page.getByRole('checkbox', { name: 'Netzwerkarbeit' }).check();
  await page.getByLabel('Vorgehen').fill('Zwei Fachkräfte beraten ohne Termin im Jugendhaus.');
  await page.getByRole('button', { name: 'Kennzahl hinzufügen' }).click();
  await page.getByLabel('Bezeichnung').fill('Teilnehmende');
  await page.getByLabel('Wert').fill('85');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Entwurf', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(
    page.getByText('Eingereicht. Die Redaktion Ihres Jobcenters prüft das Praxisbeispiel.'),
  ).toBeVisible();
  await expect(page.getByText('Zur Prüfung', { exact: true })).toBeVisible();
  const entryUrl = page.url();

  // The editor of Biberach returns it with a comment.
  const editor = await as(browser, 'redaktion.biberach');
  await editor.goto('/gute-praxis/schreibtisch');
  await expect(editor.getByRole('heading', { name: 'Zur Prüfung für Sie' })).toBeVisible();
  await expectAccessible(editor);
  await editor.getByRole('link', { name: title }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await editor
    .getByLabel('Kommentar für die Verfasserin oder den Verfasser')
    .fill('Bitte die Ergebnisse ergänzen.');
  await expectAccessible(editor);
  await editor.getByRole('button', { name: 'Mit Kommentar zurückgeben' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Meine Praxisbeispiele und Prüfungen');

  // The author sees the comment, fixes the entry and submits again.
  await page.goto(entryUrl);
  await expect(page.getByRole('heading', { name: 'Zurückgegeben mit Kommentar' })).toBeVisible();
  await expect(page.getByText('Bitte die Ergebnisse ergänzen.')).toBeVisible();
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Praxisbeispiel bearbeiten');
  await page.getByLabel('Ergebnisse').fill('Nach einem Jahr 30 Ausbildungsverträge.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(page.getByText('Zur Prüfung', { exact: true })).toBeVisible();

  // The editor publishes.
  await editor.goto(entryUrl);
  await editor.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(editor.getByText('Das Praxisbeispiel ist veröffentlicht.')).toBeVisible();
  // The editor sees the drafts' history too: the fix after the return, as a diff.
  await editor.getByRole('button', { name: 'Versionen und Änderungen anzeigen' }).click();
  await expect(editor.getByRole('heading', { name: 'Ergebnisse', level: 3 })).toBeVisible();
  await expect(editor.locator('ins').first()).toContainText('Ausbildungsverträge');

  // The manager of another Jobcenter marks it adopted.
  const offenbach = await as(browser, 'leitung.offenbach');
  await offenbach.goto(entryUrl);
  await expect(offenbach.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(offenbach.getByText('Noch kein anderes Jobcenter hat eine Übernahme gemeldet.')).toBeVisible();
  await offenbach.getByRole('button', { name: 'Wir setzen das auch um' }).click();
  await offenbach.getByLabel('Kurze Notiz für das Netzwerk (optional)').fill('Startet bei uns im Herbst.');
  await offenbach.getByRole('button', { name: 'Übernahme melden' }).click();
  await expect(offenbach.getByText('1 Jobcenter setzt das auch um.')).toBeVisible();
  await expect(offenbach.getByRole('table', { name: 'Übernahmen nach Bundesland' })).toContainText('Hessen');
  await offenbach.getByRole('button', { name: 'Versionen und Änderungen anzeigen' }).click();
  // Another Jobcenter sees the history from the publication on: the published text, no drafts.
  await expect(
    offenbach.getByRole('combobox', { name: 'Version', exact: true }).locator('option'),
  ).toHaveCount(1);
  await expect(offenbach.getByText('Erste Fassung.')).toBeVisible();
  await expect(offenbach.locator('ins')).toHaveCount(0);
  await expectAccessible(offenbach);

  // The author sees the notification.
  await page.goto('/benachrichtigungen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen');
  await expect(page.getByText(`Kreis Offenbach setzt „${title}“ auch um`)).toBeVisible();
  await expect(page.getByText(`Veröffentlicht: ${title}`)).toBeVisible();
  await expectAccessible(page);
});
