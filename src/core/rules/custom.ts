import { coreText, type CoreLocale } from "../i18n"
import type { RawFinding, Rule } from "../rule"
import { normalize } from "../text/normalize"
import type { CustomRule, Draft, SettingsProblem } from "../types"
import { findUnsafeRegex, MAX_PATTERN_LENGTH } from "./support/regex-safety"

/**
 * `custom:<id>`: division rules from settings, each a case-insensitive regular
 * expression or a list of words. A pattern that does not compile, or whose shape
 * could freeze the check (support/regex-safety.ts), is reported as a settings
 * problem and skipped; it never throws into the checker.
 *
 * Defence in depth for patterns the static guard lets through: a pattern runs
 * on one paragraph at a time (text between blank lines), long paragraphs in
 * overlapping windows of CHUNK_MAX characters, so no single match attempt sees
 * more than that; and a rule whose run on one chunk takes longer than
 * BUDGET_MS is skipped for the rest of that check and reported. `^` and `$`
 * therefore mean the start and end of a paragraph.
 */

const MAX_FINDINGS_PER_RULE = 200
/** Longest text one match attempt sees; a 2,000-character post is two or three windows. */
export const CHUNK_MAX = 1000
/** Windows overlap by this much, so any match up to this long is found whole. */
const CHUNK_OVERLAP = 200
/** One chunk slower than this and the rule sits out the rest of the check. */
export const BUDGET_MS = 50
/** After this many slow checks the rule stays off until the settings change. */
const MAX_STRIKES = 3

export interface CustomRuleOptions {
  /** Milliseconds; performance.now() where it exists (browsers, Node), else Date.now(). */
  now?: () => number
  budgetMs?: number
}

const defaultNow = (): number =>
  typeof performance !== "undefined" && typeof performance.now === "function"
    ? performance.now()
    : Date.now()

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

export type CompiledPattern =
  | { regex: RegExp }
  /** `message` names the rule; `reason` is the same without the rule (for an editor beside the field). */
  | { message: string; reason: string }

/** Builds the matcher for one custom rule, or explains why it cannot be used. */
export function compileCustomRule(rule: CustomRule, locale?: CoreLocale): CompiledPattern {
  const refuse = (reason: string, message?: string): CompiledPattern => ({
    reason,
    message: message ?? coreText(locale, "custom.problem.rule", { id: rule.id, reason })
  })
  if (rule.pattern) {
    // Rules see normalised text (accents folded, curly quotes straight), so the
    // pattern is folded the same way: "café" must find "café".
    const source = normalize(rule.pattern).text
    if (source.length > MAX_PATTERN_LENGTH)
      return refuse(coreText(locale, "custom.reason.too-long", { max: MAX_PATTERN_LENGTH }))
    let regex: RegExp
    try {
      regex = new RegExp(source, "giu")
    } catch (e) {
      // Patterns written for plain JavaScript ("\:", "[\w-.]") are invalid in
      // unicode mode only; accept them without it rather than reject the rule.
      try {
        regex = new RegExp(source, "gi")
      } catch {
        const error = (e as Error).message
        return refuse(
          coreText(locale, "custom.reason.bad-pattern", { error }),
          coreText(locale, "custom.problem.bad-pattern", { id: rule.id, error })
        )
      }
    }
    const unsafe = findUnsafeRegex(source, regex.flags.replace("g", ""))
    if (unsafe)
      return refuse(
        coreText(locale, `custom.reason.${unsafe.kind}`, {
          fragment: unsafe.fragment,
          max: MAX_PATTERN_LENGTH
        })
      )
    return { regex }
  }
  const words = (rule.words ?? []).map((w) => normalize(w).text.trim()).filter(Boolean)
  if (words.length === 0)
    return refuse(
      coreText(locale, "custom.reason.empty"),
      coreText(locale, "custom.problem.empty", { id: rule.id })
    )
  // Words match whole words only ("bus" should not flag "business"); a space in
  // a phrase matches any run of spaces or a line break. Escaped words cannot
  // backtrack badly: the alternation is tried once per position.
  const alternatives = words.map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+"))
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu")
  }
}

/**
 * Where a pattern runs: paragraphs (split at blank lines), long ones cut into
 * windows that end at a space or line break where possible. `keepBefore` is
 * where the next window starts: matches starting there or later belong to it.
 */
