import type { PagePolicy } from "../messaging/protocol"
import type { Finding } from "../core/types"

/**
 * What pressing Post should do, from the findings alone. Pure: the gate wires it
 * to events, tests check the table here.
 */
export type GateDecision = "pass" | "confirm" | "confirm-with-ack"

export function decide(findings: readonly Finding[]): GateDecision {
  if (findings.some((f) => f.severity === "block")) return "confirm-with-ack"
  if (findings.some((f) => f.severity === "warn")) return "confirm"
  return "pass"
}

/**
 * Like `decide`, but photos still being read count as something to ask about:
 * their text may hold a name the findings do not show yet.
 */
export function decideWhileReading(findings: readonly Finding[], reading: number): GateDecision {
  const d = decide(findings)
  return d === "pass" && reading > 0 ? "confirm" : d
}

export interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  isComposing?: boolean
}

/** Does this key press send the post, given what the site says about the box? */
export function isPostKey(
  e: KeyLike,
  box: { postsOnEnter: boolean; postsOnModEnter: boolean }
): boolean {
  if (e.key !== "Enter" || e.isComposing || e.altKey) return false
  const mod = e.ctrlKey || e.metaKey
  if (mod) return box.postsOnModEnter || box.postsOnEnter
  return box.postsOnEnter && !e.shiftKey
}

/**
 * May the teacher post with these findings open? False when the division's
 * policy (enforcement.postAnyway) requires a fix for one of the rules involved.
 */
export function postAnywayAllowed(findings: readonly Finding[], policy?: PagePolicy): boolean {
  if (!policy) return true
  return findings
    .filter((f) => f.severity !== "info")
    .every(
      (f) => policy.postAnyway[f.rule.startsWith("custom:") ? "customRules" : f.rule] !== false
    )
}
