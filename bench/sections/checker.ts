import nlp from "compromise"
import datesPlugin from "compromise-dates"
import { spawnSync } from "child_process"
import { cpus, loadavg } from "os"
import { join } from "path"
import { createChecker } from "../../src/core/checker"
import { builtinRules } from "../../src/core/rules/registry"
import { defaultCheckSettings } from "../../src/settings/defaults"
import { buildDraft, editOneChar } from "../drafts"
import type { BenchRow, BenchSection } from "../section"
import { percentile, rng, time, timePair, type Timing } from "../stats"

/**
 * Checker latency: a fresh (uncached) checker per run on 280-, 2,000- and
 * 5,000-character drafts, and a long-lived checker re-checking a 5,000-character
 * draft after one-character edits. Each is timed alternately with a naive
 * compromise pass (`people()` + compromise-dates `dates()`) over the same text.
 */
nlp.plugin(datesPlugin)

type DatesView = { dates(): { json(): unknown[] } }

function naivePass(text: string): number {
  const doc = nlp(text)
  const people = doc.people().json() as unknown[]
  const dates = (doc as unknown as DatesView).dates().json()
  return people.length + dates.length
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0))
const fmt = (t: Timing): string =>
  `p50 ${ms(t.p50)} · p95 ${ms(t.p95)} ms (cpu ${ms(t.cpuP50)} · ${ms(t.cpuP95)}) n=${t.runs}`

export const checkerSection: BenchSection = {
  title: "Checker latency (Node, this machine)",
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [
      {
        name: "machine load (1-min average, before)",
        value: `${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`,
        target: "wall p95 is judged; compare cpu",
        status: "info"
      }
    ]
    let sink = 0 // keeps results alive so nothing is optimised away
    for (const len of [280, 2000, 5000]) {
      const text = buildDraft(len, len)
      const runs = len <= 300 ? 200 : len <= 2000 ? 60 : 30
      // One long-lived checker, as the background keeps, on drafts it has not seen: rules
      // memoise per settings value and sentence (support/memo.ts), so checking one text
      // over and over measured cache hits, not the cost of new text.
      const texts = Array.from({ length: 2 * runs }, (_, i) => buildDraft(len, len * 1000 + i))
      const checker = createChecker({ ...defaultCheckSettings })
      checker.check({ text: buildDraft(len, 1) })
      const [fresh, naive] = timePair(
        (i) => {
          sink += checker.check({ text: texts[i % texts.length]!, site: "facebook" }).findings
            .length
        },
        (i) => {
          sink += naivePass(texts[i % texts.length]!)
        },
        runs
      )
      const budget = len === 280
      const pass = fresh.p95 <= 10 && fresh.p95 <= naive.p95 / 2
      rows.push({
        name: `check ${text.length} chars, new text`,
        value: fmt(fresh),
        target: budget ? "p95 ≤ 10 ms and ≤ ½ naive p95" : "",
        status: budget ? (pass ? "PASS" : "OVER") : "info"
      })
      rows.push({
        name: "  naive people()+dates(), same texts",
        value: fmt(naive),
        target: "",
        status: "info"
      })
    }

    // Where the fresh 5,000-char time goes: each built-in rule alone (plus the
    // engine's normalising and segmenting, which every line below includes).
    const longText = buildDraft(5000, 5000)
    for (const rule of builtinRules) {
      const t = time(() => {
        sink += createChecker({ ...defaultCheckSettings }, [rule]).check({ text: longText })
          .findings.length
      }, 20)
      rows.push({
        name: `  ${rule.id} alone, ${longText.length} chars`,
        value: fmt(t),
        target: "",
        status: "info"
      })
    }

    // Incremental: one long-lived checker; edits accumulate, so only the edited
    // sentence (and document-scope rules) should run again.
    const base = longText
    const checker = createChecker(defaultCheckSettings)
    checker.check({ text: base })
    const next = rng(42)
    let draft = base
    const edits = time(() => {
      draft = editOneChar(draft, next)
      sink += checker.check({ text: draft }).findings.length
    }, 200)
    rows.push({
      name: `re-check ${base.length} chars after a one-char edit`,
      value: fmt(edits),
      target: "p95 ≤ 8 ms",
      status: edits.p95 <= 8 ? "PASS" : "OVER"
    })
    const naive = time(() => {
      draft = editOneChar(draft, next)
      sink += naivePass(draft)
    }, 30)
    rows.push({
      name: "  naive people()+dates(), same edits",
      value: fmt(naive),
      target: "",
      status: "info"
    })
    sink += longDraftRows(rows)
    if (sink < 0) rows.push({ name: "unreachable", value: "", target: "", status: "info" })
    return rows
  }
}

/**
 * The bound for the longest draft the property tests use (issue 6): 100,000
 * characters, realistic or adversarial, checked by a fresh checker. No site takes
 * a post that long (Facebook stops near 63,000), so this is a safety bound, not
 * typing latency: the check must still answer before the Post gate stops waiting
 * for it (GATE_CHECK_TIMEOUT_MS in src/page/gate.ts) and lets the post through.
 */
