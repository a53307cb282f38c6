/**
 * Integration tests: the real Nest app against a real (embedded) PostgreSQL and the local
 * OpenID provider. Global setup starts both once; each test file gets a fresh database.
 */
export default {
  displayName: 'backend-integration',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  setupFiles: ['<rootDir>/test/support/env-setup.ts'],
  maxWorkers: 2,
  // Set-ups start an app, migrate a fresh database and sign in several people: slow on a busy 2-core box.
  testTimeout: 60000,
};
