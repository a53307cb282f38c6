import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { giveNotifications } from '../support/notifications';

test('the bell counts unread notifications; the list pages and marks them read', async ({ page }) => {
  await signIn(page, 'fachkraft.biberach');
  const titles = Array.from({ length: 22 }, (_, i) => `Meldung ${i + 1}`);
  await giveNotifications('fachkraft.biberach', titles);

  // The count follows on navigation (and every minute).
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Neuigkeiten' })
    .click();
  const bell = page.getByRole('link', { name: 'Benachrichtigungen, 22 ungelesen' });
  await expect(bell).toBeVisible();
  await expectAccessible(page);

  await bell.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen');
  const list = page.getByRole('list', { name: 'Liste der Benachrichtigungen' });
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('listitem').first()).toContainText('Meldung 1');
  await expect(list.getByRole('listitem').first()).toContainText('Ungelesen');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Weitere laden' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(22);
  await expect(page.getByRole('button', { name: 'Weitere laden' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Als gelesen markieren: Meldung 2', exact: true }).click();
  await expect(page.getByText('„Meldung 2“ als gelesen markiert.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Benachrichtigungen, 21 ungelesen' })).toBeVisible();
  await expect(list.getByRole('listitem').nth(1)).not.toContainText('Ungelesen');

  await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await expect(page.getByText('Alle Benachrichtigungen sind als gelesen markiert.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Benachrichtigungen, keine ungelesen' })).toBeVisible();
  await expectAccessible(page);

  // Someone else sees none of them.
  await page.context().clearCookies();
  await signIn(page, 'fachkraft.offenbach');
  await page.goto('/benachrichtigungen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen');
  await expect(page.getByText('Benachrichtigungen werden geladen …')).toHaveCount(0);
  await expect(page.getByText('Meldung 1', { exact: true })).toHaveCount(0);
});

test('the settings page chooses how mails arrive, per kind, and keeps the choice', async ({ page }) => {
  await signIn(page, 'leitung.biberach');
  await page.goto('/einstellungen/benachrichtigungen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen für Benachrichtigungen');
  const news = page.getByRole('group', { name: /^Neuigkeiten/ });
  await expect(news.getByRole('radio', { name: 'Täglich (Zusammenfassung)' })).toBeChecked();
  const mentions = page.getByRole('group', { name: /^Erwähnungen/ });
  await expect(mentions.getByRole('radio', { name: 'Sofort' })).toBeChecked();
  await expectAccessible(page);

  await mentions.getByRole('radio', { name: 'Keine E-Mail' }).check();
  await news.getByRole('radio', { name: 'Wöchentlich (Zusammenfassung)' }).check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Ihre Einstellungen für Benachrichtigungen wurden gespeichert.')).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('group', { name: /^Erwähnungen/ }).getByRole('radio', { name: 'Keine E-Mail' }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /^Neuigkeiten/ })
      .getByRole('radio', { name: 'Wöchentlich (Zusammenfassung)' }),
  ).toBeChecked();
  await expectAccessible(page);
});
