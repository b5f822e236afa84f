/**
 * `npm run check` — runs the real checker on a draft from the command line.
 * Thin I/O shell: argument parsing, line handling and formatting live in
 * args.ts, json-lines.ts and format.ts (tested without spawning a process).
 */
import { readFileSync } from "fs"
import type { Draft } from "../core/types"
import { checkerFromSettings } from "../settings/checker"
import { defaultSettings } from "../settings/defaults"
import type { Settings } from "../settings/schema"
import { parseArgs, USAGE } from "./args"
import { formatResult } from "./format"
import { processJsonLines } from "./json-lines"
import { layeredSettings } from "./settings"

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n`)
  process.exit(2)
}

function readInput(pathOrDash: string | undefined): string {
  if (pathOrDash === undefined || pathOrDash === "-") return readFileSync(0, "utf8")
  try {
    return readFileSync(pathOrDash, "utf8")
  } catch (e) {
    return fail(`cannot read ${pathOrDash}: ${(e as Error).message}`)
  }
}

/** Reads --settings FILE: unreadable or non-JSON is fatal; values the resolver ignores are warnings. */
function loadSettings(file: string | undefined): Settings {
  if (!file) return defaultSettings
  let raw: string
  try {
    raw = readFileSync(file, "utf8")
  } catch (e) {
    return fail(`cannot read settings file ${file}: ${(e as Error).message}`)
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (e) {
    return fail(`settings file ${file} is not valid JSON: ${(e as Error).message}`)
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(`settings file ${file} must hold a JSON object`)
  const layered = layeredSettings([{ value, where: `settings file ${file}` }])
  for (const p of layered.problems) process.stderr.write(`check: warning: ${p} (ignored)\n`)
  return layered.settings
}

function main(argv: string[]): void {
  const opts = parseArgs(argv)
  if ("error" in opts) fail(`${opts.error}\n${USAGE}`)
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const settings = loadSettings(opts.settingsFile)
  if (opts.json) {
    const lines = processJsonLines(readInput(opts.positional[0]), settings)
    process.stdout.write(lines.map((l) => JSON.stringify(l) + "\n").join(""))
    return
  }
  const text =
    opts.positional.length === 0 || (opts.positional.length === 1 && opts.positional[0] === "-")
      ? readInput("-")
      : opts.positional.join(" ")
  const draft: Draft = { text }
  if (opts.site) draft.site = opts.site
  if (opts.handle !== undefined || opts.profile !== undefined)
    draft.account = { handle: opts.handle, profile: opts.profile }
  const result = checkerFromSettings(settings).check(draft)
  process.stdout.write(`${formatResult(result, text)}\n`)
}

main(process.argv.slice(2))
