import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkBudgets } from './bundle-budget.mjs';

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-budget-'));
});
after(() => rm(dir, { recursive: true, force: true }));

async function app(files) {
  await writeFile(
    join(dir, 'index.html'),
    '<html><head><link rel="modulepreload" href="chunk-a.js"></head>' +
      '<body><script src="main.js" type="module"></script></body></html>',
  );
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
}

test('counts main and what it imports statically as initial, dynamic imports as lazy', async () => {
  await app({
    'main.js': `import{a as b}from"./chunk-a.js";const l=()=>import("./chunk-lazy.js");${'a'.repeat(5000)}`,
    'chunk-a.js': `import"./chunk-b.js";${'b'.repeat(5000)}`,
    'chunk-b.js': 'export const b=1;',
    'chunk-lazy.js': 'c'.repeat(100),
  });
  const result = await checkBudgets(dir);
  assert.equal(result.violations.length, 0);
  assert.deepEqual(result.initial, ['chunk-a.js', 'chunk-b.js', 'main.js']);
  assert.equal(result.largestLazy.name, 'chunk-lazy.js');
  assert.ok(result.initialBytes > 0 && result.initialBytes < 1000, 'repetitive text compresses well');
});

test('reports an initial bundle and a lazy chunk over budget (incompressible bytes)', async () => {
  await app({
    'main.js': `import"./chunk-a.js";${randomBytes(200_000).toString('latin1')}`,
    'chunk-a.js': randomBytes(100_000).toString('latin1'),
    'chunk-lazy.js': randomBytes(160_000).toString('latin1'),
  });
  const result = await checkBudgets(dir);
  assert.equal(result.violations.length, 2);
  assert.match(result.violations[0], /^Initiales JavaScript/);
  assert.match(result.violations[1], /^Nachgeladener Teil chunk-lazy\.js/);
});
