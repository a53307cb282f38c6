// `npm test`: everything CI checks, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Formatierung', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
  ['Lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']],
  ['Typprüfung', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']],
  ['Unit-Tests', 'npx', ['nx', 'run-many', '-t', 'test', '--outputStyle=static', '--', '--ci']],
  [
    'Werkzeug-Tests',
    process.execPath,
    ['--test', 'tools/oidc-provider/', 'tools/mail-catcher/', 'tools/bundle-budget/'],
  ],
  ['Integrationstests', 'npx', ['jest', '-c', 'backend/jest.integration.config.ts', '--ci']],
  // The frontend's build fails when a bundle budget (gzip) is exceeded.
  ['Build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static']],
  // Two production instances behind a round-robin proxy (needs the build above).
  ['Cluster-Test', 'npx', ['jest', '-c', 'backend/jest.cluster.config.ts', '--ci']],
  // OWASP-ASVS catalogue against the production build (needs the build above), then npm audit.
  ['Sicherheitstests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.security.config.ts']],
  ['Sicherheitsmeldungen (npm audit)', process.execPath, ['tools/security/audit.mjs']],
  ['End-to-End-Tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.some((wanted) => name.toLowerCase().startsWith(wanted.toLowerCase())))
    continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    passed++;
    console.log(`=== ${name}: bestanden (${seconds} s) ===`);
  } else {
    failed++;
    console.log(`=== ${name}: FEHLGESCHLAGEN (${seconds} s) ===`);
    break;
  }
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
