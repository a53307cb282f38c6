import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  return { 'x-xsrf-token': token ?? '' };
}

test('readers see the cover image and download attachments of a news item', async ({ page }) => {
  await signIn(page, 'koordination.dlt');
  const headers = await csrfHeader(page);
  const created = await page.request.post('/api/news', {
    headers,
    data: {
      title: 'Arbeitshilfe mit Anhang',
      teaser: 'Die Arbeitshilfe liegt als PDF bei.',
      body: 'Bitte beachten Sie die Arbeitshilfe im Anhang.',
      category: 'netzwerk',
      audience: { states: [], organisationIds: [], roles: [] },
    },
  });
  expect(created.status()).toBe(201);
  const item = (await created.json()) as { id: string; version: number };
  const attachment = await page.request.post(`/api/news/${item.id}/attachments`, {
    headers,
    multipart: { file: { name: 'Arbeitshilfe Übergänge.pdf', mimeType: 'application/pdf', buffer: PDF } },
  });
  expect(attachment.status()).toBe(201);
  const cover = await page.request.put(`/api/news/${item.id}/cover`, {
    headers,
    multipart: {
      file: { name: 'titel.png', mimeType: 'image/png', buffer: PNG },
      altText: 'Zwei Fachkräfte im Beratungsgespräch',
    },
  });
  expect(cover.status()).toBe(200);
  expect(
    (
      await page.request.post(`/api/news/${item.id}/publish`, { headers, data: { version: item.version } })
    ).status(),
  ).toBe(200);

  await page.context().clearCookies();
  await signIn(page, 'fachkraft.offenbach');
  await page.goto(`/neuigkeiten/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeitshilfe mit Anhang');
  const image = page.getByRole('img', { name: 'Zwei Fachkräfte im Beratungsgespräch' });
  await expect(image).toBeVisible();
  // Loaded through the file route (session cookie, strict CSP of the page).
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);

  const attachments = page.getByRole('region', { name: 'Anhänge' });
  await expect(attachments.getByRole('listitem')).toHaveCount(1);
  await expect(attachments.getByRole('listitem')).toContainText('PDF, 48 Bytes');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await attachments.getByRole('link', { name: 'Arbeitshilfe Übergänge.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Arbeitshilfe Übergänge.pdf');
});
