import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const CONGRESS = 'Tag der kommunalen Jobcenter';

test('a coordinator finds the congress in list and calendar, opens it and downloads the .ics', async ({
  page,
}) => {
  await signIn(page, 'koordination.dlt');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Termine' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termine');
  await expect(page.getByRole('link', { name: CONGRESS })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page);

  // Calendar: the congress is a few weeks ahead, so page forward until its month shows.
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(page.getByRole('button', { name: 'Kalender' })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toHaveText(
    new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(
      new Date(),
    ),
  );
  await expect(table.locator('td[aria-current="date"]')).toContainText('heute');
  await expectAccessible(page);
  // Waiting for the link (not counting at once) lets each month's events arrive before moving on:
  // a count right after the click could skip the congress month while it was still loading.
  const inCalendar = table.getByRole('link', { name: CONGRESS });
  for (let i = 0; i < 3; i++) {
    const shown = await inCalendar.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (shown) break;
    await page.getByRole('button', { name: 'Nächster Monat' }).click();
  }
  await expect(inCalendar).toBeVisible();
  // Keyboard: the link is reachable and opens with Enter.
  await inCalendar.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONGRESS);
  await expect(page.getByRole('main')).toContainText('Berlin');
  await expect(page.getByRole('main')).toContainText('ganztägig');
  await expect(page.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', /^https:\/\//);
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Zum Kalender hinzufügen (.ics)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('tag-der-kommunalen-jobcenter.ics');
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('METHOD:PUBLISH');
  expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${CONGRESS}`);
  expect(ics).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
});

test('the form explains mistakes in German, and a new event appears in the list', async ({ page }) => {
  await signIn(page, 'koordination.dlt');
  await page.goto('/termine');
  await page.getByRole('link', { name: 'Termin anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termin anlegen');
  await expect(page.getByText('Sichtbar für: alle im Netzwerk')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('Bitte korrigieren Sie die markierten Felder.');
  await expect(page.getByLabel('Titel (Pflichtfeld)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();

  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Titel (Pflichtfeld)').fill('Arbeitskreis Eingliederung');
  await page.getByLabel('Beginn: Datum (Pflichtfeld)').fill(day);
  await page.getByLabel('Beginn: Uhrzeit').fill('14:00');
  await page.getByLabel('Ende: Datum (Pflichtfeld)').fill(day);
  await page.getByLabel('Ende: Uhrzeit').fill('13:00');
  await page.getByLabel('Online-Link').fill('http://meet.example.org/ak');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
  await expect(page.getByText('Bitte geben Sie eine sichere Internetadresse an')).toBeVisible();

  await page.getByLabel('Ende: Uhrzeit').fill('16:00');
  await page.getByLabel('Online-Link').fill('https://meet.example.org/ak');
  await page.getByRole('radio', { name: /Bestimmte Bundesländer/ }).check();
  await page.getByRole('checkbox', { name: 'Hessen', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Jobcenter-Leitung' }).check();
  await expect(page.getByText('Sichtbar für: Leitungen in Hessen')).toBeVisible();
  await page.getByLabel('Organisationen filtern').fill('Offenbach');
  await expect(page.getByRole('checkbox', { name: /Kreis Offenbach/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'Alle im Netzwerk' }).check();
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeitskreis Eingliederung');
  await expect(page.getByRole('main')).toContainText('14:00–16:00 Uhr');
  await page.getByRole('link', { name: 'Zurück zu den Terminen' }).click();
  await expect(page.getByRole('link', { name: 'Arbeitskreis Eingliederung' })).toBeVisible();
});
