import { compileCustomRule } from "../../core/rules/custom"
import { normalize, originalSlice } from "../../core/text/normalize"
import type { CustomRule } from "../../core/types"
import { t, uiLanguage } from "../../i18n"
import { customRuleSchema } from "../../settings/schema"

/**
 * What the pattern editor shows while the teacher types: why a rule cannot be
 * used, or what it finds in the sample text. Uses the checker's own compiler,
 * so the preview matches exactly what the checker will flag.
 */
export interface RulePreview {
  /** The first thing wrong with the rule, in a sentence; null when it can be saved. */
  error: string | null
  /** Which field the error is about, for aria-invalid. */
  errorField: "id" | "pattern" | "words" | "message" | null
  /** Matched text as the teacher wrote it, first 20. */
  matches: string[]
  total: number
}

const MAX_SHOWN = 20

export function previewRule(rule: CustomRule, sample: string): RulePreview {
  // In the page's language; the reason leaves out the rule's name (it is beside the field).
  const c = compileCustomRule(rule, uiLanguage())
  if (!("regex" in c)) {
    return {
      error: capitalise(c.reason),
      errorField: rule.pattern ? "pattern" : "words",
      matches: [],
      total: 0
    }
  }
  const parsed = customRuleSchema.safeParse(rule)
  let error: string | null = null
  let errorField: RulePreview["errorField"] = null
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = String(issue.path[0] ?? "id") as RulePreview["errorField"]
    errorField = field
    error = `${fieldName(field)}: ${issue.message}`
  }
  const norm = normalize(sample)
  const matches: string[] = []
  let total = 0
  const compiled = c.regex
  compiled.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = compiled.exec(norm.text)) && total < 1000) {
    if (m[0].length === 0) {
      compiled.lastIndex++
      continue
    }
    total++
    if (matches.length < MAX_SHOWN)
      matches.push(originalSlice(norm, m.index, m.index + m[0].length))
  }
  return { error, errorField, matches, total }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function fieldName(field: RulePreview["errorField"]): string {
  if (field === "id") return t("customIdLabel")
  if (field === "message") return t("customMessageLabel")
  if (field === "pattern") return t("customPatternLabel")
  if (field === "words") return t("customWordsLabel")
  return t("customRuleGeneric")
}
