/**
 * The Firefox build in real headless Firefox (firefox-esr + puppeteer-core over
 * WebDriver BiDi): the e2e settings (one browser at a time, long timeouts) with
 * this folder's tests. Run with `npm run test:firefox` (after `npm run build`);
 * BYP_FIREFOX_BUILD_DIR points at another build, BYP_FIREFOX at another Firefox binary.
 */
const e2e = require("../../jest.e2e.config.js")

/** @type {import('jest').Config} */
module.exports = {
  ...e2e,
  rootDir: "../..",
  roots: ["<rootDir>/tests/firefox"]
}
