// `web-ext lint` (Mozilla's addons-linter, the checks AMO signing runs) on the built
// Firefox extension. Fails on any error, and on any warning or notice that is not
// one of the known library warnings below, each of which was checked by hand:
// a new warning needs a look (and a line here with its reason) before it ships.
//
// Not --self-hosted: that flag only relaxes the `update_url` rule, and the build
// has no update_url (the division's ExtensionSettings policy points at the XPI).
//
// Usage: node scripts/firefox-lint.mjs [build dir]   (default: build/firefox-mv3-prod)
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const dir = resolve(process.argv[2] ?? join(root, "build", "firefox-mv3-prod"))
if (!existsSync(join(dir, "manifest.json"))) {
  console.error(`firefox-lint: no build at ${dir}: run "npm run build" first`)
  process.exit(2)
}

/** [code, file pattern, why it is acceptable] */
const KNOWN = [
  [
    "UNSAFE_VAR_ASSIGNMENT",
    /^(facebook|instagram|x|popup|options)\.[0-9a-f]+\.js$|^tabs\/ocr-host\.[0-9a-f]+\.js$|^generic-content\.js$/,
    "react-dom's setInnerHTML, used only for dangerouslySetInnerHTML, which the project never uses (ESLint bans innerHTML in src/)"
  ],
  [
    "DANGEROUS_EVAL",
    /^ocr\/worker\.min\.js$|^tabs\/ocr-host\.[0-9a-f]+\.js$|^static\/background\/index\.js$/,
    'regenerator-runtime\'s sloppy-mode fallback Function("r", "regeneratorRuntime = r") and webpack\'s Function("return this"): reached only where globalThis is missing; the CSP (no unsafe-eval) would refuse them anyway'
  ],
  [
    "UNSUPPORTED_API",
    /^static\/background\/index\.js$/,
    "offscreen.createDocument / closeDocument: Chrome's OCR host, behind a feature test (src/background/ocr.ts); Firefox reads photos in the background page"
  ]
]

const bin = join(root, "node_modules", "web-ext", "bin", "web-ext.js")
const run = spawnSync(
  process.execPath,
  [bin, "lint", "--source-dir", dir, "--output", "json", "--no-config-discovery"],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
)
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  console.error(`firefox-lint: web-ext lint gave no JSON report\n${run.stdout}\n${run.stderr}`)
  process.exit(2)
}

const unexpected = []
const known = new Map()
for (const kind of ["errors", "warnings", "notices"]) {
  for (const m of report[kind] ?? []) {
    const why =
      kind !== "errors" && KNOWN.find(([code, file]) => code === m.code && file.test(m.file ?? ""))
    if (why) known.set(why, (known.get(why) ?? 0) + 1)
    else unexpected.push(`${kind.slice(0, -1)} ${m.code} ${m.file ?? ""}: ${m.message}`)
  }
}

const s = report.summary
console.log(`web-ext lint ${dir}: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`)
for (const [[code, , why], n] of known) console.log(`  known (${n}× ${code}): ${why}`)
if (unexpected.length) {
  console.error(`firefox-lint: ${unexpected.length} new finding(s):\n  ${unexpected.join("\n  ")}`)
  process.exit(1)
}
console.log("firefox-lint: no errors, no unexpected warnings")
