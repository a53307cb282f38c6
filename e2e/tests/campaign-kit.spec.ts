import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const TEMPLATE = 'Plakat A4 „Stark. Sozial. Vor Ort.“ – für Ihr Jobcenter';

test('a Jobcenter editor personalises the campaign poster and gets a print PDF with the Jobcenter’s name', async ({
  page,
}, testInfo) => {
  // The editor, not the manager: leitung.biberach meets the campaign's terms for the first time in
  // campaigns.spec.ts, which runs after this file.
  await signIn(page, 'redaktion.biberach');
  await page.goto('/kampagnen/vorlagen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vorlagen: Für mein Jobcenter anpassen');
  await expect(page.getByRole('link', { name: TEMPLATE, exact: true })).toBeVisible();
  // Jobcenter editors do not edit zones.
  await expect(page.getByRole('link', { name: /Felder bearbeiten/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: `Anpassen: ${TEMPLATE}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Für mein Jobcenter anpassen');
  await expect(page.getByLabel('Name des Jobcenters')).toHaveValue('Jobcenter Landkreis Biberach');
  await expect(
    page.getByRole('img', { name: /^Vorschau: .* für Jobcenter Landkreis Biberach$/ }),
  ).toBeVisible();

  // Changed for this file only.
  await page.getByLabel('Telefon').fill('07351 52-7777');
  await expect(page.getByText('Vorschau aktualisiert.')).toBeVisible();
  await expectAccessible(page);

  // The campaign's terms apply to the kit as to any material: accepted once, before the first file.
  await expect(page.getByText('Vor dem ersten Erstellen akzeptieren Sie bitte einmalig')).toBeVisible();
  await page.getByRole('button', { name: 'Druck-PDF erstellen' }).click();
  const terms = page.getByRole('dialog', { name: 'Nutzungsbedingungen' });
  await expect(terms).toBeVisible();
  await expectAccessible(page);
  await terms.getByRole('button', { name: 'Nutzungsbedingungen akzeptieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Das Druck-PDF ist fertig' })).toBeVisible();
  await expect(page.getByText('Vor dem ersten Erstellen akzeptieren Sie bitte einmalig')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Druck-PDF herunterladen/ }).click();
  const file = testInfo.outputPath('plakat.pdf');
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Landkreis Biberach');
  expect(text).toContain('07351 52-7777');
  expect(text).toContain('Stark.');
  await expectAccessible(page);
});

test('a coordinator sees the zones of the template as a form and on the page', async ({ page }) => {
  await signIn(page, 'koordination.dlt');
  await page.goto('/kampagnen/vorlagen');
  await page.getByRole('link', { name: `Felder bearbeiten: ${TEMPLATE}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Felder der Vorlage festlegen');
  await expect(page.getByRole('group', { name: /^Feld \d+: / })).toHaveCount(7);
  await expect(page.getByRole('group', { name: 'Feld 2: Name des Jobcenters' })).toBeVisible();
  await expect(page.locator('.canvas img')).toBeVisible();
  await expectAccessible(page);

  // Keyboard path: a numeric field changed and saved.
  await page
    .getByRole('group', { name: 'Feld 2: Name des Jobcenters' })
    .getByLabel('Schriftgröße (pt, Start)')
    .fill('26');
  await page
    .getByRole('group', { name: 'Feld 2: Name des Jobcenters' })
    .getByLabel('Schriftgröße (pt, Start)')
    .blur();
  await page.getByRole('button', { name: 'Felder speichern' }).click();
  await expect(page.getByText('Die Felder sind gespeichert.')).toBeVisible();
});

test('a coordinator personalises the poster for another Jobcenter', async ({ page }) => {
  await signIn(page, 'koordination.dlt');
  await page.goto('/kampagnen/vorlagen');
  await page.getByRole('link', { name: `Anpassen: ${TEMPLATE}` }).click();
  await page.getByLabel('Für welches Jobcenter?').selectOption({ label: 'Kreis Offenbach' });
  await expect(page.getByLabel('Name des Jobcenters')).toHaveValue('Jobcenter Kreis Offenbach');
  await expect(page.getByRole('img', { name: /für Jobcenter Kreis Offenbach$/ })).toBeVisible();
  await expectAccessible(page);
});
