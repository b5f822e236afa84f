/**
 * The checker's public contract. Pure data: no DOM, no `chrome.*`.
 * Ranges are UTF-16 offsets into the ORIGINAL draft text, end exclusive.
 */

import type { BuiltinRuleId } from "./rules/registry"
import type { SiteId } from "../sites/registry"
import type { HashedNameList } from "./hash/names"

export type Severity = "info" | "warn" | "block"
export type { BuiltinRuleId, SiteId, HashedNameList }

/** Rule ids are public (division policy refers to them): never rename one. */
export type RuleId = BuiltinRuleId | `custom:${string}`

export interface Attachment {
  kind: "image" | "video" | "other"
  /** File name or a label such as "Photo 1"; shown to the teacher, never logged. */
  name?: string
  /** Text read from the image (OCR), checked like the post text. */
  text?: string
  /**
   * Faces found in the photo (boxes only, no identity), in the photo's pixels;
   * absent when detection is off or failed. In memory only.
   */
  faces?: { width: number; height: number; boxes: { x: number; y: number; w: number; h: number }[] }
}

/** The account a draft is posted from, as far as the page and "My accounts" know it. */
export interface DraftAccount {
  handle?: string
  /** Profile text, when the page shows it. */
  profile?: string
  /** From "My accounts": the teacher says the profile identifies them as staff. */
  identifiesAsStaff?: boolean
  /** From "My accounts": the profile already carries the disclaimer. */
  hasDisclaimer?: boolean
}

export interface Draft {
  text: string
  site?: SiteId
  account?: DraftAccount
  attachments?: Attachment[]
}

export interface Fix {
  /** Short button label, e.g. "Keep first name only". */
  label: string
  /** Replace [start, end) of the original text (the finding's range unless `range` says otherwise). */
  replacement?: string
  range?: { start: number; end: number }
  /** Insert text at `insert.at` (an original-text offset; text length = append). */
  insert?: { at: number; text: string }
  /** Advice only: nothing to apply (e.g. "Post after the trip"). */
  advice?: boolean
  /** Blur the faces of attached photo `photo` (attachment index): the page does it, on a copy. */
  blurFaces?: { photo: number }
}

export interface PolicyRef {
  /** Short citation, e.g. "AP 144 — Use of Student Information". */
  clause: string
  /** The clause text the rule enforces, quoted from the procedure. */
  quote: string
}

export interface Finding {
  rule: RuleId
  /** The rule's name for one finding, in the check's language ("Student’s full name"). */
  title: string
  start: number
  end: number
  severity: Severity
  message: string
  policyRef: PolicyRef
  fixes: Fix[]
  /** The matched words as written (for allow-lists and display). */
  match: string
  /** Items listed under the message (the photo checklist). */
  checklist?: string[]
  /**
   * The teacher may dismiss it into their "not a student" list (only rules that
   * read that list say so).
   */
  dismissible?: true
  /**
   * Known for certain, not guessed: the name is on the teacher's class list
   * (matched by its salted hash). The panel says so.
   */
  certain?: true
  /** Where the text came from: the post, or an attached image (by index). */
  source?: { kind: "text" } | { kind: "image"; index: number; name?: string }
}

/** A problem with settings (bad custom pattern, …): reported, never thrown. */
export interface SettingsProblem {
  key: string
  message: string
  /**
   * Found while checking a post (a custom rule over its time budget), not when
   * reading the settings: the site panel shows these, the options page all.
   */
  duringCheck?: true
}

export interface CheckResult {
  findings: Finding[]
  problems: SettingsProblem[]
}

export interface CustomRule {
  id: string
  pattern?: string
  words?: string[]
  message: string
  severity: Severity
  enabled?: boolean
}

export interface RuleSetting {
  enabled: boolean
  severity: Severity
}

/** What the checker reads from the effective settings (src/settings builds it). */
export interface CheckSettings {
  divisionNames: string[]
  schools: string[]
  officialAccounts: { site: SiteId; handle: string }[]
  disclaimerPhrases: string[]
  disclaimerText: string
  consentedNames: string[]
  nonDisclosureNames: string[]
  /** The teacher's class list ("My students"), as salted hashes (core/hash/names.ts). */
  classList?: HashedNameList
  /** A division's non-disclosure list as salted hashes, matched like the class list, first name alone included. */
  nonDisclosureHashed?: HashedNameList
  /** The teacher's own "not a student" / "ignore" list. */
  allowList: string[]
  customRules: CustomRule[]
  rules: Record<string, RuleSetting>
  /** A division may cite its own procedure: overrides a rule's default clause. */
  policyRefs?: Record<string, PolicyRef>
  /** Severities of student-images' per-photo face findings (settings' `faces`). */
  faces?: { closeUp: Severity; group: Severity }
  /** Language of the built-in rules' messages and fix labels (the browser's UI language); English when unset. */
  locale?: "en" | "fr"
}
