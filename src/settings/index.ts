import { combineAreas } from "./areas"
import { defaultSettings } from "./defaults"
import { migrate } from "./migrate"
import { resolve, type Resolved } from "./resolve"
import type { Settings } from "./schema"
import { decodeStorageArea, isPlainObject } from "./storage"
import type { SettingsLocale } from "./text"

/**
 * Public surface of the settings model. Typical use in an extension page:
 *
 *   (in extension contexts, use live.ts: loadSettings() / watchSettings() do all this)
 *   const sync = await chrome.storage.sync.get(null)            // @plasmohq/storage JSON strings
 *   const local = await chrome.storage.local.get(null)          // the name lists (areas.ts)
 *   const managed = await chrome.storage.managed.get(null).catch(() => undefined) // Firefox throws without policy
 *   const { effective, locks, problems } = settingsFromStorage({ sync, local, managed })
 *   const checker = createChecker(toCheckSettings(effective))
 */
export { defaultCheckSettings, defaultSettings, DEFAULT_DISCLAIMER_TEXT } from "./defaults"
export { toCheckSettings } from "./check-settings"
export { migrate, MIGRATIONS, type Migrated } from "./migrate"
export { isLocked, resolve, type Resolved, type SettingsIssue } from "./resolve"
export { LIMITS, settingsSchema, type Settings, type SettingsKey } from "./schema"
export { decodeStorageArea, encodeStorageArea, unwrapAdminConsole } from "./storage"
export { SCHEMA_VERSION } from "./version"
export { settingsText, type SettingsLocale } from "./text"
export { LOCAL_SETTING_KEYS, areaFor, combineAreas, type StorageAreaName } from "./areas"
export { findMyAccount, withMyAccount } from "./my-accounts"
export { checkerFromSettings, type SettingsChecker } from "./checker"

export interface FromStorage extends Resolved {
  /** Upgrade notes from migrate(), for the options page. */
  migrationNotes: string[]
}

/**
 * Raw storage areas → effective settings: decodes the teacher's area, upgrades
 * it, then resolves it under the policy. Never throws.
 */
export function settingsFromStorage(
  areas: { sync?: unknown; local?: unknown; managed?: unknown },
  defaults: Settings = defaultSettings,
  /** Language of the problems (the options page's); English when unset. */
  locale?: SettingsLocale
): FromStorage {
  // `local` holds the name lists (areas.ts); older builds kept them in `sync`.
  const user = combineAreas(decodeStorageArea(areas.sync), decodeStorageArea(areas.local))
  // A non-object goes to resolve untouched, which reports it.
  const migrated = isPlainObject(user) ? migrate(user) : { settings: user, notes: [] }
  return {
    ...resolve(defaults, migrated.settings, areas.managed, locale),
    migrationNotes: migrated.notes
  }
}
