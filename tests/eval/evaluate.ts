import type { Finding } from "../../src/core/types"
import { POST_RULES, expectedSpans, isSpanRule, type CorpusPost } from "./corpus"

/**
 * Scores checker findings against the corpus labels. Pure: the caller runs the
 * checker and passes its findings in.
 *
 * Span rules (student-full-name, non-disclosure-name, custom:*): each predicted
 * finding that overlaps a still-unmatched expected span of the same rule is a TP
 * (one prediction per expected span; exact-range TPs are counted apart), any
 * other prediction is an FP, and an expected span nobody overlapped is an FN.
 * Per-post rules (field-trip-details, missing-disclaimer, confidential-student-info,
 * professional-conduct, speaking-for-the-division): flagged-or-not per post.
 */

/** Rows of the table; custom rules are pooled into "custom:*". */
export const ROWS = [
  "student-full-name",
  "non-disclosure-name",
  "field-trip-details",
  "missing-disclaimer",
  "confidential-student-info",
  "professional-conduct",
  "speaking-for-the-division",
  "custom:*"
] as const
export type Row = (typeof ROWS)[number]

export const TARGETS: Record<Row, number> = {
  "student-full-name": 0.95,
  "non-disclosure-name": 1,
  "field-trip-details": 0.9,
  "missing-disclaimer": 1,
  "confidential-student-info": 0.9,
  "professional-conduct": 0.9,
  "speaking-for-the-division": 0.9,
  "custom:*": 1
}

export interface Miss {
  /** RANGE: a TP whose range differs from the expected one (not an error in the counts). */
  kind: "FP" | "FN" | "RANGE"
  row: Row
  rule: string
  postId: string
  /** The text around the range with the range in [[ ]] (per-post rules: the start of the post). */
  context: string
}

export interface RowScore {
  row: Row
  tp: number
  fp: number
  fn: number
  /** Span rows only: TPs whose range equals the expected range exactly. */
  exact?: number
  precision: number
  recall: number
  f1: number
  target: number
  met: boolean
}

export interface EvalResult {
  posts: number
  rows: RowScore[]
  misses: Miss[]
}

const rowOf = (rule: string): Row => (rule.startsWith("custom:") ? "custom:*" : (rule as Row))

export function excerpt(text: string, start: number, end: number, radius = 40): string {
  const from = Math.max(0, start - radius)
  const to = Math.min(text.length, end + radius)
  const s = `${from > 0 ? "…" : ""}${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}${to < text.length ? "…" : ""}`
  return s.replace(/\s*\n\s*/g, " ⏎ ")
}

export function evaluate(
  posts: CorpusPost[],
  findingsOf: (p: CorpusPost) => Finding[]
): EvalResult {
  const counts = new Map<Row, { tp: number; fp: number; fn: number; exact: number }>()
  for (const r of ROWS) counts.set(r, { tp: 0, fp: 0, fn: 0, exact: 0 })
  const misses: Miss[] = []

  for (const post of posts) {
    const found = findingsOf(post).filter((f) => f.source?.kind !== "image")
    const spans = expectedSpans(post)
    const used = new Set<number>()
    for (const f of found.filter((x) => isSpanRule(x.rule))) {
      const c = counts.get(rowOf(f.rule))!
      // Prefer an exact match, then any overlapping expected span not yet used.
      let k = spans.findIndex(
        (s, i) => !used.has(i) && s.rule === f.rule && s.start === f.start && s.end === f.end
      )
      if (k < 0)
        k = spans.findIndex(
          (s, i) => !used.has(i) && s.rule === f.rule && s.start < f.end && f.start < s.end
        )
      if (k >= 0) {
        used.add(k)
        c.tp++
        const s = spans[k]!
        if (s.start === f.start && s.end === f.end) c.exact++
        else
          misses.push({
            kind: "RANGE",
            row: rowOf(f.rule),
            rule: f.rule,
            postId: post.id,
            context: `${excerpt(post.text, f.start, f.end)} (expected "${post.text.slice(s.start, s.end)}")`
          })
      } else {
        c.fp++
        misses.push({
          kind: "FP",
          row: rowOf(f.rule),
          rule: f.rule,
          postId: post.id,
          context: excerpt(post.text, f.start, f.end)
        })
      }
    }
    spans.forEach((s, i) => {
      if (used.has(i)) return
      counts.get(rowOf(s.rule))!.fn++
      misses.push({
        kind: "FN",
        row: rowOf(s.rule),
        rule: s.rule,
        postId: post.id,
        context: excerpt(post.text, s.start, s.end)
      })
    })
    for (const rule of POST_RULES) {
      const c = counts.get(rule)!
      const predicted = found.filter((f) => f.rule === rule)
      const expected = post.expected.some((e) => e.rule === rule)
      if (expected && predicted.length) c.tp++
      else if (predicted.length) {
        c.fp++
        const f = predicted[0]!
        misses.push({
          kind: "FP",
          row: rule,
          rule,
          postId: post.id,
          context: excerpt(post.text, f.start, f.end)
        })
      } else if (expected) {
        c.fn++
        misses.push({
          kind: "FN",
          row: rule,
          rule,
          postId: post.id,
          context: excerpt(post.text, 0, 0, 120)
        })
      }
    }
  }

  const rows = ROWS.map((row): RowScore => {
    const { tp, fp, fn, exact } = counts.get(row)!
    // With nothing predicted (or nothing to find) the ratio is vacuously 1.
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    const target = TARGETS[row]
    const out: RowScore = {
      row,
      tp,
      fp,
      fn,
      precision,
      recall,
      f1,
      target,
      met: precision >= target && recall >= target
    }
    if (!(POST_RULES as readonly string[]).includes(row)) out.exact = exact
    return out
  })
  return { posts: posts.length, rows, misses }
}

