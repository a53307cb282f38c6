import type { AssetDto, AssetVersionDto } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { DEMO_CAMPAIGN_ID } from '../../../src/modules/campaigns/campaigns-demo';
import {
  EXTRACT_FILE_JOB,
  SearchExtractionService,
} from '../../../src/modules/search/extraction/search-extraction.service';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { fileForm, imageOnlyPdf, json, textDocx } from '../search/search-support';

// Uploads and text extraction take a while on a busy machine.
jest.setTimeout(120_000);

/** Issue 6: scanned PDFs among campaign asset variants are marked for those who may edit assets. */
describe('campaign assets: variants without searchable text', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  const coordinator = () => as['koordination.dlt'];

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'leitung.biberach'] as DemoLogin[], as);
  }, 120_000);
  afterAll(() => testApp.close());

  it('tells the coordination which variant has no text after extraction, and readers nothing', async () => {
    const asset = await json<AssetDto>(
      await coordinator().post('/api/campaign-assets', {
        campaignId: DEMO_CAMPAIGN_ID,
        title: 'Pressetext Kernbeißer',
        description: '',
        type: 'press-release',
        tags: [],
        altText: null,
        availableFrom: null,
        expiresAt: null,
        roles: [],
        replacementId: null,
      }),
      201,
    );
    const uploaded = await json<AssetVersionDto>(
      await coordinator().request('POST', `/api/campaign-assets/${asset.id}/versions`, {
        body: fileForm('Scan.pdf', await imageOnlyPdf()),
      }),
      201,
    );
    // Told, but the search has not read the file yet.
    expect(uploaded.files.map((file) => file.textMissing)).toEqual([false]);
    await json<AssetVersionDto>(
      await coordinator().request(
        'POST',
        `/api/campaign-assets/${asset.id}/versions/${uploaded.number}/files`,
        { body: fileForm('Pressetext.docx', textDocx(['Kernbeißerpressemitteilung zum Auftakt'])) },
      ),
      201,
    );
    await testApp.app.get(JobQueue).drained([EXTRACT_FILE_JOB], 60_000);
    await testApp.app.get(SearchExtractionService).run();

    const variantsFor = async (client: HttpClient) =>
      (await json<AssetDto>(await client.get(`/api/campaign-assets/${asset.id}`), 200)).versions.flatMap(
        (version) => version.files.map((file) => [file.name, file.textMissing]),
      );
    expect(await variantsFor(coordinator())).toEqual([
      ['Scan.pdf', true],
      ['Pressetext.docx', false],
    ]);
    // Managers cannot edit assets: nothing to act on, so nothing is told.
    expect(await variantsFor(as['leitung.biberach'])).toEqual([
      ['Scan.pdf', null],
      ['Pressetext.docx', null],
    ]);
  });
});
