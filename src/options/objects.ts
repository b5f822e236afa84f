import { acceptValue } from "../settings/accept"
import { defaultSettings } from "../settings/defaults"
import { settingsSchema, type Settings } from "../settings/schema"
import { isPlainObject } from "../settings/storage"

/**
 * Editing one field of a grouped setting (rules, sites, enforcement) without
 * copying policy values into the teacher's own settings: the base is the
 * default overlaid with what the teacher stored, never the effective value. If
 * the policy goes away later, the teacher's own choices are what remain.
 */

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(over))
    if (k in base) out[k] = isPlainObject(base[k]) ? deepMerge(base[k], v) : v
  return out
}

type ObjectKey = "rules" | "sites" | "ocr" | "faces" | "enforcement"

/** The teacher's own value of a grouped setting, complete (defaults fill the gaps). */
export function userObject<K extends ObjectKey>(
  key: K,
  user: Record<string, unknown>
): Settings[K] {
  const merged = deepMerge(structuredClone(defaultSettings[key]), user[key])
  // A damaged stored value must not stop the teacher from saving a new one.
  return acceptValue(settingsSchema.shape[key], merged, key).ok
    ? (merged as Settings[K])
    : structuredClone(defaultSettings[key])
}

/** A copy of `obj` with the value at `path` (["student-full-name", "enabled"]) replaced. */
export function withPath<T>(obj: T, path: string[], value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  const current: Record<string, unknown> = isPlainObject(obj) ? obj : {}
  return { ...current, [head!]: withPath(current[head!], rest, value) } as T
}
