/** Unit tests run in Node; end-to-end tests (tests/e2e) have their own runner. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/build/", "/tests/e2e/", "\\.e2e\\.test\\.ts$"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }]
  },
  transformIgnorePatterns: ["/node_modules/(?!(pify)/)"],
  moduleNameMapper: {
    "^~(.*)$": "<rootDir>/src$1",
    "^webextension-polyfill$": "<rootDir>/tests/doubles/webextension-polyfill.ts"
  }
}
