import * as z from "zod"
import { acceptValue, suggestKey, type Accepted } from "./accept"
import { describeValue, sourceLabel, type ProblemSource } from "./messages"
import { settingsSchema, type Settings } from "./schema"
import { isPlainObject, unwrapAdminConsole } from "./storage"
import { settingsText, type SettingsLocale } from "./text"

/**
 * Builds the effective settings from three layers: managed policy > the
 * teacher's own settings > defaults. Pure and total: it never throws, and one bad
 * key (or one bad list item) never costs the others.
 *
 * - Objects such as `rules`, `sites` and `enforcement` merge field by field, so a
 *   policy can set one rule's severity and leave the rest to the teacher.
 * - Lists replace the layer below as a whole; bad items are dropped and reported.
 *   A list whose every item is bad counts as a bad value (an admin's typo must
 *   not wipe the division names).
 * - A value that policy sets (and that passes validation) is locked: `locks`
 *   holds its dotted path, e.g. "rules.student-full-name.severity".
 * - A bad managed value is ignored, as Chrome itself would: the teacher's value
 *   or the default applies, and it is not locked.
 * - Problems are worded in `locale` (text.ts): the options page passes its UI
 *   language; everything else gets English.
 */

export interface SettingsIssue {
  source: ProblemSource
  /** Dotted path of the setting: "disclaimerText", "rules.x.severity", "customRules[2]"; "" = all. */
  key: string
  message: string
  /** "info": nothing was lost (an unknown key); "error": a value was ignored. */
  level: "error" | "info"
}

export interface Resolved {
  effective: Settings
  /** Dotted paths set by policy, sorted. See isLocked(). */
  locks: string[]
  problems: SettingsIssue[]
}

interface Layer {
  source: ProblemSource
  value: Record<string, unknown> | undefined
}

interface Ctx {
  locks: Set<string>
  problems: SettingsIssue[]
  locale?: SettingsLocale
}

type AnyObject = z.ZodObject<z.ZodRawShape>

const has = (o: Record<string, unknown> | undefined, k: string): o is Record<string, unknown> =>
  o !== undefined && Object.prototype.hasOwnProperty.call(o, k)

function unwrapOptional(s: z.ZodType): z.ZodType {
  return s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s
}

/** Objects merged field by field; `merge: "whole"` objects are one value. */
function isMergeable(s: z.ZodType): s is AnyObject {
  return s instanceof z.ZodObject && s.meta()?.merge !== "whole"
}

export function resolve(
  defaults: Settings,
  user: unknown,
  managed: unknown,
  locale?: SettingsLocale
): Resolved {
  const ctx: Ctx = { locks: new Set(), problems: [], locale }
  try {
    const layers: Layer[] = [
      rootLayer("managed", unwrapAdminConsole(managed), ctx),
      rootLayer("user", user, ctx)
    ]
    const effective = mergeObject(settingsSchema, defaults, layers, [], ctx) as Settings
    effective.schemaVersion = defaults.schemaVersion
    return { effective, locks: [...ctx.locks].sort(), problems: ctx.problems }
  } catch {
    // Only a hostile object (a throwing getter, a proxy) gets here; JSON cannot.
    return {
      effective: structuredClone(defaults),
      locks: [],
      problems: [
        ...ctx.problems,
        {
          source: "managed",
          key: "",
          level: "error",
          message: settingsText(locale, "unreadable")
        }
      ]
    }
  }
}

/** True when policy set this path or a parent of it ("customRules" locks "customRules[2]"). */
export function isLocked(locks: readonly string[], path: string): boolean {
  return locks.some((l) => path === l || path.startsWith(`${l}.`) || path.startsWith(`${l}[`))
}

function rootLayer(source: ProblemSource, raw: unknown, ctx: Ctx): Layer {
  if (raw === undefined || isPlainObject(raw)) return { source, value: raw }
  const message = settingsText(ctx.locale, `root.${source}`, {
    got: describeValue(raw, ctx.locale)
  })
  ctx.problems.push({ source, key: "", level: "error", message })
  return { source, value: undefined }
}

