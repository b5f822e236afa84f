import type { CheckResult, Finding, Fix } from "../core/types"

/**
 * Human-readable output for `npm run check -- "text"`. Shows each finding's line of
 * the draft with the range marked by carets (or by [[ ]] when the range spans
 * lines or the line has characters a terminal draws double-width), then the rule,
 * severity, message, policy clause and the fixes on offer.
 */

const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}]/u
/** Zero-width and variation-selector code points also throw caret columns off. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u200E|\u200F|\u2060|\uFE0F/

/** Terminal columns of narrow text: code points, not counting combining marks. */
const columns = (s: string): number => Array.from(s.replace(/\p{M}/gu, "")).length

/** The draft line holding [start, end), with the range marked. */
export function markRange(text: string, start: number, end: number): string[] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  const nl = text.indexOf("\n", start)
  const lineEnd = nl < 0 ? text.length : nl
  if (end > lineEnd || end <= start) {
    // Multi-line or empty range: bracket it inside an excerpt instead of caret art.
    const from = Math.max(lineStart, start - 60)
    const to = Math.min(text.length, end + 60)
    const excerpt = `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`
    return excerpt.split("\n").map((l) => `  | ${l}`)
  }
  // Long lines: show a window around the range, so the carets stay on screen.
  const from = Math.max(lineStart, start - 60)
  const to = Math.min(lineEnd, end + 60)
  const before = (from > lineStart ? "…" : "") + text.slice(from, start)
  const line = before + text.slice(start, to) + (to < lineEnd ? "…" : "")
  if (WIDE.test(text.slice(from, to)) || INVISIBLE.test(text.slice(from, to))) {
    return [
      `  | ${before}[[${text.slice(start, end)}]]${text.slice(end, to)}${to < lineEnd ? "…" : ""}`
    ]
  }
  const pad = " ".repeat(columns(before))
  const carets = "^".repeat(Math.max(1, columns(text.slice(start, end))))
  return [`  | ${line}`, `  | ${pad}${carets}`]
}

export function describeFix(f: Fix, text: string): string {
  if (f.advice) return `${f.label} (advice)`
  if (f.insert) return `${f.label}: append ${JSON.stringify(f.insert.text)}`
  if (f.replacement !== undefined && f.range) {
    const old = text.slice(f.range.start, f.range.end)
    return `${f.label}: ${JSON.stringify(old)} → ${JSON.stringify(f.replacement)}`
  }
  return f.label
}

export function formatFinding(f: Finding, text: string, n: number): string {
  const where = f.source?.kind === "image" ? ` (in attached image ${f.source.index + 1})` : ""
  const lines = [
    `${n}. ${f.rule} [${f.severity}] at ${f.start}–${f.end}${where}`,
    ...(f.source?.kind === "image" ? [] : markRange(text, f.start, f.end)),
    `   ${f.message}`,
    `   Policy: ${f.policyRef.clause} — “${f.policyRef.quote}”`
  ]
  for (const fix of f.fixes) lines.push(`   Fix: ${describeFix(fix, text)}`)
  return lines.join("\n")
}

export function formatResult(result: CheckResult, text: string): string {
  const out: string[] = []
  for (const p of result.problems) out.push(`Settings problem (${p.key}): ${p.message}`)
  if (result.findings.length === 0)
    out.push("No findings: nothing in this draft goes against the procedures checked.")
  else {
    const n = result.findings.length
    out.push(`${n} finding${n === 1 ? "" : "s"}:`)
    result.findings.forEach((f, i) => out.push("", formatFinding(f, text, i + 1)))
  }
  return out.join("\n")
}
