import { expect, expectAccessible, signIn, test } from '../support/fixtures';

const PRESS_RELEASE = '104 kommunale Jobcenter starten Kampagne „Stark. Sozial. Vor Ort.“';
/** Would run script or add elements if the thread rendered comments as HTML. */
const XSS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '[Link](javascript:window.__xss=3)',
  '"><svg onload="window.__xss = 4">',
  '<iframe src="javascript:window.__xss = 5"></iframe>',
].join('\n');

test('staff comment on the press release with a mention, mark „Hilfreich“, edit and delete their own', async ({
  page,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });

  // The coordination writes first (and so becomes known for mentions), including markup.
  await signIn(page, 'koordination.dlt');
  await page.goto('/neuigkeiten');
  await page.getByRole('link', { name: PRESS_RELEASE }).click();
  const thread = page.getByRole('region', { name: 'Kommentare' });
  await expect(thread.getByText('Noch keine Kommentare.')).toBeVisible();
  await thread.getByLabel('Kommentar schreiben').fill(`Danke an alle Jobcenter!\n${XSS}`);
  await thread.getByRole('button', { name: 'Kommentar veröffentlichen' }).click();
  await expect(thread.getByRole('status').last()).toHaveText('Ihr Kommentar wurde veröffentlicht.');

  await page.context().clearCookies();
  await signIn(page, 'fachkraft.offenbach');
  await page.goto('/neuigkeiten');
  await page.getByRole('link', { name: PRESS_RELEASE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PRESS_RELEASE);

  // The markup arrives as text: no element from it, no script run.
  const coordinationComment = thread.getByRole('listitem').nth(0);
  await expect(coordinationComment.getByRole('heading', { name: 'Jonas Keller' })).toBeVisible();
  await expect(coordinationComment).toContainText('<script>window.__xss = 1</script>');
  await expect(coordinationComment).toContainText('"><svg onload="window.__xss = 4">');
  await expect(thread.locator('ol script, ol img, ol svg, ol iframe, ol a')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  // „Hilfreich“ on someone else's comment.
  const helpful = coordinationComment.getByRole('button', { name: /^Hilfreich/ });
  await expect(helpful).toHaveAttribute('aria-pressed', 'false');
  await helpful.click();
  await expect(helpful).toHaveAttribute('aria-pressed', 'true');
  await expect(helpful).toHaveAccessibleName('Hilfreich (1 Person fand das hilfreich)');
  await expect(thread.getByRole('status').last()).toHaveText('Als hilfreich markiert.');

  // A comment with a mention picked from the suggestions, by keyboard.
  const field = thread.getByRole('textbox', { name: 'Kommentar schreiben' });
  await field.click();
  await field.pressSequentially('Vielen Dank, @Jo');
  const option = thread.getByRole('option', { name: /Jonas Keller/ });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(thread.getByRole('listbox')).toHaveCount(0);
  await field.pressSequentially('– wir sind dabei.');
  await expect(field).toHaveValue('Vielen Dank, @Jonas Keller – wir sind dabei.');
  await thread.getByRole('button', { name: 'Kommentar veröffentlichen' }).click();

  const own = thread.getByRole('listitem').nth(1);
  await expect(own.getByRole('heading', { name: 'Thomas Becker' })).toBeVisible();
  await expect(own).toContainText('Vielen Dank, @Jonas Keller – wir sind dabei.');
  await expect(own.locator('.mention')).toHaveText('@Jonas Keller');
  await expect(own).toContainText('gerade eben');
  await expect(field).toHaveValue('');
  await expectAccessible(page);

  // Edit: the mention is shown as a name, and stays a mention.
  await own.getByRole('button', { name: 'Bearbeiten' }).click();
  const editor = own.getByRole('textbox', { name: 'Kommentar bearbeiten' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('Vielen Dank, @Jonas Keller – wir sind dabei.');
  await editor.press('End');
  await editor.pressSequentially(' Plakate sind bestellt.');
  await own.getByRole('button', { name: 'Änderung speichern' }).click();
  await expect(own).toContainText('wir sind dabei. Plakate sind bestellt.');
  await expect(own).toContainText('(bearbeitet)');
  await expect(own.locator('.mention')).toHaveText('@Jonas Keller');

  // Delete with confirmation.
  await own.getByRole('button', { name: 'Löschen' }).click();
  await expect(own.getByRole('button', { name: 'Ja, löschen' })).toBeFocused();
  await expectAccessible(page);
  await own.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(own).toContainText('Kommentar gelöscht');
  await expect(own).not.toContainText('Plakate');
  await expect(thread.getByRole('status').last()).toHaveText('Ihr Kommentar wurde gelöscht.');
  // Staff may not remove the coordination's comment.
  await expect(coordinationComment.getByRole('button', { name: /Löschen|Entfernen/ })).toHaveCount(0);
  await expectAccessible(page);

  // After a reload everything is as saved.
  await page.reload();
  await expect(thread.getByRole('listitem').filter({ hasText: 'Kommentar gelöscht' })).toHaveCount(1);
  await expect(helpful).toHaveAttribute('aria-pressed', 'true');
});
