import { plainForms } from "../../hash/names"
import { nameKey } from "../../text/normalize"
import type { CheckSettings } from "../../types"

/**
 * The names student-full-name leaves alone: consent on file, "not a student",
 * and the non-disclosure list (that rule reports them).
 */

/** Keys of names to leave alone. Cached per settings object: rules run per sentence. */
const skipCache = new WeakMap<CheckSettings, Set<string>>()
export function skippedNames(settings: CheckSettings): Set<string> {
  let keys = skipCache.get(settings)
  if (!keys) {
    keys = new Set<string>()
    for (const name of [
      ...settings.consentedNames,
      ...settings.allowList,
      ...settings.nonDisclosureNames
    ]) {
      const words = nameKey(name).split(" ").filter(Boolean)
      if (words.length === 0) continue
      keys.add(words.join(" "))
      // Listed as "Emma Jane Thompson", written "Emma Thompson": the same person.
      if (words.length > 2) keys.add(`${words[0]} ${words[words.length - 1]}`)
    }
    skipCache.set(settings, keys)
  }
  return keys
}

/** The same skipped names as plain forms, compared with class-list hits ("tremblaysophie"). */
const skipFormsCache = new WeakMap<CheckSettings, Set<string>>()
export function skippedForms(settings: CheckSettings): Set<string> {
  let forms = skipFormsCache.get(settings)
  if (!forms) {
    forms = plainForms([
      ...settings.consentedNames,
      ...settings.allowList,
      ...settings.nonDisclosureNames
    ])
    skipFormsCache.set(settings, forms)
  }
  return forms
}
