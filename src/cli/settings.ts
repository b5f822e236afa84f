import { hashNames, randomSalt } from "../core/hash/names"
import type { CheckSettings } from "../core/types"
import { toCheckSettings } from "../settings/check-settings"
import { defaultSettings } from "../settings/defaults"
import { resolve } from "../settings/resolve"
import type { Settings } from "../settings/schema"

/**
 * Settings for the CLI and the eval: layers of partial settings (a --settings
 * file, then a JSON line's own `settings`) applied over the defaults with the
 * extension's own resolver, so the command line validates and merges exactly as
 * the extension does (objects such as `rules` merge per field, lists replace).
 */

export interface Layer {
  /** Partial settings as read from JSON (validated here, never trusted). */
  value: unknown
  /** Where it came from, for messages: "settings file x.json", "line 3". */
  where: string
}

export interface LayeredSettings {
  settings: Settings
  check: CheckSettings
  /** Values the resolver ignored, as "where: key: message". */
  problems: string[]
}

/** Applies one layer over `base` settings. */
export function applyLayer(
  base: Settings,
  layer: Layer
): { settings: Settings; problems: string[] } {
  if (layer.value === undefined || layer.value === null) return { settings: base, problems: [] }
  if (typeof layer.value !== "object" || Array.isArray(layer.value))
    return { settings: base, problems: [`${layer.where}: settings must be a JSON object`] }
  const { value, problems: named } = hashPlainClassList(layer.value as Record<string, unknown>)
  const r = resolve(base, value, undefined)
  // "info" problems (an unknown key, e.g. a typo) are listed too: on the command
  // line a silently ignored key is worse than a noisy one.
  const problems = [...named, ...r.problems].map(
    (p) => `${layer.where}: ${p.key ? `${p.key}: ` : ""}${p.message}`
  )
  return { settings: r.effective, problems }
}

/**
 * `"classList": ["Sophie Tremblay", "Flett, Jordan", …]`: plain names, hashed
 * here with a fresh salt exactly as the options page's import does, so IT and
 * tests can check drafts against a class list. A hashed object passes through.
 */
function hashPlainClassList(value: Record<string, unknown>): {
  value: Record<string, unknown>
  problems: { key: string; message: string }[]
} {
  const list = value.classList
  if (!Array.isArray(list)) return { value, problems: [] }
  const names = list.filter((x): x is string => typeof x === "string")
  const built = hashNames(names, randomSalt(), { splits: true })
  const problems = [
    ...(names.length < list.length
      ? [{ key: "classList", message: "only names (strings) are read; other items were ignored" }]
      : []),
    ...built.skipped.map((s) => ({
      key: `classList[${s.line - 1}]`,
      message: `not read as a full name (${s.reason})`
    }))
  ]
  const { salt, hashes, count } = built
  return { value: { ...value, classList: { salt, hashes, count } }, problems }
}

/** Applies `layers` in order over the defaults (later layers win). */
export function layeredSettings(
  layers: Layer[],
  base: Settings = defaultSettings
): LayeredSettings {
  let settings = base
  const problems: string[] = []
  for (const layer of layers) {
    const r = applyLayer(settings, layer)
    settings = r.settings
    problems.push(...r.problems)
  }
  return { settings, check: toCheckSettings(settings), problems }
}
