import { defaultSettings } from "../settings/defaults"
import { migrate } from "../settings/migrate"
import { resolve, type SettingsIssue } from "../settings/resolve"
import { settingsSchema, type Settings } from "../settings/schema"
import { settingsText, type SettingsLocale } from "../settings/text"
import { SCHEMA_VERSION } from "../settings/version"

/**
 * Export and import of the teacher's own settings as JSON. The file is a plain
 * settings object, the same shape as a policy, so IT can also start a policy
 * from a teacher's export. Student-name lists leave the computer only when the
 * teacher asks for them.
 */

export const NAME_LIST_KEYS = ["consentedNames", "nonDisclosureNames", "allowList"] as const

export function buildExport(user: Record<string, unknown>, includeNames: boolean): string {
  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION }
  for (const key of Object.keys(settingsSchema.shape)) {
    if (key === "schemaVersion" || user[key] === undefined) continue
    if (!includeNames && (NAME_LIST_KEYS as readonly string[]).includes(key)) continue
    out[key] = user[key]
  }
  return `${JSON.stringify(out, null, 2)}\n`
}

export interface ParsedImport {
  /** Cleaned values for the keys the file sets (bad items dropped). */
  values: Partial<Settings>
  problems: SettingsIssue[]
  notes: string[]
}

/** Reads an exported file: upgrades an old format, validates every key as resolve would. */
export function parseImport(text: string, locale?: SettingsLocale): ParsedImport {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return {
      values: {},
      notes: [],
      problems: [
        {
          source: "user",
          key: "",
          level: "error",
          message: settingsText(locale, "import.not-json", { error: (e as Error).message })
        }
      ]
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const { problems } = resolve(defaultSettings, raw, undefined, locale)
    return { values: {}, problems, notes: [] }
  }
  const migrated = migrate(raw)
  const { effective, problems } = resolve(defaultSettings, migrated.settings, undefined, locale)
  const refused = new Set(problems.filter((p) => p.level === "error").map((p) => p.key))
  const values: Record<string, unknown> = {}
  for (const key of Object.keys(migrated.settings)) {
    if (key === "schemaVersion" || !(key in settingsSchema.shape) || refused.has(key)) continue
    values[key] = effective[key as keyof Settings]
  }
  return { values: values as Partial<Settings>, problems, notes: migrated.notes }
}
