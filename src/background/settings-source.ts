import type { CheckSettings } from "../core/types"
import { toCheckSettings } from "../settings/check-settings"
import { affectsSettings, loadSettings, readUserSettings, saveUserSetting } from "../settings/live"
import type { Settings } from "../settings/schema"
import { decodeStoredValue } from "../settings/storage"

/**
 * Where the background's checker gets its settings: defaults < the teacher's own
 * settings < division policy, resolved by src/settings (live.ts reads the areas).
 * The result stays in the background: the page never sees the name lists.
 */
export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).effective
}

export async function getCheckSettings(): Promise<CheckSettings> {
  return toCheckSettings(await getSettings())
}

/** Settings' `ocr.enabled` (the teacher's switch, or the division's policy); on when unset. */
export async function isOcrEnabled(): Promise<boolean> {
  try {
    return (await getSettings()).ocr?.enabled !== false
  } catch {
    return true // unreadable settings: the defaults (reading on, nothing leaves the machine)
  }
}

export async function isFacesEnabled(): Promise<boolean> {
  try {
    return (await getSettings()).faces?.enabled !== false
  } catch {
    return true
  }
}

/** True when a storage change can change the settings (rebuild the checker). */
export { affectsSettings }

/**
 * "Not a student" / "Ignore": adds one entry (case-insensitively new) to the
 * teacher's own allow-list. Refused quietly when policy sets the list.
 */
export async function addToAllowList(text: string): Promise<void> {
  const entry = text.trim()
  if (!entry) return
  const [live, own] = await Promise.all([loadSettings(), readUserSettings()])
  const list = parseStringList(own.allowList)
  if (list.some((x) => x.toLowerCase() === entry.toLowerCase())) return
  await saveUserSetting("allowList", [...list, entry], live.locks)
}

/** A stored list, tolerant of a missing or malformed value (JSON string or array). */
export function parseStringList(value: unknown): string[] {
  const v = decodeStoredValue(value)
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []
}
