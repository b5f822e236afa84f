/**
 * `npm run eval` — runs the real checker over tests/eval/corpus.jsonl and prints
 * per-rule precision/recall against the targets. `--verbose` lists every FP/FN with
 * its post id and surrounding text (synthetic corpus, so printing it is fine);
 * `--json` prints the results as JSON; `--corpus FILE` scores another corpus file.
 * Exits 0 unless the corpus is malformed.
 */
import { readFileSync } from "fs"
import { join, relative } from "path"
import { layeredSettings } from "../../src/cli/settings"
import { createChecker } from "../../src/core/checker"
import type { CheckSettings } from "../../src/core/types"
import { parseCorpus, toDraft } from "./corpus"
import { corpusMix, evaluate, formatMisses, formatTable } from "./evaluate"

const args = process.argv.slice(2)
// `--corpus FILE` scores another file in the same format (e.g. a held-out set that
// rule authors have not seen).
const corpusArg = args.indexOf("--corpus")
const file =
  corpusArg >= 0 && args[corpusArg + 1] ? args[corpusArg + 1]! : join(__dirname, "corpus.jsonl")
const { posts, errors } = parseCorpus(readFileSync(file, "utf8"))

// Each line's settings go through the extension's own resolver; a value it would
// ignore means the line does not test what its labels claim.
const settingsOf = new Map<string, CheckSettings>()
for (const p of posts) {
  const layered = layeredSettings([{ value: p.settings, where: `${p.id} settings` }])
  errors.push(...layered.problems)
  settingsOf.set(p.id, layered.check)
}
if (errors.length) {
  process.stderr.write(`Corpus is malformed:\n${errors.join("\n")}\n`)
  process.exit(1)
}

// A fresh checker per post: every line may carry its own settings.
const result = evaluate(
  posts,
  (p) => createChecker(settingsOf.get(p.id)!).check(toDraft(p)).findings
)

if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ mix: corpusMix(posts), ...result }, null, 2)}\n`)
} else {
  const mix = Object.entries(corpusMix(posts))
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")
  process.stdout.write(
    `Corpus ${relative(process.cwd(), file)}: ${mix}\n\n${formatTable(result)}\n`
  )
  const errorsOnly = result.misses.filter((m) => m.kind !== "RANGE").length
  const inexact = result.misses.length - errorsOnly
  if (args.includes("--verbose") && result.misses.length)
    process.stdout.write(`\n${formatMisses(result.misses)}\n`)
  else if (result.misses.length)
    process.stdout.write(
      `\n${errorsOnly} FP/FN and ${inexact} inexact ranges; run with --verbose to list them.\n`
    )
}
