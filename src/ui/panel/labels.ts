import type { Finding, Severity } from "../../core/types"
import { t, tn, uiLanguage } from "../../i18n"

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

/**
 * Which findings the teacher may dismiss into their own allow-list: a name taken
 * for a student's. The rule says so (`dismissible`, core/rule.ts): only rules that
 * consult the allow-list, else the finding would come straight back. Not for
 * text read from a photo, nor for long matches where an entry would mean nothing.
 */
export function ignoreLabel(f: Finding): string | null {
  if (!f.match.trim() || f.match.length > 80 || f.source?.kind === "image") return null
  return f.dismissible ? t("panelNotAStudent") : null
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
