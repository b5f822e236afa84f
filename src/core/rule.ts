import type { CheckSettings, Draft, PolicyRef, RuleId, Severity } from "./types"

/**
 * How a rule plugs into the engine. One rule per file under `rules/`, file name =
 * rule id. Rules see NORMALISED text (see text/normalize.ts) and report offsets
 * relative to the text they were given; the engine maps them to the original.
 */

/** A fix as a rule states it, in the coordinates of the text the rule was given. */
export interface RawFix {
  label: string
  /** Replace `range` (default: the finding) with this literal text. */
  replacement?: string
  /**
   * Replace `range` (default: the finding) with the ORIGINAL text behind this
   * sub-range, e.g. "keep the first name" keeps "Zoë" with its accent even
   * though the rule matched the folded "Zoe".
   */
  keep?: { start: number; end: number }
  range?: { start: number; end: number }
  /** Append this text to the end of the draft. */
  append?: string
  advice?: boolean
}

export interface RawFinding {
  start: number
  end: number
  message: string
  fixes?: RawFix[]
  /** Override the rule's effective severity (rarely: custom rules carry their own). */
  severity?: Severity
  /** Rule id override, for the custom-rule runner that reports `custom:<id>`. */
  rule?: RuleId
  policyRef?: PolicyRef
}

export interface RuleInput {
  /** Normalised text of the unit being checked (a sentence, a paragraph or the whole draft). */
  text: string
  /** The draft as the teacher wrote it (account, site, original text), for context beyond the unit. */
  draft: Draft
  settings: CheckSettings
}

export interface Rule {
  id: RuleId
  description: string
  policyRef: PolicyRef
  defaultSeverity: Severity
  /**
   * What text the rule is given. "sentence" and "paragraph" results are cached by
   * the segment's original text (and the settings), so a one-character edit re-runs
   * only the segment that changed; "document" rules run on every check and must be cheap.
   */
  scope: "sentence" | "paragraph" | "document"
  /** False for rules about the post itself (e.g. the disclaimer) that make no sense on text read from a photo. */
  appliesToImages?: boolean
  check(input: RuleInput): RawFinding[]
}
