import type * as z from "zod"
import { compileCustomRule } from "../core/rules/custom"
import type { CustomRule } from "../core/types"
import { quoted, settingsText, type SettingsLocale, type SettingsTextId } from "./text"

/**
 * Turns zod issues into sentences a teacher or an IT admin can act on, in the
 * options page's language (text.ts). Values are echoed only where they cannot be
 * a student's name (enum values, rule ids): these messages are shown on the
 * options page and may end up in a support email.
 */

export type ProblemSource = "user" | "managed"

/** "Division policy" / "Your settings": who set the value a problem is about. */
export function sourceLabel(source: ProblemSource, locale?: SettingsLocale): string {
  return settingsText(locale, `source.${source}`)
}

const EXPECTED = new Set(["string", "boolean", "array", "object", "number", "int"])

/** "a number", "a list", "nothing (null)", …: what was there instead. */
export function describeValue(v: unknown, locale?: SettingsLocale): string {
  const say = (id: SettingsTextId) => settingsText(locale, id)
  if (v === null) return say("value.null")
  if (v === undefined) return say("value.nothing")
  if (Array.isArray(v)) return say("value.list")
  switch (typeof v) {
    case "string":
      return say("value.text")
    case "boolean":
      return say(v ? "value.true" : "value.false")
    case "number":
      return say("value.number")
    case "object":
      return say("value.object")
    default:
      return typeof v
  }
}

/** A short, quoted echo of a value that cannot be personal (an enum value, an id). */
export function echo(v: unknown, locale?: SettingsLocale): string {
  if (typeof v !== "string") return describeValue(v, locale)
  const s = v.length > 30 ? `${v.slice(0, 30)}…` : v
  return quoted(locale, s)
}

/** `"severity"`, `"words" item 3`: an issue path inside the value being checked. */
export function describePath(path: readonly PropertyKey[], locale?: SettingsLocale): string {
  let out = ""
  for (const p of path) {
    if (typeof p === "number") out += ` ${settingsText(locale, "path.item", { n: p + 1 })}`
    else out += out ? ` → ${quoted(locale, String(p))}` : quoted(locale, String(p))
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
export function describeIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
  locale?: SettingsLocale
): string {
  const say = (id: SettingsTextId, params?: Record<string, string | number>) =>
    settingsText(locale, id, params)
  const got = valueAt(root, issue.path)
  if (got === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value"))
    return say("issue.missing")
  switch (issue.code) {
    case "invalid_type":
      return say("issue.type", {
        expected: EXPECTED.has(issue.expected)
          ? say(`expected.${issue.expected}` as SettingsTextId)
          : issue.expected,
        got: describeValue(got, locale)
      })
    case "invalid_value":
      return say("issue.enum", {
        values: issue.values.map(String).join(", "),
        got: echo(got, locale)
      })
    case "too_big":
      return issue.origin === "string"
        ? say("issue.too-long", { max: String(issue.maximum) })
        : say("issue.too-large", { max: String(issue.maximum) })
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return say("issue.empty")
      return issue.origin === "string"
        ? say("issue.too-short", { min: String(issue.minimum) })
        : say("issue.too-small", { min: String(issue.minimum) })
    case "invalid_format":
      // Our regex checks carry their own wording (see the slug in schema.ts).
      return issue.message.startsWith("must")
        ? `${say("issue.slug")} ${say("got", { got: echo(got, locale) })}`
        : say("issue.format")
    case "custom":
      return customIssue(issue, locale)
    default:
      return issue.message
  }
}

/**
 * Our own checks (schema.ts) say which text they need in `params`; the message
 * zod carries is the English fallback.
 */
function customIssue(issue: z.core.$ZodIssueCustom, locale?: SettingsLocale): string {
  const params = issue.params as
    | { text?: string; id?: string; rule?: CustomRule; pattern?: string; problem?: string }
    | undefined
  if (params?.text === "match-pattern")
    return settingsText(
      locale,
      params.problem === "all-hosts" ? "issue.pattern-all-hosts" : "issue.match-pattern",
      { pattern: params.pattern ?? "" }
    )
  if (params?.text === "duplicate-id")
    return settingsText(locale, "issue.duplicate-id", { id: params.id ?? "" })
  if (params?.text === "custom-rule" && params.rule) {
    const c = compileCustomRule(params.rule, locale)
    if (!("regex" in c)) return c.reason.replace(/\.$/, "")
  }
  return issue.message
}

/** Prefixes a complaint with where it happened: `"severity" must be …`. */
export function withSubject(
  issue: z.core.$ZodIssue,
  root: unknown,
  skip = 0,
  locale?: SettingsLocale
): string {
  const subject = describePath(issue.path.slice(skip), locale)
  const complaint = describeIssue(issue, root, locale)
  // A custom rule's own message (a regex error) is already a sentence.
  if (issue.code === "custom") return complaint
  return subject ? `${subject} ${complaint}` : complaint
}
