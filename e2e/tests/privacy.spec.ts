import type { Request } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

// Several sign-ins and downloads per journey; the shared two-core machine can be slow.
test.describe.configure({ timeout: 150_000 });

/** The cookies the portal may set: the session and the CSRF token that protects it. */
const NECESSARY_COOKIES = ['portal.sid', 'XSRF-TOKEN'];

/** Names in a ZIP's central directory (enough to check what „Meine Daten“ contains). */
function zipNames(archive: Buffer): string[] {
  let eocd = archive.length - 22;
  while (eocd >= 0 && archive.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = archive.readUInt16LE(offset + 28);
    names.push(archive.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
  }
  return names;
}

test('legal pages are linked in every footer and readable signed out', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'Rechtliches' });
  for (const [link, heading] of [
    ['Impressum', 'Impressum'],
    ['Datenschutz', 'Datenschutzerklärung'],
    ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ] as const) {
    await footer.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('Platzhalter – Demo-Text').first()).toBeVisible();
    await expectAccessible(page);
  }
  // Signed out, the accessibility statement explains where to write instead of the form.
  await expect(page.getByText('Das Formular steht nach der Anmeldung zur Verfügung.')).toBeVisible();
});

test('a journey through the main pages makes no third-party request and sets only necessary cookies', async ({
  page,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const cookieNames = new Set<string>();
  page.on('request', (request: Request) => requests.push(request.url()));
  page.on('response', async (response) => {
    if (new URL(response.url()).origin !== appOrigin) return;
    for (const header of await response.headersArray()) {
      if (header.name.toLowerCase() === 'set-cookie') cookieNames.add(header.value.split('=')[0]!.trim());
    }
  });
  await signIn(page, 'fachkraft.biberach');
  // Sign-in visits the identity provider (the network's own, configured by OIDC_ISSUER); from here on
  // every request must go to the portal itself.
  requests.length = 0;
  for (const path of [
    '/start',
    '/neuigkeiten',
    '/termine',
    '/gute-praxis',
    '/kampagnen',
    '/jobcenter',
    '/profil',
    '/barrierefreiheit',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== appOrigin);
  expect(foreign).toEqual([]);
  expect([...cookieNames].sort()).toEqual([...NECESSARY_COOKIES].sort());
  // In the browser only the CSRF token is readable; the session cookie is HttpOnly.
  const cookies = (await page.context().cookies(appOrigin)).filter((cookie) =>
    NECESSARY_COOKIES.includes(cookie.name),
  );
  expect(cookies.find((cookie) => cookie.name === 'portal.sid')?.httpOnly).toBe(true);
  expect(await page.evaluate(() => document.cookie.split('; ').map((part) => part.split('=')[0]))).toEqual([
    'XSRF-TOKEN',
  ]);
});

test('a user downloads „Meine Daten“ and reports a barrier; the start page explains the portal in Leichter Sprache', async ({
  page,
}) => {
  await signIn(page, 'fachkraft.biberach');
  await page.getByText('Das Portal in Leichter Sprache').click();
  await expect(page.getByText('Das ist das Netzwerk-Portal der kommunalen Jobcenter.')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/profil');
  await expect(page.getByRole('heading', { name: 'Meine Daten' })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Meine Daten herunterladen (ZIP)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^meine-daten-\d{4}-\d{2}-\d{2}\.zip$/);
  const names = zipNames(await readFile((await file.path())!));
  expect(names).toEqual(
    expect.arrayContaining(['README.txt', 'profil.json', 'neuigkeiten.json', 'merkliste.json']),
  );

  await page.goto('/barrierefreiheit');
  await page.getByLabel('Was ist nicht barrierefrei? (Pflichtfeld)').fill('kurz');
  await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
  await expect(page.getByRole('alert')).toContainText('mindestens 10 Zeichen');
  await page.getByLabel('Wo ist die Barriere?').fill('/kampagnen');
  await page
    .getByLabel('Was ist nicht barrierefrei? (Pflichtfeld)')
    .fill('Die Galerie lässt sich nicht mit der Tastatur bedienen.');
  await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
  await expect(page.getByRole('status')).toContainText('Vielen Dank');
  await expectAccessible(page);
});

test('a coordinator opens the network overview, reads the feedback and exports a figure as CSV', async ({
  page,
}) => {
  await signIn(page, 'koordination.dlt');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Netzwerk' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerk-Übersicht');
  await expect(page.getByRole('img', { name: 'Aktive Nutzende je Woche im ganzen Netzwerk' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Aktive Nutzende je Woche und Organisation/ })).toContainText(
    'Deutscher Landkreistag',
  );
  await expect(page.getByRole('table', { name: /je Bundesland/ })).toContainText('Baden-Württemberg');
  await expect(page.getByRole('heading', { name: 'Häufige Suchen ohne Treffer' })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Roll-out als CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^netzwerk-kampagnen-rollout-.*\.csv$/);

  await page.getByRole('link', { name: 'Rückmeldungen zur Barrierefreiheit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rückmeldungen zur Barrierefreiheit');
  await expectAccessible(page);
});

test('an administrator edits the Impressum with a preview', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/impressum');
  await page.getByRole('button', { name: 'Seite bearbeiten' }).click();
  await page
    .getByLabel('Text (Markdown)')
    .fill('## Anbieter\n\n**Deutscher Landkreistag**, Berlin\n\n<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(
    page.getByRole('region', { name: 'Vorschau' }).getByText('Deutscher Landkreistag'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Gespeichert.');
  await expect(page.getByRole('heading', { name: 'Anbieter' })).toBeVisible();
  await expect(page.getByText('<script>alert(1)</script>')).toBeVisible();
});
