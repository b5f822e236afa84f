import * as z from "zod"
import { describeIssue, withSubject } from "./messages"
import { quoted, settingsText, type SettingsLocale } from "./text"

/**
 * Validates ONE setting value with its zod schema. Lists are checked item by
 * item so a single bad item is dropped instead of the whole list; an over-long
 * list is cut to its limit. Messages have no source prefix and no final period
 * (resolve.ts adds both), and are in `locale` (text.ts; English by default).
 */

export interface ItemProblem {
  key: string
  message: string
  level: "error" | "info"
}

export interface Accepted {
  ok: boolean
  value?: unknown
  /** Why the whole value was refused (when !ok). */
  problem?: string
  /** Dropped or trimmed parts of a value that was otherwise kept. */
  itemProblems: ItemProblem[]
}

/** Passes over a list: one per kind of fault (too long, bad items, duplicates) is plenty. */
const MAX_PASSES = 5

export function acceptValue(
  schema: z.ZodType,
  raw: unknown,
  dotted: string,
  locale?: SettingsLocale
): Accepted {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema
  if (inner instanceof z.ZodArray && Array.isArray(raw))
    return acceptList(inner, raw, dotted, locale)
  const r = schema.safeParse(raw)
  if (r.success) return { ok: true, value: r.data, itemProblems: [] }
  const issue = r.error.issues[0]!
  const key = quoted(locale, dotted)
  const problem = issue.path.length
    ? settingsText(locale, "colon", {
        subject: key,
        rest: withSubject(issue, raw, 0, locale)
      })
    : `${key} ${describeIssue(issue, raw, locale)}`
  return { ok: false, problem, itemProblems: [] }
}

function acceptList(
  schema: z.ZodArray,
  raw: unknown[],
  dotted: string,
  locale?: SettingsLocale
): Accepted {
  const key = quoted(locale, dotted)
  const itemProblems: ItemProblem[] = []
  // Original positions, so messages count items the way the admin wrote them.
  let entries = raw.map((value, index) => ({ value, index }))
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const values = entries.map((e) => e.value)
    const r = schema.safeParse(values)
    if (r.success) {
      reportUnknownFields(schema, entries, dotted, itemProblems, locale)
      if (raw.length > 0 && entries.length === 0)
        return {
          ok: false,
          problem: settingsText(locale, "list.no-usable-item", { key }),
          itemProblems
        }
      return { ok: true, value: r.data, itemProblems }
    }
    const whole = r.error.issues.find((i) => i.path.length === 0)
    if (whole?.code === "too_big") {
      const max = Number(whole.maximum)
      itemProblems.push({
        key: dotted,
        level: "error",
        message: settingsText(locale, "list.cut", { key, count: entries.length, max })
      })
      entries = entries.slice(0, max)
      continue
    }
    if (whole)
      return {
        ok: false,
        problem: `${key} ${describeIssue(whole, values, locale)}`,
        itemProblems
      }
    const bad = new Map<number, z.core.$ZodIssue>()
    for (const issue of r.error.issues) {
      const i = issue.path[0]
      if (typeof i === "number" && !bad.has(i)) bad.set(i, issue)
    }
    if (bad.size === 0) break // cannot happen with our schemas; refuse rather than loop
    for (const [i, issue] of bad) {
      const entry = entries[i]!
      itemProblems.push({
        key: `${dotted}[${entry.index}]`,
        level: "error",
        message: `${itemLabel(dotted, entry, locale)}${itemComplaint(issue, values, locale)}; ${dropped(dotted, locale)}`
      })
    }
    entries = entries.filter((_, i) => !bad.has(i))
  }
  return { ok: false, problem: settingsText(locale, "list.unreadable", { key }), itemProblems }
}

function itemLabel(
  dotted: string,
  entry: { value: unknown; index: number },
  locale?: SettingsLocale
): string {
  const id = (entry.value as { id?: unknown } | null)?.id
  const where = settingsText(locale, "list.item", {
    key: quoted(locale, dotted),
    n: entry.index + 1
  })
  return dotted === "customRules" && typeof id === "string" && /^[a-z0-9-]{1,40}$/.test(id)
    ? settingsText(locale, "list.custom-rule", { id, where })
    : where
}

function itemComplaint(
  issue: z.core.$ZodIssue,
  values: unknown[],
  locale?: SettingsLocale
): string {
  // The item itself is wrong (`item 3 must be text`) or a field inside it (`item 3: "severity" …`).
  if (issue.path.length === 1) return ` ${describeIssue(issue, values, locale)}`
  // "x: y" with the subject left out: keep only the separator the locale puts after it.
  const colon = settingsText(locale, "colon", { subject: "", rest: "" })
  return `${colon}${withSubject(issue, values, 1, locale)}`
}

function dropped(dotted: string, locale?: SettingsLocale): string {
  if (dotted === "customRules") return settingsText(locale, "list.rule-ignored")
  if (dotted === "officialAccounts") return settingsText(locale, "list.account-ignored")
  return settingsText(locale, "list.item-ignored")
}

/** Items are plain objects whose unknown fields zod strips silently; say so once per field. */
function reportUnknownFields(
  schema: z.ZodArray,
  entries: { value: unknown; index: number }[],
  dotted: string,
  out: ItemProblem[],
  locale?: SettingsLocale
): void {
  const element = schema.element
  if (!(element instanceof z.ZodObject)) return
  const known = Object.keys(element.shape)
  for (const { value, index } of entries) {
    for (const key of Object.keys(value as object)) {
      if (known.includes(key)) continue
      const guess = suggestKey(key, known)
      const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
      out.push({
        key: `${dotted}[${index}].${key}`,
        level: "info",
        message: settingsText(locale, "list.unknown-field", {
          key: quoted(locale, dotted),
          n: index + 1,
          field: shown,
          guess: guess ? settingsText(locale, "guess", { key: guess }) : ""
        })
      })
    }
  }
}

/** "division_names", "DivisionNames" → "divisionNames": catches the usual spelling slips. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "")
  const k = fold(key)
  return k ? known.find((c) => fold(c) === k) : undefined
}
