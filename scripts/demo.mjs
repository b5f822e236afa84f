#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension, then shows it working in headless Chromium
 * (no display needed) on the replica Facebook, Instagram and X pages: types a sample
 * post, prints what the Before You Post panel shows and where the screenshots are.
 *
 * The browser-driving code is TypeScript shared with the end-to-end tests
 * (tests/e2e/demo-session.ts). It is bundled here with esbuild rather than run
 * through tsx, because tsx's keep-names helper (`__name`) would leak into the
 * functions Playwright sends to the page.
 *
 * Options: --no-build (reuse build/chrome-mv3-prod); BYP_BUILD_DIR=<dir> (another build).
 */
import { execFileSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

import { build } from "esbuild"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" })

run("bash", ["scripts/ensure-chromium.sh"])
if (!process.argv.includes("--no-build") && !process.env.BYP_BUILD_DIR) {
  console.log("Building the extension (npm run build)…")
  run("npm", ["run", "--silent", "build"])
}

const outDir = path.join(root, "artifacts", ".demo")
mkdirSync(outDir, { recursive: true })
const outfile = path.join(outDir, "demo-session.cjs")
await build({
  entryPoints: [path.join(root, "tests", "e2e", "demo-session.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "warning"
})

const { runDemo } = createRequire(import.meta.url)(outfile)
const problems = await runDemo()
process.exitCode = problems ? 1 : 0
