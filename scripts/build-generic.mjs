// Bundles the generic content script (src/sites/generic/content.ts) into each
// built extension as `generic-content.js`, after `plasmo build`. Plasmo cannot
// build it: a Plasmo content script without `matches` is declared for
// <all_urls>, while this one runs only where the background registers it at run
// time (scripting.registerContentScripts, for the division's `extraSites`).
//
// Usage: node scripts/build-generic.mjs [build dir …]   (default: every build/* with a manifest)
import { existsSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

import { build } from "esbuild"

export const GENERIC_SCRIPT = "generic-content.js"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const targets = process.argv.slice(2)
const dirs = targets.length
  ? targets
  : readdirSync(join(root, "build"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(root, "build", e.name, "manifest.json")))
      .map((e) => join(root, "build", e.name))

for (const dir of dirs) {
  await build({
    entryPoints: [join(root, "src/sites/generic/content.ts")],
    outfile: join(dir, GENERIC_SCRIPT),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: dir.includes("firefox") ? "firefox128" : "chrome120",
    jsx: "automatic",
    tsconfig: join(root, "tsconfig.json"),
    alias: {
      zod: join(root, "node_modules/zod/index.cjs"),
      obscenity: join(root, "node_modules/obscenity/dist/index.js")
    },
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    logLevel: "warning"
  })
  console.log(`${dir}/${GENERIC_SCRIPT}`)
}