const LONG = 100_000
const LONG_TARGET_MS = 1500

function longDraftRows(rows: BenchRow[]): number {
  let sink = 0
  const drafts: [string, string][] = [
    ["realistic draft", realisticDraft(LONG)],
    ["adversarial noise (zero-width, emoji, combining, look-alikes)", noiseDraft(LONG)]
  ]
  for (const [label, text] of drafts) {
    // A new settings object per run: rules memoise per settings value (support/memo.ts),
    // and a fresh checker must not answer from a previous run's sentences.
    const t = time(
      () => {
        sink += createChecker({ ...defaultCheckSettings }).check({ text, site: "facebook" })
          .findings.length
      },
      8,
      2
    )
    rows.push({
      name: `check ${text.length} chars, ${label}, fresh checker`,
      value: fmt(t),
      target: `p95 ≤ ${LONG_TARGET_MS} ms`,
      status: t.p95 <= LONG_TARGET_MS ? "PASS" : "OVER"
    })
  }
  const cold = coldChecks(drafts[0]![1], 5)
  rows.push({
    name: `  first check of ${LONG} chars in a new process (service worker just woke)`,
    value: cold ? fmt(cold) : "could not start a child process",
    target: `p95 ≤ ${LONG_TARGET_MS} ms`,
    status: !cold ? "info" : cold.p95 <= LONG_TARGET_MS ? "PASS" : "OVER"
  })
  // What the background does after the first check: one long-lived checker, one-char edits.
  const base = drafts[0]![1]
  const checker = createChecker(defaultCheckSettings)
  checker.check({ text: base })
  const next = rng(7)
  let draft = base
  const edits = time(() => {
    draft = editOneChar(draft, next)
    sink += checker.check({ text: draft }).findings.length
  }, 20)
  rows.push({
    name: `  re-check ${base.length} chars after a one-char edit`,
    value: fmt(edits),
    target: "",
    status: "info"
  })
  return sink
}

/**
 * Corpus posts to `length` characters. The corpus is shorter than that, so later
 * rounds tag each sentence with the round number: no sentence repeats, and a
 * fresh checker cannot answer any of them from its segment cache.
 */
function realisticDraft(length: number): string {
  const parts: string[] = []
  let n = 0
  for (let round = 1; n < length; round++) {
    const d = buildDraft(length, 100 + round)
    const part = round === 1 ? d : d.replace(/([.!?])(?=\s|$)/g, ` #r${round}$1`)
    parts.push(part)
    n += part.length + 2
  }
  return parts.join("\n\n").slice(0, length)
}

// prettier-ignore
const NOISE = [
  "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u00A0", "\u202F", "\u200E", "\u0301", "\u0308\u0327",
  "e\u0301", "👩🏽‍🔬", "👨‍👩‍👧‍👦", "🇨🇦", "❤️", "\uD83D", "а", "о", "Ｅｍｍａ", "𝐄𝐦𝐦𝐚", "مرحبا", "שלום",
  "Em\u200Bma Th\u043Empson", " ", " ", "\n", ". "
]

/** Seeded noise: invisible and combining characters, emoji sequences, look-alikes, RTL. */
function noiseDraft(length: number): string {
  const next = rng(11)
  let out = ""
  while (out.length < length) out += NOISE[Math.floor(next() * NOISE.length)]!
  return out.slice(0, length)
}

/**
 * An MV3 service worker is stopped after about 30 s idle, so the check after a
 * pause in writing can be the first one in a fresh JavaScript heap: nothing
 * compiled, no word caches. Each run is a new Node process that loads the checker,
 * warms it on the rules' warm-up sentences (as CheckerHost.warm does) and times one check.
 */
function coldChecks(text: string, runs: number): Timing | null {
  const root = join(__dirname, "../..")
  const script = `
    const { createChecker } = require(${JSON.stringify(join(root, "src/core/checker.ts"))})
    const { defaultCheckSettings } = require(${JSON.stringify(join(root, "src/settings/defaults.ts"))})
    const text = require("fs").readFileSync(0, "utf8")
    const { builtinRules } = require(${JSON.stringify(join(root, "src/core/rules/registry.ts"))})
    const { warmUpTexts } = require(${JSON.stringify(join(root, "src/core/warm-up.ts"))})
    const checker = createChecker(defaultCheckSettings)
    for (const warm of warmUpTexts(builtinRules)) checker.check({ text: warm })
    const c0 = process.cpuUsage(); const t0 = performance.now()
    checker.check({ text, site: "facebook" })
    const c = process.cpuUsage(c0)
    process.stdout.write(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }))`
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], {
      cwd: root,
      input: text,
      encoding: "utf8"
    })
    if (r.status !== 0) return null
    const m = JSON.parse(r.stdout) as { wall: number; cpu: number }
    wall.push(m.wall)
    cpu.push(m.cpu)
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    runs
  }
}
