import type { Draft, Finding } from "../core/types"
import { isSiteId, SITE_IDS } from "../sites/registry"
import { checkerFromSettings, type SettingsChecker } from "../settings/checker"
import type { Settings } from "../settings/schema"
import { layeredSettings } from "./settings"

/**
 * JSON-lines mode: one draft per input line `{ text, site?, account?, settings? }`,
 * one result per output line, in order. A bad line yields `{ "error": … }` on its
 * own output line so the caller can pair results with inputs; it never stops the run.
 */

export interface InputLine {
  draft: Draft
  /** The line's own partial settings, merged over the file's (validated later). */
  settings?: unknown
}

export type OutputLine = { findings: Finding[]; problems?: string[] } | { error: string }

/** Parses one input line (1-based `lineNo` for messages), or explains what is wrong. */
export function parseInputLine(line: string, lineNo: number): InputLine | { error: string } {
  const where = `line ${lineNo}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    return { error: `${where}: not valid JSON (${(e as Error).message})` }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { error: `${where}: expected an object like {"text": "…"}` }
  const v = value as Record<string, unknown>
  if (typeof v.text !== "string") return { error: `${where}: "text" must be a string` }
  const draft: Draft = { text: v.text }
  if (v.site !== undefined) {
    if (!isSiteId(v.site))
      return { error: `${where}: "site" must be one of ${SITE_IDS.join(", ")}` }
    draft.site = v.site
  }
  if (v.account !== undefined) {
    const a = v.account as Record<string, unknown>
    if (typeof a !== "object" || a === null || Array.isArray(a))
      return { error: `${where}: "account" must be an object` }
    for (const k of ["handle", "profile"]) {
      if (a[k] !== undefined && typeof a[k] !== "string")
        return { error: `${where}: "account.${k}" must be a string` }
    }
    draft.account = {}
    if (typeof a.handle === "string") draft.account.handle = a.handle
    if (typeof a.profile === "string") draft.account.profile = a.profile
  }
  if (v.attachments !== undefined) {
    const ok =
      Array.isArray(v.attachments) &&
      v.attachments.every(
        (x: unknown) =>
          typeof x === "object" &&
          x !== null &&
          ["image", "video", "other"].includes((x as { kind?: unknown }).kind as string)
      )
    if (!ok) return { error: `${where}: "attachments" must be a list of { kind, name?, text? }` }
    draft.attachments = v.attachments as Draft["attachments"]
  }
  if (
    v.settings !== undefined &&
    (typeof v.settings !== "object" || v.settings === null || Array.isArray(v.settings))
  )
    return { error: `${where}: "settings" must be an object` }
  return { draft, settings: v.settings }
}

/**
 * Checks every line of `input` against `base` settings (each line's own `settings`
 * merge over them). Blank lines are skipped, so a trailing newline does not produce
 * an error line. Checkers are reused per distinct line settings, which keeps their
 * segment caches useful across lines. Ignored settings values are reported in the
 * line's `problems`.
 */
export function processJsonLines(input: string, base: Settings): OutputLine[] {
  const checkers = new Map<string, { checker: SettingsChecker; problems: string[] }>()
  const checkerFor = (partial: unknown, lineNo: number) => {
    const key = JSON.stringify(partial ?? {})
    let c = checkers.get(key)
    if (!c) {
      const layered = layeredSettings([{ value: partial, where: `line ${lineNo} settings` }], base)
      c = { checker: checkerFromSettings(layered.settings), problems: layered.problems }
      checkers.set(key, c)
    }
    return c
  }
  const out: OutputLine[] = []
  input.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return
    const parsed = parseInputLine(line, i + 1)
    if ("error" in parsed) {
      out.push(parsed)
      return
    }
    try {
      const { checker, problems } = checkerFor(parsed.settings, i + 1)
      const result: OutputLine = { findings: checker.check(parsed.draft).findings }
      const all = [...problems, ...checker.problems.map((p) => `${p.key}: ${p.message}`)]
      if (all.length) result.problems = all
      out.push(result)
    } catch (e) {
      // A rule bug must not take the whole batch down; report it on this line only.
      out.push({ error: `line ${i + 1}: checker failed (${(e as Error).message})` })
    }
  })
  return out
}
