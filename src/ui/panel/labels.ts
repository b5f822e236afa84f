import type { BuiltinRuleId, Finding, RuleId, Severity } from "../../core/types"
import { t, tn, uiLanguage, type MessageKey } from "../../i18n"

/**
 * Words shown in the panel and the confirm dialog, in the browser's language
 * (locales/<lang>/messages.json; English outside the browser). Never contain draft text.
 */

// Getters: read when rendered, so the words follow the browser's language.
/** Panel and confirm dialog list the most serious first. */
export const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 }

export const SEVERITY_LABEL: Record<Severity, string> = {
  get block() {
    return t("severity_block")
  },
  get warn() {
    return t("severity_warn")
  },
  get info() {
    return t("severity_info")
  }
}

const RULE_TITLE: Record<BuiltinRuleId, MessageKey> = {
  "student-full-name": "panelRule_student_full_name",
  "non-disclosure-name": "panelRule_non_disclosure_name",
  "field-trip-details": "panelRule_field_trip_details",
  "missing-disclaimer": "panelRule_missing_disclaimer",
  "student-images": "panelRule_student_images"
}

export function ruleTitle(rule: RuleId): string {
  const key = (RULE_TITLE as Record<string, MessageKey>)[rule]
  if (key) return t(key)
  return rule.startsWith("custom:") ? t("panelRule_division") : rule
}

/**
 * Which findings the teacher may dismiss into their own allow-list: a name taken
 * for a student's. Not the non-disclosure list (the
 * division keeps it) and not findings about a sentence or the whole post (field
 * trip, disclaimer), where an allow-list entry would mean nothing.
 */
export function ignoreLabel(f: Finding): string | null {
  if (!f.match.trim() || f.match.length > 80 || f.source?.kind === "image") return null
  // Only rules that consult the allow-list: custom rules do not (yet), so an
  // "Ignore" there would come straight back on the next check.
  return f.rule === "student-full-name" ? t("panelNotAStudent") : null
}

export function summary(findings: readonly Finding[]): string {
  if (!findings.length) return t("panelNothing")
  const blocks = findings.filter((f) => f.severity === "block").length
  const what = tn(findings.length, "panelToReviewOne", "panelToReview")
  return blocks ? t("panelWithBlocks", what, blocks) : what
}

/** Between a check's name and the matched words: French puts a space before the colon. */
export function colon(): string {
  return uiLanguage() === "fr" ? " : " : ": "
}
