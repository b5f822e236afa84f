import { isPlainObject } from "./storage"
import { SCHEMA_VERSION } from "./version"

/**
 * Upgrades stored teacher settings from older formats, one version step at a
 * time, so an upgrade never loses a setting. Migrations only move and reshape
 * keys; checking values is resolve.ts's job. Policy is never migrated: IT writes
 * it against the current managed schema.
 *
 * To change the stored format: bump SCHEMA_VERSION in version.ts and add a step
 * here with a test that feeds it the old shape.
 */

export type StoredSettings = Record<string, unknown>

export interface Migration {
  from: number
  /** One line for the notes, e.g. "renamed nonDisclosure to nonDisclosureNames". */
  describe: string
  up(s: StoredSettings): StoredSettings
}

export interface Migrated {
  settings: StoredSettings
  /** The version `settings` is now in (the current one, unless they came from a newer extension). */
  version: number
  /** The version they were stored in (0 when they carried none). */
  fromVersion: number
  /** What was done, for the options page or a support request. Empty when nothing changed. */
  notes: string[]
}

/**
 * v0 is the shape of the pre-release builds (and the made-up example the tests
 * keep honest): `nonDisclosure` instead of `nonDisclosureNames`, and switched-off
 * rules as a `disabledRules` list instead of `rules[id].enabled = false`.
 */
export const MIGRATIONS: Migration[] = [
  {
    from: 0,
    describe:
      'renamed "nonDisclosure" to "nonDisclosureNames" and "disabledRules" to rules[id].enabled',
    up(s) {
      const { nonDisclosure, disabledRules, ...rest } = s
      const out: StoredSettings = { ...rest }
      if (nonDisclosure !== undefined) {
        const current = out.nonDisclosureNames
        // Both present (a half-upgraded sync from another computer): keep every name once.
        out.nonDisclosureNames =
          Array.isArray(current) && Array.isArray(nonDisclosure)
            ? [...new Set([...current, ...nonDisclosure])]
            : (current ?? nonDisclosure)
      }
      if (Array.isArray(disabledRules)) {
        const rules: StoredSettings = isPlainObject(out.rules) ? { ...out.rules } : {}
        for (const id of disabledRules) {
          if (typeof id !== "string") continue
          const r = isPlainObject(rules[id]) ? (rules[id] as StoredSettings) : {}
          rules[id] = { enabled: false, ...r }
        }
        out.rules = rules
      } else if (disabledRules !== undefined) {
        out.disabledRules = disabledRules // unreadable: keep it, resolve reports it as unknown
      }
      return out
    }
  }
]

function storedVersion(s: StoredSettings): number {
  const v = s.schemaVersion
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0
}

export function migrate(stored: unknown): Migrated {
  if (!isPlainObject(stored)) {
    const notes =
      stored === undefined || stored === null
        ? []
        : [
            "The stored settings were not a group of settings (an object) and could not be upgraded."
          ]
    return { settings: {}, version: SCHEMA_VERSION, fromVersion: 0, notes }
  }
  const fromVersion = storedVersion(stored)
  if (fromVersion > SCHEMA_VERSION) {
    return {
      settings: stored,
      version: fromVersion,
      fromVersion,
      notes: [
        `These settings were saved by a newer version of the extension (format ${fromVersion}); settings this version does not know are ignored, not deleted.`
      ]
    }
  }
  let settings: StoredSettings = { ...stored }
  const notes: string[] = []
  for (const m of MIGRATIONS) {
    if (m.from < fromVersion || m.from >= SCHEMA_VERSION) continue
    const before = JSON.stringify(settings)
    settings = m.up(settings)
    if (JSON.stringify(settings) !== before)
      notes.push(`Upgraded settings from format ${m.from} to ${m.from + 1}: ${m.describe}.`)
  }
  settings.schemaVersion = SCHEMA_VERSION
  return { settings, version: SCHEMA_VERSION, fromVersion, notes }
}
