/**
 * Kampagnen gallery (issues 4 and 8): 20,000 campaign assets, then the gallery's first page
 * (newest first) and a filtered page (type + tag) for a Jobcenter manager at 32 connections.
 */
import type { Pool } from 'pg';
import { measure } from './lib/load';
import { addRow, results } from './lib/results';
import { BASE_URL, session } from './lib/session';
import { seedAssets } from './seed';

export async function benchAssets(db: Pool): Promise<void> {
  await seedAssets(db);
  const manager = await session('leitung.offenbach');
  const headers = { cookie: manager.cookie };
  const gallery = await measure({ url: BASE_URL, paths: '/api/campaign-assets?limit=24', headers });
  const filteredPath = `/api/campaign-assets?limit=24&type=poster&tag=${encodeURIComponent('Motiv 3')}`;
  const filtered = await measure({ url: BASE_URL, paths: filteredPath, headers });
  for (const [name, result] of [
    ['Galerie, neueste zuerst', gallery],
    ['Galerie: Typ + Schlagwort', filtered],
  ] as const) {
    addRow({
      group: 'Kampagnen',
      name,
      throughput: result.requestsPerSecond,
      p50: result.p50,
      p95: result.p95,
      p99: result.p99,
      connections: result.connections,
      goal: '–',
      pass: null,
    });
  }
  results.details['assets'] = { gallery, filtered };
}