function mergeObject(
  schema: AnyObject,
  def: unknown,
  layers: Layer[],
  path: string[],
  ctx: Ctx
): Record<string, unknown> {
  const defaults = isPlainObject(def) ? def : {}
  const shape = schema.shape as Record<string, z.ZodType>
  const out: Record<string, unknown> = {}
  reportUnknownKeys(shape, layers, path, ctx)
  for (const key of Object.keys(shape)) {
    if (path.length === 0 && key === "schemaVersion") continue // owned by migrate.ts
    const field = shape[key]!
    const inner = unwrapOptional(field)
    const keyPath = [...path, key]
    const dotted = keyPath.join(".")
    if (isMergeable(inner)) {
      const sub = layers.map((l) => subLayer(l, key, dotted, ctx))
      out[key] = mergeObject(inner, defaults[key], sub, keyPath, ctx)
      continue
    }
    const results = layers.map((l) =>
      has(l.value, key) ? acceptValue(field, l.value[key], dotted, ctx.locale) : undefined
    )
    const chosen = results.findIndex((r) => r?.ok)
    results.forEach((r, i) => r && report(r, layers[i]!.source, i, chosen, layers, dotted, ctx))
    if (chosen >= 0) {
      out[key] = results[chosen]!.value
      if (layers[chosen]!.source === "managed") ctx.locks.add(dotted)
    } else if (defaults[key] !== undefined) {
      out[key] = structuredClone(defaults[key])
    }
  }
  return out
}

function subLayer(l: Layer, key: string, dotted: string, ctx: Ctx): Layer {
  if (!has(l.value, key)) return { source: l.source, value: undefined }
  const v = l.value[key]
  if (isPlainObject(v)) return { source: l.source, value: v }
  ctx.problems.push({
    source: l.source,
    key: dotted,
    level: "error",
    message: settingsText(ctx.locale, "not-an-object", {
      label: sourceLabel(l.source, ctx.locale),
      key: dotted,
      got: describeValue(v, ctx.locale)
    })
  })
  return { source: l.source, value: undefined }
}

function report(
  r: Accepted,
  source: ProblemSource,
  index: number,
  chosen: number,
  layers: Layer[],
  dotted: string,
  ctx: Ctx
): void {
  const label = sourceLabel(source, ctx.locale)
  for (const p of r.itemProblems)
    ctx.problems.push({
      source,
      key: p.key,
      level: p.level,
      message: settingsText(ctx.locale, "labelled", { label, message: p.message })
    })
  if (r.ok || !r.problem) return
  let instead: "instead.default" | "instead.policy" | "instead.own" = "instead.default"
  if (chosen >= 0 && chosen < index) instead = "instead.policy"
  else if (chosen > index && layers[chosen]!.source === "user") instead = "instead.own"
  ctx.problems.push({
    source,
    key: dotted,
    level: "error",
    message: settingsText(ctx.locale, "labelled-instead", {
      label,
      problem: r.problem,
      instead: settingsText(ctx.locale, instead)
    })
  })
}

function reportUnknownKeys(
  shape: Record<string, z.ZodType>,
  layers: Layer[],
  path: string[],
  ctx: Ctx
): void {
  const known = Object.keys(shape)
  for (const l of layers) {
    for (const key of Object.keys(l.value ?? {})) {
      if (known.includes(key)) {
        if (path.length === 0 && key === "schemaVersion" && l.source === "managed")
          ctx.problems.push({
            source: l.source,
            key,
            level: "info",
            message: settingsText(ctx.locale, "schema-version", {
              label: sourceLabel(l.source, ctx.locale)
            })
          })
        continue
      }
      const dotted = [...path, key].join(".")
      const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key
      const say = settingsText.bind(null, ctx.locale)
      let why = say("unknown.key", { key: [...path, shown].join(".") })
      if (path.length === 1 && path[0] === "rules")
        why = key.startsWith("custom:")
          ? say("unknown.custom-switch", { key: shown })
          : say("unknown.rule", { key: shown, known: known.join(", ") })
      const guess = suggestKey(key, known)
      ctx.problems.push({
        source: l.source,
        key: dotted,
        level: "info",
        message: say("ignored", {
          label: sourceLabel(l.source, ctx.locale),
          why,
          guess: guess ? say("guess", { key: guess }) : ""
        })
      })
    }
  }
}
