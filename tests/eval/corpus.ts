import type { Draft, RuleId, SiteId } from "../../src/core/types"

/**
 * The labelled evaluation corpus (corpus.jsonl): its line format, loading and
 * validation. Pure — the caller reads the file. See README.md for the labelling rules.
 */

export const SPAN_RULES = ["student-full-name", "non-disclosure-name"] as const
export const POST_RULES = [
  "field-trip-details",
  "missing-disclaimer",
  "confidential-student-info",
  "professional-conduct",
  "speaking-for-the-division"
] as const

export interface ExpectedLabel {
  rule: RuleId
  /** Span rules: the exact expected substring… */
  match?: string
  /** …and which occurrence of it in the text (1-based, default 1). */
  occurrence?: number
}

/** Partial settings, merged over the defaults by the real settings resolver. */
export interface CorpusSettings {
  nonDisclosureNames?: string[]
  customRules?: { id: string }[]
  [key: string]: unknown
}

export interface CorpusPost {
  id: string
  text: string
  site?: SiteId
  account?: { handle?: string; profile?: string }
  settings?: CorpusSettings
  expected: ExpectedLabel[]
  /** Held-out sets only: the post's language and what kind of case it is (not scored). */
  lang?: string
  kind?: string
}

export interface ExpectedSpan {
  rule: RuleId
  start: number
  end: number
}

/** A span rule is scored per range; the others once per post. */
export function isSpanRule(rule: string): boolean {
  return (SPAN_RULES as readonly string[]).includes(rule) || rule.startsWith("custom:")
}

export function toDraft(p: CorpusPost): Draft {
  const d: Draft = { text: p.text }
  if (p.site) d.site = p.site
  if (p.account) d.account = p.account
  return d
}

/** Start offset of the n-th (1-based) occurrence of `needle`, or -1. */
export function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) return -1
  }
  return at
}

export function expectedSpans(p: CorpusPost): ExpectedSpan[] {
  return p.expected
    .filter((e) => isSpanRule(e.rule) && e.match)
    .map((e) => {
      const start = nthIndexOf(p.text, e.match!, e.occurrence ?? 1)
      return { rule: e.rule, start, end: start + e.match!.length }
    })
}

/** Parses corpus.jsonl; every problem found is returned (with its line), none thrown. */
export function parseCorpus(source: string): { posts: CorpusPost[]; errors: string[] } {
  const posts: CorpusPost[] = []
  const errors: string[] = []
  const ids = new Set<string>()
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return
    const where = `corpus line ${i + 1}`
    let v: CorpusPost
    try {
      v = JSON.parse(line) as CorpusPost
    } catch (e) {
      errors.push(`${where}: not JSON (${(e as Error).message})`)
      return
    }
    const problems = validatePost(v)
    if (!problems.length && ids.has(v.id)) problems.push(`duplicate id ${v.id}`)
    if (problems.length) errors.push(...problems.map((p) => `${where} (${v?.id ?? "?"}): ${p}`))
    else {
      ids.add(v.id)
      posts.push(v)
    }
  })
  return { posts, errors }
}

function validatePost(v: CorpusPost): string[] {
  const out: string[] = []
  if (typeof v !== "object" || v === null) return ["not an object"]
  if (typeof v.id !== "string" || !v.id) out.push("missing id")
  if (typeof v.text !== "string" || !v.text) out.push("missing text")
  if (v.site !== undefined && !["facebook", "instagram", "x"].includes(v.site))
    out.push(`unknown site ${v.site}`)
  if (v.lang !== undefined && typeof v.lang !== "string") out.push("lang must be a string")
  if (v.kind !== undefined && typeof v.kind !== "string") out.push("kind must be a string")
  if (!Array.isArray(v.expected)) return [...out, "expected must be a list"]
  const customIds = new Set((v.settings?.customRules ?? []).map((c) => `custom:${c.id}`))
  const seenPostRules = new Set<string>()
  for (const e of v.expected) {
    const known =
      (SPAN_RULES as readonly string[]).includes(e.rule) ||
      (POST_RULES as readonly string[]).includes(e.rule) ||
      customIds.has(e.rule)
    if (!known) out.push(`unknown rule ${e.rule}`)
    if (isSpanRule(e.rule)) {
      if (typeof e.match !== "string" || !e.match) out.push(`${e.rule} needs a match`)
      else if (typeof v.text === "string" && nthIndexOf(v.text, e.match, e.occurrence ?? 1) < 0)
        out.push(`match "${e.match}" (occurrence ${e.occurrence ?? 1}) not in text`)
    } else {
      if (e.match !== undefined) out.push(`${e.rule} is scored per post: no match`)
      if (seenPostRules.has(e.rule)) out.push(`${e.rule} listed twice`)
      seenPostRules.add(e.rule)
    }
  }
  const spans = expectedSpans(v).map((s) => `${s.rule}@${s.start}`)
  if (new Set(spans).size !== spans.length) out.push("the same span is labelled twice")
  return out
}
