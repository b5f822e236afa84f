import type * as z from "zod"

/**
 * Turns zod issues into sentences a teacher or an IT admin can act on. Values are
 * echoed only where they cannot be a student's name (enum values, rule ids):
 * these messages are shown on the options page and may end up in a support email.
 */

export type ProblemSource = "user" | "managed"

export const SOURCE_LABEL: Record<ProblemSource, string> = {
  managed: "Division policy",
  user: "Your settings"
}

const EXPECTED: Record<string, string> = {
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a group of settings (an object)",
  number: "a number",
  int: "a whole number"
}

/** "a number", "a list", "nothing (null)", …: what was there instead. */
export function describeValue(v: unknown): string {
  if (v === null) return "nothing (null)"
  if (v === undefined) return "nothing"
  if (Array.isArray(v)) return "a list"
  switch (typeof v) {
    case "string":
      return "text"
    case "boolean":
      return v ? "true" : "false"
    case "number":
      return "a number"
    case "object":
      return "a group of settings"
    default:
      return typeof v
  }
}

/** A short, quoted echo of a value that cannot be personal (an enum value, an id). */
export function echo(v: unknown): string {
  if (typeof v !== "string") return describeValue(v)
  const s = v.length > 30 ? `${v.slice(0, 30)}…` : v
  return `"${s}"`
}

/** `"severity"`, `"words" item 3`: an issue path inside the value being checked. */
export function describePath(path: readonly PropertyKey[]): string {
  let out = ""
  for (const p of path) {
    if (typeof p === "number") out += ` item ${p + 1}`
    else out += out ? ` → "${String(p)}"` : `"${String(p)}"`
  }
  return out.trim()
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

/** The complaint about one issue, without subject: `must be text (got a number)`. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const got = valueAt(root, issue.path)
  if (got === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value"))
    return "is missing"
  switch (issue.code) {
    case "invalid_type":
      return `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${describeValue(got)})`
    case "invalid_value":
      return `must be one of ${issue.values.map(String).join(", ")} (got ${echo(got)})`
    case "too_big":
      return issue.origin === "string"
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : `is too large (at most ${String(issue.maximum)})`
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return "must not be empty"
      return issue.origin === "string"
        ? `is too short (at least ${String(issue.minimum)} characters)`
        : `is too small (at least ${String(issue.minimum)})`
    case "invalid_format":
      // Our regex checks carry their own wording (see the slug in schema.ts).
      return issue.message.startsWith("must")
        ? `${issue.message} (got ${echo(got)})`
        : "has the wrong format"
    default:
      return issue.message
  }
}

/** Prefixes a complaint with where it happened: `"severity" must be …`. */
export function withSubject(issue: z.core.$ZodIssue, root: unknown, skip = 0): string {
  const subject = describePath(issue.path.slice(skip))
  const complaint = describeIssue(issue, root)
  // A custom rule's own message (a regex error) is already a sentence.
  if (issue.code === "custom") return complaint
  return subject ? `${subject} ${complaint}` : complaint
}
