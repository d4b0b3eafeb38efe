// The real-browser tests (`npm run test:browser`): Debian's chromium driven by playwright-core
// against `npm start`'s stack, one stack per file. Same transform as jest.config.js; run in band,
// since each file already runs Java, Node and a browser on a small machine.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'browser',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  // Starting DynamoDB Local and the browser takes seconds; a whole flow a minute at worst.
  testTimeout: 120_000,
  slowTestThreshold: 60,
};
