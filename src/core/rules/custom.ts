import { coreText, type CoreLocale } from "../i18n"
import type { RawFinding, Rule } from "../rule"
import { normalize } from "../text/normalize"
import type { CustomRule, SettingsProblem } from "../types"

/**
 * `custom:<id>`: division rules from settings, each a case-insensitive regular
 * expression or a list of words. A pattern that does not compile is reported as
 * a settings problem and skipped; it never throws into the checker.
 */

const MAX_FINDINGS_PER_RULE = 200

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/** Builds the matcher for one custom rule, or explains why it cannot. */
export function compileCustomPattern(rule: CustomRule, locale?: CoreLocale): RegExp | string {
  if (rule.pattern) {
    // Rules see normalised text (accents folded, curly quotes straight), so the
    // pattern is folded the same way: "café" must find "café".
    const source = normalize(rule.pattern).text
    try {
      return new RegExp(source, "giu")
    } catch (e) {
      // Patterns written for plain JavaScript ("\:", "[\w-.]") are invalid in
      // unicode mode only; accept them without it rather than reject the rule.
      try {
        return new RegExp(source, "gi")
      } catch {
        const error = (e as Error).message
        return coreText(locale, "custom.problem.bad-pattern", { id: rule.id, error })
      }
    }
  }
  const words = (rule.words ?? []).map((w) => normalize(w).text.trim()).filter(Boolean)
  if (words.length === 0) return coreText(locale, "custom.problem.empty", { id: rule.id })
  // Words match whole words only ("bus" should not flag "business"); a space in
  // a phrase matches any run of spaces or a line break.
  const alternatives = words.map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+"))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu")
}

export function compileCustomRules(
  customRules: CustomRule[],
  locale?: CoreLocale
): {
  rules: Rule[]
  problems: SettingsProblem[]
} {
  const rules: Rule[] = []
  const problems: SettingsProblem[] = []
  customRules.forEach((c, i) => {
    if (c.enabled === false) return
    const re = compileCustomPattern(c, locale)
    if (typeof re === "string") {
      problems.push({ key: `customRules[${i}]`, message: re })
      return
    }
    const id = `custom:${c.id}` as const
    rules.push({
      id,
      description: c.message,
      // The division's own words (c.message) stay as written; only our citation is translated.
      policyRef: {
        clause: coreText(locale, "custom.clause"),
        quote: coreText(locale, "custom.quote")
      },
      defaultSeverity: c.severity,
      scope: "document",
      check({ text }) {
        const out: RawFinding[] = []
        re.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = re.exec(text)) && out.length < MAX_FINDINGS_PER_RULE) {
          if (m[0].length === 0) {
            re.lastIndex++ // an empty match would loop forever
            continue
          }
          out.push({
            start: m.index,
            end: m.index + m[0].length,
            message: c.message,
            severity: c.severity
          })
        }
        return out
      }
    })
  })
  return { rules, problems }
}
