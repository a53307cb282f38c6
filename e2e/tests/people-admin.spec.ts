import { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
  await signIn(page, login);
  return page;
}

/** `datetime-local` value in Berlin time, `offsetMs` from now. */
function berlinLocal(offsetMs: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(Date.now() + offsetMs));
  return parts.replace(' ', 'T');
}

async function openUser(page: Page, name: string): Promise<void> {
  await page.goto('/verwaltung');
  await page.getByLabel('Name oder E-Mail suchen').fill(name);
  // The search navigates after its debounce: a link clicked earlier would be navigated away from.
  await page.waitForURL(/[?&]q=/);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('an administrator grants a temporary role, revokes it, and deactivates a user whose session ends at once', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const colleague = await as(browser, 'redaktion.offenbach');
  const colleagueName = (await (await colleague.request.get('/api/me')).json()).displayName as string;

  await signIn(page, 'admin');
  await openUser(page, colleagueName);
  await expectAccessible(page);
  await expect(page.getByTestId('effective-roles')).toHaveText('Redaktion');

  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Koordination' });
  await page.getByLabel('Gültig bis').fill(berlinLocal(2 * 86_400_000));
  await page.getByLabel('Grund').fill('Vertretung der Netzwerkkoordination');
  await page.getByRole('button', { name: 'Rolle vergeben' }).click();
  await expect(page.getByText('Die Rolle „Koordination“ wurde befristet vergeben.')).toBeVisible();
  await expect(page.getByTestId('effective-roles')).toHaveText('Koordination, Redaktion');
  await expect(page.getByRole('table', { name: /Zusätzliche Rollen/ })).toContainText(
    'Vertretung der Netzwerkkoordination',
  );
  await expectAccessible(page);
  // The colleague's running session has the role without signing in again.
  expect((await (await colleague.request.get('/api/me')).json()).roles).toEqual(['coordinator', 'editor']);

  await page.getByRole('button', { name: 'Rolle Koordination entziehen' }).click();
  await expect(page.getByTestId('effective-roles')).toHaveText('Redaktion');
  expect((await (await colleague.request.get('/api/me')).json()).roles).toEqual(['editor']);

  await page.getByRole('button', { name: 'Konto deaktivieren' }).click();
  await expect(page.getByText('Das Konto wurde deaktiviert; alle Sitzungen sind beendet.')).toBeVisible();
  await expect(page.getByTestId('account-status')).toHaveText('deaktiviert');
  expect((await colleague.request.get('/api/me')).status()).toBe(401);

  await page.getByRole('button', { name: 'Konto reaktivieren' }).click();
  await expect(page.getByTestId('account-status')).toHaveText('aktiv');
});

