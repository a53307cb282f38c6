/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * ZIP start benchmark (issue 4): a campaign with 200 more files (uploaded through the API like a
 * coordinator would), then the time until the campaign ZIP's first bytes reach a Jobcenter manager
 * (target: streaming starts within 200 ms) and the time for the whole ZIP. The uploads go through
 * the API on purpose (that is what fills a campaign); a row for the table, details under `zipStart`.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AssetDto, CampaignDto } from '@portal/contracts';
import type { HttpClient } from '../../backend/test/support/http-client';
import { DEMO_CAMPAIGN_ID } from '../../backend/src/modules/campaigns/campaigns-demo';
import { addRow, results } from './lib/results';
import { scaled } from './lib/scale';
import { BASE_URL, session } from './lib/session';

const FILES = scaled('BENCH_ZIP_FILES', 200, 10);
const ROUNDS = Number(process.env['BENCH_ZIP_ROUNDS'] ?? 5);

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** One asset with one small PDF version: what a coordinator uploads. */
async function addAsset(coordinator: HttpClient, index: number): Promise<void> {
  const asset = await json<AssetDto>(
    await coordinator.post('/api/campaign-assets', {
      campaignId: DEMO_CAMPAIGN_ID,
      title: `Bench-Flyer ${index}`,
      description: `Flyer ${index} für den ZIP-Benchmark`,
      type: 'flyer',
      tags: ['Bench'],
      altText: `Flyer ${index}`,
      availableFrom: null,
      expiresAt: null,
      roles: [],
      replacementId: null,
    }),
  );
  const body = new FormData();
  body.append('note', 'Bench');
  const pdf = Buffer.concat([Buffer.from(`%PDF-1.7\n% bench ${index}\n`), randomBytes(64 * 1024)]);
  body.append('file', new Blob([new Uint8Array(pdf)]), `bench-flyer-${index}.pdf`);
  await json(await coordinator.request('POST', `/api/campaign-assets/${asset.id}/versions`, { body }));
}

/** Time to the first body byte and to the end of the ZIP, as a browser download would see it. */
function measureZip(cookie: string): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = NaN;
    let bytes = 0;
    const req = request(
      new URL(`/api/campaigns/${DEMO_CAMPAIGN_ID}/zip`, BASE_URL),
      { headers: { cookie } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
        res.on('data', (chunk: Buffer) => {
          if (bytes === 0) firstByteMs = performance.now() - started;
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ firstByteMs, totalMs: performance.now() - started, bytes }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export async function benchZipStart(): Promise<void> {
  const { client: coordinator } = await session('koordination.dlt');
  const { client: manager } = await session('leitung.offenbach');
  const started = performance.now();
  for (let i = 1; i <= FILES; i++) await addAsset(coordinator, i);
  console.log(`Seed: ${FILES} Dateien hochgeladen in ${Math.round(performance.now() - started)} ms`);
  const campaign = await json<CampaignDto>(await manager.get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`));
  await json(
    await manager.post(`/api/campaigns/${DEMO_CAMPAIGN_ID}/terms-acceptance`, {
      termsVersion: campaign.termsVersion,
    }),
  );
  const cookie = `portal.sid=${manager.cookie('portal.sid')}`;
  await measureZip(cookie); // warm-up
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await measureZip(cookie));
  const round = (value: number) => Math.round(value * 10) / 10;
  const firstByte = rounds.map((r) => round(r.firstByteMs)).sort((a, b) => a - b);
  const zipStart = {
    files: FILES,
    bytes: rounds[0]?.bytes ?? 0,
    firstByteMs: firstByte,
    totalMs: rounds.map((r) => round(r.totalMs)),
  };
  results.details['zipStart'] = zipStart;
  const median = firstByte[Math.floor(firstByte.length / 2)] ?? NaN;
  addRow({
    group: 'Kampagnen',
    name: `ZIP der Kampagne (${FILES}+ Dateien): erstes Byte`,
    throughput: null,
    p50: median,
    p99: firstByte.at(-1) ?? null,
    connections: 1,
    goal: '≤ 200 ms',
    pass: (firstByte.at(-1) ?? Infinity) <= 200,
    note: `${ROUNDS} Läufe, ms: ${firstByte.join(' / ')}`,
  });
}
