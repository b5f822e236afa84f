/**
 * End-to-end tests: real headless Chromium (/usr/bin/chromium) with the built
 * extension and the replica pages (tests/replicas). One browser at a time.
 * Run with `npm run test:e2e` (builds first); BYP_BUILD_DIR points at another build.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e", "<rootDir>/tests/ocr"],
  testMatch: ["**/*.e2e.test.ts"],
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 60,
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }]
  },
  moduleNameMapper: {
    "^~(.*)$": "<rootDir>/src$1"
  }
}
