import { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
  await signIn(page, login);
  return page;
}

test('a resource is suggested by staff, accepted by the coordination and rated by staff', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Checkliste Videoberatung ${Date.now()}`;

  // Staff browse the library and suggest a resource.
  await signIn(page, 'fachkraft.biberach');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Digitalisierung' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digitalisierung');
  await expect(
    page.getByRole('link', { name: 'E-Akte im Jobcenter einführen: Leitfaden für die ersten 100 Tage' }),
  ).toBeVisible();
  await page.getByLabel('Thema').selectOption({ label: 'E-Akte' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByRole('heading', { name: 'Ergebnisse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'IT-Grundschutz-Kompendium des BSI' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Ressource vorschlagen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ressource vorschlagen');
  await page.getByLabel('Art').selectOption({ label: 'Vorlage' });
  await page.getByLabel('Titel').fill(title);
  await page
    .getByLabel('Beschreibung (Markdown)')
    .fill('Unsere **Checkliste** für das erste Videogespräch mit Kundinnen und Kunden.');
  await page.getByLabel('Anbieter (Name)').fill('Jobcenter Landkreis Biberach');
  await page.getByRole('checkbox', { name: 'Videoberatung' }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await expect(page.getByText(`Danke! Ihr Vorschlag „${title}“ ist bei der Koordination.`)).toBeVisible();
  await page.getByRole('link', { name: 'Vorschlag ansehen' }).click();
  await expect(page.getByText('Status: Vorgeschlagen')).toBeVisible();
  const resourceUrl = page.url();

  // The coordination reviews and accepts it.
  const coordinator = await as(browser, 'koordination.dlt');
  await coordinator.goto('/digitalisierung/pruefen');
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Vorschläge prüfen');
  await expectAccessible(coordinator);
  await coordinator.getByRole('link', { name: title }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(coordinator);
  await coordinator.getByRole('button', { name: 'Annehmen und veröffentlichen' }).click();
  await expect(coordinator.getByText('Die Ressource ist veröffentlicht.')).toBeVisible();

  // Staff rate it with the radio group, by keyboard.
  await page.goto(resourceUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Status: Vorgeschlagen')).toHaveCount(0);
  const group = page.getByRole('group', { name: 'Wie nützlich ist diese Ressource für Sie?' });
  await group.getByRole('radio', { name: '4' }).check();
  await expect(page.getByText('Ihre Bewertung (4 von 5) ist gespeichert.')).toBeVisible();
  await expect(page.getByText('Durchschnitt: 4,0 von 5 (1 Bewertung)')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Ihre Bewertung (5 von 5) ist gespeichert.')).toBeVisible();
  await expect(page.getByText('Durchschnitt: 5,0 von 5 (1 Bewertung)')).toBeVisible();
  await expectAccessible(page);

  // The collections page lists the curated entry points.
  await page.goto('/digitalisierung/sammlungen');
  await page.getByRole('link', { name: 'Einstieg E-Akte' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstieg E-Akte');
  await expectAccessible(page);
});
