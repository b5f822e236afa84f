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
import { checkerFromSettings, type SettingsChecker } from "../../src/settings/checker"
import { parseCorpus, toDraft } from "./corpus"
import { corpusMix, evaluate, formatByKind, formatMisses, formatTable } from "./evaluate"

const args = process.argv.slice(2)
// `--corpus FILE` scores another file in the same format (e.g. a held-out set that
// rule authors have not seen).
const corpusArg = args.indexOf("--corpus")
const file =
  corpusArg >= 0 && args[corpusArg + 1] ? args[corpusArg + 1]! : join(__dirname, "corpus.jsonl")
const { posts, errors } = parseCorpus(readFileSync(file, "utf8"))

// Each line's settings go through the extension's own resolver; a value it would
// ignore means the line does not test what its labels claim.
// The extension's own settings → checker path (src/settings/checker.ts), "My accounts" included.
const checkerOf = new Map<string, SettingsChecker>()
for (const p of posts) {
  const layered = layeredSettings([{ value: p.settings, where: `${p.id} settings` }])
  errors.push(...layered.problems)
  checkerOf.set(p.id, checkerFromSettings(layered.settings))
}
if (errors.length) {
  process.stderr.write(`Corpus is malformed:\n${errors.join("\n")}\n`)
  process.exit(1)
}

// A checker per post's settings; findings kept so the per-kind lines score the same run.
const findingsOf = new Map(
  posts.map((p) => [p.id, checkerOf.get(p.id)!.check(toDraft(p)).findings])
)
const result = evaluate(posts, (p) => findingsOf.get(p.id)!)

if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ mix: corpusMix(posts), ...result }, null, 2)}\n`)
} else {
  const mix = Object.entries(corpusMix(posts))
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")
  process.stdout.write(
    `Corpus ${relative(process.cwd(), file)}: ${mix}\n\n${formatTable(result)}\n`
  )
  // Sets whose posts say what kind of case they are get one line per kind and rule.
  const byKind = formatByKind(posts, (p) => findingsOf.get(p.id)!)
  if (byKind) process.stdout.write(`\n${byKind}\n`)
  const errorsOnly = result.misses.filter((m) => m.kind !== "RANGE").length
  const inexact = result.misses.length - errorsOnly
  if (args.includes("--verbose") && result.misses.length)
    process.stdout.write(`\n${formatMisses(result.misses)}\n`)
  else if (result.misses.length)
    process.stdout.write(
      `\n${errorsOnly} FP/FN and ${inexact} inexact ranges; run with --verbose to list them.\n`
    )
}