export function chunksOf(text: string): { start: number; end: number; keepBefore: number }[] {
  const out: { start: number; end: number; keepBefore: number }[] = []
  const paragraphs = /\n[^\S\n]*\n\s*/g
  let from = 0
  const add = (start: number, end: number) => {
    let s = start
    while (end - s > CHUNK_MAX) {
      const e = breakBefore(text, s + CHUNK_MAX, s + CHUNK_MAX - CHUNK_OVERLAP / 2)
      // The next window starts CHUNK_OVERLAP before this one ends, at a word start.
      const next = breakBefore(text, e - CHUNK_OVERLAP, e - CHUNK_OVERLAP - CHUNK_OVERLAP / 2)
      out.push({ start: s, end: e, keepBefore: next })
      s = next
    }
    if (end > s) out.push({ start: s, end, keepBefore: end })
  }
  let m: RegExpExecArray | null
  while ((m = paragraphs.exec(text))) {
    add(from, m.index)
    from = m.index + m[0].length
  }
  add(from, text.length)
  return out
}

/** The position just after the last whitespace in [floor, at), or `at` when there is none. */
function breakBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (/\s/.test(text[i]!)) return i + 1
  return at
}

export function compileCustomRules(
  customRules: CustomRule[],
  locale?: CoreLocale,
  options: CustomRuleOptions = {}
): {
  rules: Rule[]
  /**
   * Problems found when compiling, plus, while the checker lives, a line for
   * each rule that ran over its time budget (appended in place, so the
   * checker's `problems` and every later result include it).
   */
  problems: SettingsProblem[]
} {
  const now = options.now ?? defaultNow
  const budget = options.budgetMs ?? BUDGET_MS
  const rules: Rule[] = []
  const problems: SettingsProblem[] = []
  customRules.forEach((c, i) => {
    if (c.enabled === false) return
    const compiled = compileCustomRule(c, locale)
    const key = `customRules[${i}]`
    if (!("regex" in compiled)) {
      problems.push({ key, message: compiled.message })
      return
    }
    const re = compiled.regex
    const id = `custom:${c.id}` as const
    let slowIn: Draft | null = null // the check this rule sits out
    let strikes = 0
    const tooSlow = (draft: Draft): void => {
      slowIn = draft
      strikes++
      if (!problems.some((p) => p.key === key))
        problems.push({
          key,
          message: coreText(locale, "custom.problem.slow", { id: c.id, ms: budget }),
          duringCheck: true
        })
    }
    rules.push({
      id,
      // The division's own words (c.message) stay as written; only our title is translated.
      messages: {
        en: { title: coreText("en", "custom.title"), description: c.message },
        fr: { title: coreText("fr", "custom.title"), description: c.message }
      },
      // The division's own words (c.message) stay as written; only our citation is translated.
      policyRef: {
        clause: coreText(locale, "custom.clause"),
        quote: coreText(locale, "custom.quote")
      },
      defaultSeverity: c.severity,
      // Chunked here rather than by the engine, so a match may span the lines of one paragraph.
      scope: "document",
      check({ text, draft }) {
        const out: RawFinding[] = []
        if (slowIn === draft || strikes >= MAX_STRIKES) return out
        let resumeAt = 0 // end of the last match: windows overlap, matches must not
        for (const chunk of chunksOf(text)) {
          if (out.length >= MAX_FINDINGS_PER_RULE) break
          const part = text.slice(chunk.start, chunk.end)
          const started = now()
          re.lastIndex = Math.max(0, resumeAt - chunk.start)
          let m: RegExpExecArray | null
          while ((m = re.exec(part)) && out.length < MAX_FINDINGS_PER_RULE) {
            if (m[0].length === 0) {
              // An empty match would loop forever: step over one whole character. A plain
              // `lastIndex++` is not enough: in unicode mode exec moves an index inside a
              // surrogate pair back to the pair's start, so "a*" looped forever on an emoji.
              const astral = re.unicode && (part.codePointAt(m.index) ?? 0) > 0xffff
              re.lastIndex = m.index + (astral ? 2 : 1)
              continue
            }
            const start = chunk.start + m.index
            if (start >= chunk.keepBefore) break // the next window finds it whole
            resumeAt = start + m[0].length
            out.push({ start, end: resumeAt, message: c.message, severity: c.severity })
          }
          if (now() - started > budget) {
            tooSlow(draft)
            break
          }
        }
        return out
      }
    })
  })
  return { rules, problems }
}
