/**
 * Browser tests of the built dashboard against a real API and database (`npm run test:e2e`).
 * One worker: the suite starts its own API, web server and Chromium, and runs its steps in order.
 */
/** @type {import('jest').Config} */
const config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          // The setup imports the API's TypeORM entities: same decorator semantics as tsx and the root jest config.
          transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};

module.exports = config;
