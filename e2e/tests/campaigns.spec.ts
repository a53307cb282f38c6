import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const PRINT_ORIGINAL = 'Druckvorlage Großplakat DIN A1 (mit Beschnitt)';

/** A small but real PDF, a few hundred kilobytes so the upload shows progress for a moment. */
function posterPdf(): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n% Plakat Tag der Jobcenter\n'),
    Buffer.alloc(600 * 1024, 0x20),
  ]);
}

test('a coordinator uploads a poster; leitung.biberach accepts the terms and downloads it', async ({
  page,
  browser,
}) => {
  const title = 'Plakat „Tag der kommunalen Jobcenter 2026“';
  await signIn(page, 'koordination.dlt');
  await page.goto('/kampagnen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kampagnen');
  await page.getByRole('link', { name: 'Material anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Material anlegen');
  await page.getByLabel('Titel (Pflichtfeld)').fill(title);
  await page.getByLabel('Art').selectOption({ label: 'Plakat' });
  await page
    .getByLabel('Alternativtext (Pflichtfeld für Bilder)')
    .fill('Rotes Plakat mit dem Claim „Stark. Sozial. Vor Ort.“');
  await page.getByLabel('Schlagwörter (durch Kommas getrennt)').fill('Plakat, 2026');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Material anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // Upload with a visible progress bar and a polite status announcement.
  await page.getByLabel('Dateien auswählen oder hierher ziehen').setInputFiles({
    name: 'plakat-tag-der-jobcenter-2026.pdf',
    mimeType: 'application/pdf',
    buffer: posterPdf(),
  });
  const upload = page.getByRole('region', { name: 'Dateien hochladen oder ersetzen' });
  await expect(
    upload.getByRole('listitem').filter({ hasText: 'plakat-tag-der-jobcenter-2026.pdf' }),
  ).toContainText('hochgeladen');
  await expect(upload.getByRole('status')).toHaveText('1 von 1 Datei hochgeladen.');
  await expect(page.getByRole('region', { name: 'Versionen' })).toContainText('Version 1');
  await expect(page.getByRole('button', { name: 'PDF herunterladen' })).toBeVisible();
  await expectAccessible(page);
  const url = page.url();

  // The manager of Biberach: terms first, then the download.
  const leitung = await (
    await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(leitung, 'leitung.biberach');
  await leitung.goto(url);
  await expect(leitung.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(leitung.getByText('Vor dem ersten Download akzeptieren Sie bitte')).toBeVisible();
  await leitung.getByRole('button', { name: 'PDF herunterladen' }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Nutzungsbedingungen' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Kommunale Jobcenter – Stark. Sozial. Vor Ort.');
  await expect(dialog).toContainText('Weitergabe an Dritte');
  await expectAccessible(leitung);
  const downloading = leitung.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Nutzungsbedingungen akzeptieren' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('plakat-tag-der-jobcenter-2026.pdf');
  const content = await readFile((await download.path())!);
  expect(content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  expect(content.length).toBe(posterPdf().length);
  await expect(dialog).toBeHidden();
  // From now on a plain link: the acceptance is remembered.
  await leitung.reload();
  await expect(leitung.getByRole('link', { name: 'PDF herunterladen' })).toBeVisible();
  await leitung.context().close();
});

test('fachkraft.offenbach cannot see the managers-only print original, not even by its address', async ({
  page,
}) => {
  await signIn(page, 'leitung.biberach');
  await page.goto('/kampagnen');
  const gallery = page.getByRole('region', { name: 'Material' });
  const link = gallery.getByRole('link', { name: PRINT_ORIGINAL });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/kampagnen\/material\//);

  await page.context().clearCookies();
  await signIn(page, 'fachkraft.offenbach');
  await page.goto('/kampagnen');
  await expect(gallery.getByRole('link', { name: 'Kampagnenlogo „Kommunale Jobcenter“' })).toBeVisible();
  await expect(gallery.getByRole('link', { name: PRINT_ORIGINAL })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expectAccessible(page);
});

test('brand guidelines, the selection basket and the coordinators’ statistics are accessible', async ({
  page,
}) => {
  await signIn(page, 'koordination.dlt');
  await page.goto('/kampagnen');
  await page
    .getByRole('region', { name: 'Kampagnen' })
    .getByRole('link', { name: /Stark\. Sozial\. Vor Ort\./ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kommunale Jobcenter – Stark. Sozial. Vor Ort.',
  );
  await expect(page.getByRole('img', { name: 'Kampagnenrot, #B01E2D' })).toBeVisible();
  await expect(page.getByText(/Text darauf: weiß \(Kontrast \d+,\d : 1\)/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/kampagnen');
  const gallery = page.getByRole('region', { name: 'Material' });
  await gallery
    .getByRole('button', { name: 'Zur Auswahl hinzufügen: Kampagnenlogo „Kommunale Jobcenter“' })
    .click();
  await gallery
    .getByRole('button', { name: 'Zur Auswahl hinzufügen: Social-Media-Kachel „Stark. Sozial. Vor Ort.“' })
    .click();
  await page.getByRole('link', { name: 'Meine Auswahl (2)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Auswahl');
  await expect(page.getByText('2 Materialien ausgewählt.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Auswahl als ZIP herunterladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nutzungsbedingungen' });
  await expect(dialog).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Nutzungsbedingungen akzeptieren' }).click();
  const zip = await downloading;
  expect(zip.suggestedFilename()).toBe('Kampagnenmaterial-Auswahl.zip');

  await page.goto('/kampagnen/statistik');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik der Kampagnen');
  await expect(page.getByRole('img', { name: /Säulendiagramm: \d+ Downloads/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Roll-out nach Bundesland' })).toContainText(
    'Baden-Württemberg',
  );
  await expectAccessible(page);
});
