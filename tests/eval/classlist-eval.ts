/**
 * `npm run eval` (last part) — scores the class list ("My students") on
 * tests/eval/heldout-classlist.jsonl, or `--corpus FILE` in the same format:
 * a first line `{"classList": [...]}` (plain names, hashed with a fresh salt by
 * the CLI's settings path, as the extension's import does), then posts in the
 * corpus format whose expected student-full-name entries carry
 * `"inClassList": true` for listed students.
 *
 * Prints, per `kind` of post and in total only (never individual lines: the set
 * is held out, see README.md):
 * - recall of the inClassList labels by a `certain` finding overlapping them;
 * - wrong "in your class list" findings: certain findings overlapping no
 *   inClassList label;
 * - recall of the other student-full-name labels by any finding (for context).
 * `--json` prints the same numbers as JSON. `--verbose` also lists each missed
 * label and wrong finding, for development sets only: it refuses a held-out file.
 * Exits 1 only on a malformed file (2 on --verbose with a held-out file).
 */
import { readFileSync } from "fs"
import { basename, join, relative } from "path"
import { layeredSettings } from "../../src/cli/settings"
import { checkerFromSettings } from "../../src/settings/checker"
import { nthIndexOf, toDraft, type CorpusPost } from "./corpus"

interface Post extends CorpusPost {
  kind?: string
  expected: (CorpusPost["expected"][number] & { inClassList?: boolean })[]
}

interface Row {
  posts: number
  listed: number
  listedFound: number
  wrongCertain: number
  other: number
  otherFound: number
}

const args = process.argv.slice(2)
const at = args.indexOf("--corpus")
const file = at >= 0 && args[at + 1] ? args[at + 1]! : join(__dirname, "heldout-classlist.jsonl")
const verbose = args.includes("--verbose")
if (verbose && /^heldout/.test(basename(file))) {
  process.stderr.write("--verbose lists lines: not for a held-out set (see README.md).\n")
  process.exit(2)
}
const details: string[] = []
const lines = readFileSync(file, "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim())
const errors: string[] = []
const head = JSON.parse(lines[0] ?? "{}") as { classList?: unknown }
if (!Array.isArray(head.classList)) errors.push("line 1: no classList")
const base = layeredSettings([{ value: { classList: head.classList }, where: "line 1" }])
errors.push(...base.problems)

const rows = new Map<string, Row>()
const row = (k: string): Row => {
  let r = rows.get(k)
  if (!r)
    rows.set(
      k,
      (r = { posts: 0, listed: 0, listedFound: 0, wrongCertain: 0, other: 0, otherFound: 0 })
    )
  return r
}

lines.slice(1).forEach((line, i) => {
  let p: Post
  try {
    p = JSON.parse(line) as Post
  } catch {
    errors.push(`line ${i + 2}: not JSON`)
    return
  }
  const layered = layeredSettings([{ value: p.settings, where: `line ${i + 2}` }], base.settings)
  errors.push(...layered.problems)
  const findings = checkerFromSettings(layered.settings)
    .check(toDraft(p))
    .findings.filter((f) => f.rule === "student-full-name")
  const spans = p.expected
    .filter((e) => e.rule === "student-full-name" && e.match)
    .map((e) => {
      const start = nthIndexOf(p.text, e.match!, e.occurrence ?? 1)
      if (start < 0) errors.push(`line ${i + 2}: match not in text`)
      return { start, end: start + e.match!.length, listed: e.inClassList === true }
    })
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end
  if (verbose) {
    for (const s of spans) {
      const hit = findings.some((f) => (s.listed ? f.certain : true) && overlap(f, s))
      if (!hit)
        details.push(
          `MISS ${s.listed ? "listed" : "other "} ${p.id}: ${p.text.slice(s.start, s.end)}`
        )
    }
    for (const f of findings)
      if (f.certain && !spans.some((s) => s.listed && overlap(f, s)))
        details.push(`WRONG ${p.id}: "${f.match}" in ${JSON.stringify(p.text)}`)
  }
  for (const k of [p.kind ?? "(none)", "TOTAL"]) {
    const r = row(k)
    r.posts++
    for (const s of spans) {
      if (s.listed) {
        r.listed++
        if (findings.some((f) => f.certain && overlap(f, s))) r.listedFound++
      } else {
        r.other++
        if (findings.some((f) => overlap(f, s))) r.otherFound++
      }
    }
    r.wrongCertain += findings.filter(
      (f) => f.certain && !spans.some((s) => s.listed && overlap(f, s))
    ).length
  }
})

if (errors.length) {
  process.stderr.write(`Class-list set is malformed:\n${errors.join("\n")}\n`)
  process.exit(1)
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : "  -  ")
const ordered = [...rows.entries()].sort(([a], [b]) =>
  a === "TOTAL" ? 1 : b === "TOTAL" ? -1 : a.localeCompare(b)
)
if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(Object.fromEntries(ordered), null, 2)}\n`)
} else {
  const out = [
    `Class list ${relative(process.cwd(), file)}: ${(head.classList as unknown[]).length} students`,
    "",
    "kind                  posts  listed recall (found/labels)  wrong 'in your class list'  other names recall",
    ...ordered.map(
      ([k, r]) =>
        `${k.padEnd(20)}  ${String(r.posts).padStart(5)}  ${pct(r.listedFound, r.listed)} (${r.listedFound}/${r.listed})`.padEnd(
          59
        ) +
        `${String(r.wrongCertain).padStart(4)}`.padEnd(28) +
        `${pct(r.otherFound, r.other)} (${r.otherFound}/${r.other})`
    )
  ]
  if (verbose) out.push("", ...details)
  process.stdout.write(`${out.join("\n")}\n`)
}
