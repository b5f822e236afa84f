import type { CheckResult, Draft } from "../core/types"

/**
 * Messages between the content scripts and the background. The page never sees
 * settings lists (consent, non-disclosure names): it sends the draft and gets
 * findings back.
 */
export type CountKey = "shown" | "fixed" | "postedAnyway"

export type BypMessage =
  | { type: "byp:check"; draft: Draft }
  | { type: "byp:allow"; text: string }
  | { type: "byp:count"; key: CountKey; by?: number }
  /** A compose box got focus: load settings and the checker before the first check. */
  | { type: "byp:warm" }

/**
 * What the page may know of the settings: switches only, never lists or names.
 * `postAnyway[rule]` false means the division requires a fix before posting
 * (key "customRules" for every custom rule).
 */
export interface PagePolicy {
  enabled: boolean
  postAnyway: Record<string, boolean>
}

export interface CheckReply extends CheckResult {
  policy?: PagePolicy
}

export type BypReply<M extends BypMessage> = M extends { type: "byp:check" }
  ? CheckReply
  : { ok: true }

export const COUNT_KEYS: readonly CountKey[] = ["shown", "fixed", "postedAnyway"]

export function isBypMessage(m: unknown): m is BypMessage {
  if (!m || typeof m !== "object") return false
  const msg = m as Record<string, unknown>
  switch (msg.type) {
    case "byp:check":
      return !!msg.draft && typeof (msg.draft as Draft).text === "string"
    case "byp:allow":
      return typeof msg.text === "string" && msg.text.trim().length > 0
    case "byp:count":
      return COUNT_KEYS.includes(msg.key as CountKey)
    case "byp:warm":
      return true
    default:
      return false
  }
}
