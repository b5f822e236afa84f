import { findFullNames } from "../../names/detect"
import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding } from "../../rule"
import { nameKey } from "../../text/normalize"
import type { CheckSettings } from "../../types"
import { messages } from "./messages"

/**
 * student-full-name (AP 144: first name only unless full-name consent is
 * obtained). Finds given + family names of any origin without a roster (see
 * names/detect.ts) and offers to keep only the first name. Names the teacher
 * has consent for, marked "not a student", or that the non-disclosure rule
 * already flags are skipped.
 */

/** Keys of names to leave alone. Cached per settings object: rules run per sentence. */
const skipCache = new WeakMap<CheckSettings, Set<string>>()
function skippedNames(settings: CheckSettings): Set<string> {
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

export const studentFullName = defineRule({
  id: "student-full-name",
  messages,
  policyRef: POLICY.firstNameOnly,
  defaultSeverity: "warn",
  scope: "sentence",
  // It reads the teacher's "not a student" list, so "Not a student" makes sense here.
  dismissible: true,
  check({ text, settings, say }) {
    const skip = skippedNames(settings)
    const out: RawFinding[] = []
    for (const name of findFullNames(text)) {
      const words = nameKey(text.slice(name.start, name.end)).split(" ")
      // "Ana María López García" on the consent list as "Ana López García" or "Ana García".
      const short = `${words[0]} ${words[words.length - 1]}`
      // "FRIESEN, Ethan" or "Nguyen Van An" listed given name first: "Ethan Friesen".
      const reversed = `${words[words.length - 1]} ${words[0]}`
      const givenLast = name.given.start > name.start
      if (skip.has(words.join(" ")) || skip.has(short) || (givenLast && skip.has(reversed)))
        continue
      out.push({
        start: name.start,
        end: name.end,
        message: say("message"),
        // A handle is replaced, "@" included, by the given name as plain text: cutting it to
        // "@sophie" would tag somebody else's account. Elsewhere the name becomes its given name.
        fixes: [
          name.form === "handle"
            ? fix.keep(say("fix.keep-first-name"), name.given, {
                start: name.start - 1,
                end: name.end
              })
            : fix.keep(say("fix.keep-first-name"), name.given)
        ]
      })
    }
    return out
  }
})
