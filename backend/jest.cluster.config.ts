/**
 * `npm run test:cluster`: two instances of the production build on one embedded PostgreSQL
 * behind a round-robin reverse proxy, with the local OpenID provider and a mail catcher.
 */
export default {
  displayName: 'backend-cluster',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  globalSetup: '<rootDir>/test/cluster/cluster-setup.mjs',
  globalTeardown: '<rootDir>/test/cluster/cluster-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 120000,
};