/** Corpus make-up: how many posts carry each kind of label (a post can count in several). */
export function corpusMix(posts: CorpusPost[]): Record<string, number> {
  const mix: Record<string, number> = { posts: posts.length, clean: 0 }
  for (const p of posts) {
    if (p.expected.length === 0) mix.clean!++
    for (const row of new Set(p.expected.map((e) => rowOf(e.rule)))) mix[row] = (mix[row] ?? 0) + 1
    if (p.settings?.nonDisclosureNames?.length)
      mix["with nonDisclosureNames"] = (mix["with nonDisclosureNames"] ?? 0) + 1
    if (p.settings?.customRules?.length)
      mix["with customRules"] = (mix["with customRules"] ?? 0) + 1
    if (p.account?.profile) mix["with account.profile"] = (mix["with account.profile"] ?? 0) + 1
  }
  return mix
}

const pct = (x: number): string => x.toFixed(3)

export function formatTable(result: EvalResult): string {
  const head = ["rule", "TP", "FP", "FN", "exact", "precision", "recall", "F1", "target P&R", ""]
  const body = result.rows.map((r) => [
    r.row,
    String(r.tp),
    String(r.fp),
    String(r.fn),
    r.exact === undefined ? "per post" : `${r.exact}/${r.tp}`,
    pct(r.precision),
    pct(r.recall),
    pct(r.f1),
    `≥ ${r.target.toFixed(2)}`,
    r.met ? "ok" : "MISS"
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd()
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")
}

export function formatMisses(misses: Miss[]): string {
  return misses.map((m) => `${m.kind} ${m.rule} ${m.postId}: ${m.context}`).join("\n")
}

/**
 * One line per kind of case and rule, for sets whose posts carry `kind` (and
 * `lang`): "kind roster-order (54 posts: en 30, fr 24)  student-full-name  P 0.95  R 0.88".
 * Only rows the kind's posts touch (a label, a finding) are printed; "" when no post has a kind.
 */
export function formatByKind(
  posts: CorpusPost[],
  findingsOf: (p: CorpusPost) => Finding[]
): string {
  const kinds = [...new Set(posts.map((p) => p.kind).filter((k): k is string => !!k))].sort()
  if (kinds.length === 0) return ""
  const lines = ["By kind (each kind's posts scored on their own):"]
  for (const kind of kinds) {
    const subset = posts.filter((p) => p.kind === kind)
    const langs = [...new Set(subset.map((p) => p.lang ?? "?"))]
      .sort()
      .map((l) => `${l} ${subset.filter((p) => (p.lang ?? "?") === l).length}`)
      .join(", ")
    const head = `kind ${kind} (${subset.length} posts: ${langs})`
    for (const row of evaluate(subset, findingsOf).rows) {
      if (row.tp + row.fp + row.fn === 0) continue
      lines.push(
        `${head.padEnd(48)} ${row.row.padEnd(27)} P ${row.precision.toFixed(3)}  R ${row.recall.toFixed(3)}  (TP ${row.tp}, FP ${row.fp}, FN ${row.fn})`
      )
    }
  }
  return lines.join("\n")
}