test('a person opts out of the people directory and is gone from it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const person = await as(browser, 'fachkraft.offenbach');
  const name = (await (await person.request.get('/api/me')).json()).displayName as string;

  await signIn(page, 'fachkraft.biberach');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Personen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personen');
  await page.getByLabel('Name, Organisation oder Thema').fill(name);
  await page.getByRole('search', { name: 'Personen suchen' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expectAccessible(page);

  await person.goto('/profil');
  await person
    .getByLabel('Themen (freiwillig, durch Komma getrennt, höchstens 10)')
    .fill('Arbeitgeberservice');
  await person.getByLabel('Nicht im Personenverzeichnis erscheinen').check();
  await person.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(person.getByText('Gespeichert. Sie erscheinen nicht im Personenverzeichnis.')).toBeVisible();
  await expectAccessible(person);

  await page.getByRole('search', { name: 'Personen suchen' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine passenden Personen gefunden.')).toBeVisible();
  await page.getByLabel('Name, Organisation oder Thema').fill('Arbeitgeberservice');
  await page.getByRole('search', { name: 'Personen suchen' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine passenden Personen gefunden.')).toBeVisible();

  // Back in, so that other journeys find the person.
  await person.getByLabel('Nicht im Personenverzeichnis erscheinen').uncheck();
  await person.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(
    person.getByText('Gespeichert. Ihre Angaben sind im Personenverzeichnis sichtbar.'),
  ).toBeVisible();
});

test('an administrator publishes a banner that everyone signed in sees; a coordinator keeps the taxonomies', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const text = `Wartung am Abend ${Date.now()}`;
  await signIn(page, 'admin');
  await page.goto('/verwaltung/hinweise');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hinweisbanner');
  await expectAccessible(page);
  await page.getByLabel('Text').fill(text);
  await page.getByLabel('Art').selectOption({ label: 'Warnung' });
  await page.getByLabel('Beginn').fill(berlinLocal(-60_000));
  await page.getByLabel('Ende').fill(berlinLocal(3_600_000));
  await page.getByRole('button', { name: 'Hinweis speichern' }).click();
  await expect(page.getByText('Der Hinweis wurde gespeichert.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Hinweise/ })).toContainText(text);

  const coordinator = await as(browser, 'koordination.dlt');
  await expect(coordinator.getByRole('alert').filter({ hasText: text })).toBeVisible();
  await coordinator.goto('/verwaltung/taxonomien');
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Taxonomien');
  await expect(coordinator.getByRole('alert').filter({ hasText: text })).toBeVisible();
  await expectAccessible(coordinator);
  const label = `Quereinsteigende ${Date.now()}`;
  const targetGroups = coordinator.getByRole('region', { name: /^Zielgruppen/ });
  await targetGroups.getByLabel('Neuer Begriff in Zielgruppen').fill(label);
  await targetGroups.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(coordinator.getByText(`„${label}“ wurde zu „Zielgruppen“ hinzugefügt.`)).toBeVisible();
  await expect(coordinator.getByRole('row', { name: new RegExp(label) })).toContainText('aktiv');
  await coordinator.getByRole('button', { name: `Deaktivieren: ${label}` }).click();
  await expect(coordinator.getByRole('row', { name: new RegExp(label) })).toContainText('deaktiviert');

  await page.getByRole('button', { name: `Hinweis löschen: ${text}` }).click();
  await expect(page.getByText('Der Hinweis wurde gelöscht.')).toBeVisible();
});

test('an administrator deletes an account after a confirmation; its content shows „ehemalige Person“', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A demo author of Gute Praxis (no demo login): deleting it disturbs no other journey.
  const name = 'Ines Vogt';
  await signIn(page, 'admin');
  await openUser(page, name);

  const opener = page.getByRole('button', { name: 'Konto löschen …' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: `Konto von ${name} löschen?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('bleiben erhalten und erscheinen unter „ehemalige Person“');
  await expect(dialog).toContainText('kann nicht rückgängig gemacht werden');
  // The safe choice has the focus; the page behind is inert.
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await dialog.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await expect(page.getByRole('heading', { name: 'Konto gelöscht' })).toBeFocused();
  await expect(page.getByText(`Das Konto von ${name} wurde gelöscht.`)).toBeVisible();
  await expectAccessible(page);

  await page.goto('/verwaltung');
  await page.getByLabel('Name oder E-Mail suchen').fill(name);
  await expect(page.getByText('Keine passenden Benutzerinnen und Benutzer')).toBeVisible();

  // The identity provider's list: confirmed, then deleted and unknown identifiers are listed.
  await page
    .getByLabel('Kennungen (sub) des Anmeldedienstes')
    .fill('beim-anbieter-geloescht-1\nbeim-anbieter-geloescht-2');
  await page.getByRole('button', { name: 'Konten löschen …' }).click();
  const bulk = page.getByRole('dialog', { name: '2 Konten löschen?' });
  await expect(bulk).toBeVisible();
  await expectAccessible(page);
  await bulk.getByRole('button', { name: 'Konten endgültig löschen' }).click();
  await expect(page.getByRole('heading', { name: 'Ergebnis' })).toBeFocused();
  await expect(page.getByText(/0 Konten\s+gelöscht,\s+2 Kennungen im Portal\s+unbekannt/)).toBeVisible();
  await expect(page.getByTestId('identity-gone-unknown').getByRole('listitem')).toHaveText([
    'beim-anbieter-geloescht-1',
    'beim-anbieter-geloescht-2',
  ]);
  await expectAccessible(page);

  // Her practice keeps its history, now under „ehemalige Person“.
  await page.goto('/gute-praxis');
  await page.getByRole('link', { name: 'Schuldnerberatung ohne Wartezeit' }).first().click();
  await page.getByRole('button', { name: 'Versionen und Änderungen anzeigen' }).click();
  await expect(page.getByLabel('Version', { exact: true })).toContainText('– ehemalige Person');
  await expectAccessible(page);
});
