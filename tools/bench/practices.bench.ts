/**
 * Gute-Praxis benchmark (issue 5): 50,000 published entries with Zielgruppen, Handlungsfelder and
 * adoptions, then the filtered list – Handlungsfeld + Bundesland, sorted by „meist übernommen“ –
 * at 50 connections (goal p95 < 40 ms) and „Jobcenter wie unseres“ for Kreis Offenbach (goal
 * < 60 ms, measured one at a time and at 50 connections).
 */
import type { Pool } from 'pg';
import { measure } from './lib/load';
import { addRow, results } from './lib/results';
import { BASE_URL, session } from './lib/session';
import { seedPractices } from './seed';

export async function benchPractices(db: Pool): Promise<void> {
  await seedPractices(db);
  const { rows } = await db.query<{ id: string }>(
    `SELECT t.id FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id
      WHERE x.key = 'handlungsfelder' ORDER BY t.position LIMIT 1`,
  );
  const reader = await session('fachkraft.offenbach');
  const headers = { cookie: reader.cookie };
  const list = `/api/practices?limit=20&fieldId=${rows[0]?.id}&state=Hessen&sort=most-adopted`;
  const filtered = await measure({ url: BASE_URL, paths: list, headers, connections: 50 });
  addRow({
    group: 'Gute Praxis',
    name: 'Liste: Handlungsfeld + Land, meist übernommen',
    throughput: filtered.requestsPerSecond,
    p50: filtered.p50,
    p95: filtered.p95,
    p99: filtered.p99,
    connections: 50,
    goal: 'p95 < 40 ms',
    pass: filtered.p95 < 40 && filtered.failures === 0,
  });
  const path = '/api/practices/recommendations';
  const single = await measure({ url: BASE_URL, paths: path, headers, connections: 1 });
  addRow({
    group: 'Gute Praxis',
    name: '„Jobcenter wie unseres“ (einzeln)',
    throughput: single.requestsPerSecond,
    p50: single.p50,
    p95: single.p95,
    p99: single.p99,
    connections: 1,
    goal: 'p95 < 60 ms',
    pass: single.p95 < 60 && single.failures === 0,
  });
  const busy = await measure({ url: BASE_URL, paths: path, headers, connections: 50 });
  addRow({
    group: 'Gute Praxis',
    name: '„Jobcenter wie unseres“',
    throughput: busy.requestsPerSecond,
    p50: busy.p50,
    p95: busy.p95,
    p99: busy.p99,
    connections: 50,
    goal: '–',
    pass: null,
  });
  results.details['practices'] = { filtered, recommendationsSingle: single, recommendations: busy };
}
