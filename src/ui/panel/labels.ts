import type { Finding, RuleId, Severity } from "../../core/types"

/** Words shown in the panel and the confirm dialog. Never contain draft text. */

export const SEVERITY_LABEL: Record<Severity, string> = {
  block: "Must fix",
  warn: "Warning",
  info: "Note"
}

const RULE_TITLE: Record<string, string> = {
  "student-full-name": "Student's full name",
  "non-disclosure-name": "Student on the non-disclosure list",
  "field-trip-details": "Field trip details",
  "missing-disclaimer": "Personal-views disclaimer"
}

export function ruleTitle(rule: RuleId): string {
  return RULE_TITLE[rule] ?? (rule.startsWith("custom:") ? "Division rule" : rule)
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
  return f.rule === "student-full-name" ? "Not a student" : null
}

export function summary(findings: readonly Finding[]): string {
  if (!findings.length) return "Checked: nothing to review"
  const blocks = findings.filter((f) => f.severity === "block").length
  const n = findings.length
  const what = `${n} thing${n === 1 ? "" : "s"} to review`
  return blocks ? `${what} (${blocks} must be fixed)` : what
}
