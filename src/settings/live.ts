import { Storage } from "@plasmohq/storage"

import { acceptValue } from "./accept"
import { affectsSettings, areaFor, combineAreas } from "./areas"
import { settingsFromStorage, type FromStorage } from "./index"
import { isLocked } from "./resolve"
import { settingsSchema, type Settings, type SettingsKey } from "./schema"
import { decodeStorageArea } from "./storage"
import { settingsText, type SettingsLocale } from "./text"
import { SCHEMA_VERSION } from "./version"

/**
 * Settings in extension contexts (background, options page, popup). The one
 * place that touches chrome.storage for settings:
 *
 *   const live = await loadSettings()              // { effective, locks, problems, migrationNotes }
 *   const stop = watchSettings((live) => …)        // re-resolved after any change, policy included
 *   await saveUserSetting("disclaimerText", "…")   // to the right area; refuses locked keys
 *
 * Where keys live: see areas.ts (name lists in `local`, the rest in `sync`).
 * Policy is read raw with `chrome.storage.managed.get(null)`: @plasmohq/storage's
 * deserializer drops plain strings and arrays from policy, and Firefox throws
 * when no policy exists.
 */

export type LiveSettings = FromStorage
export { affectsSettings }

type Area = "sync" | "local" | "managed"

function storageArea(area: Area): chrome.storage.StorageArea | undefined {
  // Firefox exposes `browser`; Chrome's `chrome.storage` may lack `managed` in some contexts.
  try {
    return (globalThis as { chrome?: typeof chrome }).chrome?.storage?.[area]
  } catch {
    return undefined
  }
}

async function readArea(area: Area): Promise<unknown> {
  try {
    return await storageArea(area)?.get(null)
  } catch {
    return undefined // Firefox: no policy → throws; a broken area must not blank the page
  }
}

/** `locale`: the language of `problems` (the options page passes its own); English when unset. */
export async function loadSettings(locale?: SettingsLocale): Promise<LiveSettings> {
  const [sync, local, managed] = await Promise.all([
    readArea("sync"),
    readArea("local"),
    readArea("managed")
  ])
  return settingsFromStorage({ sync, local, managed }, undefined, locale)
}

/**
 * Calls `onChange` with freshly resolved settings after every change to the
 * teacher's settings or the policy (Chrome reports policy changes a few seconds
 * after the file changes). Returns a function that stops watching.
 */
export function watchSettings(
  onChange: (live: LiveSettings) => void,
  locale?: SettingsLocale
): () => void {
  let latest = 0
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!affectsSettings(area, Object.keys(changes))) return
    const ticket = ++latest
    // Two quick changes: only the newest read is delivered.
    void loadSettings(locale).then((live) => ticket === latest && onChange(live))
  }
  chrome.storage.onChanged.addListener(listener)
  return () => chrome.storage.onChanged.removeListener(listener)
}

export type SaveResult =
  | { ok: true; value: unknown; dropped: string[] }
  | { ok: false; reason: "locked" | "invalid" | "storage"; message: string }

/**
 * Writes one teacher setting where it belongs, plus `schemaVersion` in sync.
 * Refuses a key (or part of one) that policy sets, and a value the schema
 * refuses; list items that fail are dropped and listed in `dropped`.
 */
export async function saveUserSetting<K extends Exclude<SettingsKey, "schemaVersion">>(
  key: K,
  value: Settings[K],
  locks: readonly string[] = [],
  /** Language of the refusal and of `dropped` (the options page's); English when unset. */
  locale?: SettingsLocale
): Promise<SaveResult> {
  if (isLocked(locks, key))
    return { ok: false, reason: "locked", message: settingsText(locale, "save.locked") }
  const accepted = acceptValue(settingsSchema.shape[key], value, key, locale)
  if (!accepted.ok)
    return {
      ok: false,
      reason: "invalid",
      message: accepted.problem ?? settingsText(locale, "save.invalid")
    }
  const area = areaFor(key)
  try {
    await new Storage({ area }).set(key, accepted.value)
    const sync = new Storage({ area: "sync" })
    await sync.set("schemaVersion", SCHEMA_VERSION)
    // A name list moved to `local`: drop the old sync copy so a removed name stays removed.
    if (area === "local") await sync.remove(key)
  } catch (e) {
    // Most likely sync's 8 KB-per-setting quota (a very long list of custom rules).
    return { ok: false, reason: "storage", message: (e as Error)?.message ?? String(e) }
  }
  return { ok: true, value: accepted.value, dropped: accepted.itemProblems.map((p) => p.message) }
}

/**
 * A whole partial settings object (an import), key by key; locked keys are
 * skipped. Returns one line per key not saved.
 */
export async function saveUserSettings(
  values: Partial<Settings>,
  locks: readonly string[] = [],
  locale?: SettingsLocale
): Promise<string[]> {
  const failures: string[] = []
  for (const [key, value] of Object.entries(values)) {
    if (key === "schemaVersion" || !(key in settingsSchema.shape)) continue
    const r = await saveUserSetting(
      key as Exclude<SettingsKey, "schemaVersion">,
      value as never,
      locks,
      locale
    )
    if (!r.ok) failures.push(`${key}: ${r.message}`)
  }
  return failures
}

/** Removes the teacher's own value of a setting: the default (or policy) applies again. */
export async function resetUserSetting(key: SettingsKey): Promise<void> {
  await new Storage({ area: areaFor(key) }).remove(key)
}

/** The teacher's own stored values only (no defaults, no policy), decoded: for export. */
export async function readUserSettings(): Promise<Record<string, unknown>> {
  const [sync, local] = await Promise.all([readArea("sync"), readArea("local")])
  const user = combineAreas(decodeStorageArea(sync), decodeStorageArea(local))
  return typeof user === "object" && user !== null ? (user as Record<string, unknown>) : {}
}
