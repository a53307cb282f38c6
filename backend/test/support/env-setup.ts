// Configuration shared by every integration test file; the database comes per file (test-app.ts).
import { join } from 'node:path';

process.env['SESSION_SECRET'] = 'integration-test-session-secret-0123456789';
// Errors only: an unexpected 500 in CI shows its cause (a flaky one did, without a trace).
process.env['LOG_LEVEL'] = process.env['TEST_LOG_LEVEL'] ?? 'error';
process.env['ASSETS_DIR'] = join(__dirname, '../../src/assets');
process.env['FRONTEND_DIR'] = join(__dirname, 'no-frontend');
process.env['SEED_DEMO_DATA'] = 'false';
// Every test signs in from 127.0.0.1, many within a minute: the limits have their own tests
// (rate-limit.spec.ts, the security suite).
process.env['RATE_LIMIT_SIGN_IN_PER_MINUTE'] = '0';
process.env['RATE_LIMIT_SEARCH_PER_MINUTE'] = '0';
