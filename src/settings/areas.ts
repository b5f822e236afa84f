import type { SettingsKey } from "./schema"
import { isPlainObject } from "./storage"

/**
 * Which storage area holds which teacher setting.
 *
 * - `local`: the name lists, and the class list (hashed, see core/hash/names.ts). They can hold thousands of names, beyond
 *   `chrome.storage.sync`'s 8 KB per item and 100 KB in all; names of students
 *   also have no business following the teacher to every signed-in browser.
 * - `sync`: everything else (one key per setting, JSON strings as
 *   @plasmohq/storage writes them), plus `schemaVersion`.
 *
 * The local area also holds keys that are not settings ("counts",
 * "pausedUntil"); only LOCAL_SETTING_KEYS are read from it as settings.
 */
export const LOCAL_SETTING_KEYS = [
  "consentedNames",
  "nonDisclosureNames",
  "allowList",
  "classList"
] as const

/** "Pause for 1 hour" (popup): the end time, in ms since 1970, in the local area. */
export const PAUSED_UNTIL_KEY = "pausedUntil"

export type LocalSettingKey = (typeof LOCAL_SETTING_KEYS)[number]
export type StorageAreaName = "sync" | "local"

export function areaFor(key: SettingsKey): StorageAreaName {
  return (LOCAL_SETTING_KEYS as readonly string[]).includes(key) ? "local" : "sync"
}

/**
 * One layer of teacher settings from both areas (both already decoded). A name
 * list found in `sync` (older builds kept the allow-list there) is merged with
 * the one in `local`, each name once, so nothing is lost on the move. A
 * non-object `sync` is returned as is, for resolve to report.
 */
export function combineAreas(sync: unknown, local: unknown): unknown {
  if (!isPlainObject(local)) return sync
  if (sync !== undefined && !isPlainObject(sync)) return sync
  const out: Record<string, unknown> = { ...(sync ?? {}) }
  for (const key of LOCAL_SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(local, key)) continue
    const fromLocal = local[key]
    const fromSync = out[key]
    out[key] =
      Array.isArray(fromLocal) && Array.isArray(fromSync)
        ? [...new Set([...fromLocal, ...fromSync])]
        : fromLocal
  }
  return out
}

/**
 * True when a storage change in this area (and these keys) can change the
 * settings. Dependency-free, so a content script can import it to re-check
 * drafts without pulling in zod.
 */
export function affectsSettings(area: string, keys: string[]): boolean {
  if (area === "sync" || area === "managed") return true
  if (area !== "local") return false
  // A pause or its end changes what the checker answers, like a setting does.
  return keys.some(
    (k) => k === PAUSED_UNTIL_KEY || (LOCAL_SETTING_KEYS as readonly string[]).includes(k)
  )
}
