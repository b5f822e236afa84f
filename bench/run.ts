/**
 * `npm run bench` — runs every bench section and prints one table per section with
 * its budgets. `npm run bench -- checker` (or `ocr`, …) runs only the named ones.
 * A section that cannot run here (e.g. OCR without a build) reports why, as a row.
 * Add a section: export a BenchSection (see section.ts) and list it below.
 */
import { facesSection } from "./faces"
import { ocrSection } from "./ocr"
import type { BenchRow, BenchSection } from "./section"
import { browserSection } from "./sections/browser"
import { bundleSection } from "./sections/bundle"
import { checkerSection } from "./sections/checker"
import { settingsSection } from "./sections/settings"

const sections: Record<string, BenchSection> = {
  checker: checkerSection,
  settings: settingsSection,
  bundle: bundleSection,
  ocr: ocrSection,
  faces: facesSection,
  browser: browserSection
}

function table(rows: BenchRow[]): string {
  const cells = rows.map((r) => [r.name, r.value, r.target, r.status === "info" ? "" : r.status])
  const head = ["measure", "result", "target", ""]
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]): string =>
    c
      .map((x, i) => x.padEnd(w[i]!))
      .join("  ")
      .trimEnd()
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...cells.map(line)].join("\n")
}

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !(n in sections))
  if (unknown.length) {
    process.stderr.write(
      `bench: unknown section ${unknown.join(", ")}; known: ${Object.keys(sections).join(", ")}\n`
    )
    process.exit(2)
  }
  const judged: BenchRow[] = []
  for (const name of names.length ? names : Object.keys(sections)) {
    const s = sections[name]!
    const rows = await s.run()
    judged.push(...rows.filter((r) => r.status !== "info" || r.value.startsWith("not run")))
    process.stdout.write(`\n## ${s.title}\n\n${table(rows)}\n`)
  }
  process.stdout.write(`\n${summary(judged)}\n`)
}

/** One line per run: how many budgets passed, and each one over budget by name. */
function summary(judged: BenchRow[]): string {
  const over = judged.filter((r) => r.status === "OVER")
  const notRun = judged.filter((r) => r.status === "info")
  const passed = judged.length - over.length - notRun.length
  const lines = [`## Budgets: ${passed} of ${judged.length - notRun.length} within target`]
  for (const r of over) lines.push(`- OVER ${r.name}: ${r.value} (target ${r.target})`)
  for (const r of notRun) lines.push(`- ${r.name}: ${r.value}`)
  return lines.join("\n")
}

void main(process.argv.slice(2))
