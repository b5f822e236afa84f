import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding, type RawFix } from "../../rule"
import { compileHashed, findHashed } from "../../hash/names"
import { COMMON_WORD_NAMES, compileNameList, findNames } from "../support/name-list-index"
import { messages } from "./messages"

/**
 * non-disclosure-name (AP 144): a student whose family asked for non-disclosure
 * must not be named at all. Flags the full name or the first name alone, whole
 * words, case- and accent-insensitive (the engine has already folded accents and
 * removed invisible characters). The list is compiled once per settings array,
 * so a 1,000-name list costs one map lookup per word.
 *
 * Messages never contain the name: the panel shows the matched text itself.
 */

/** "Remove the name", taking one neighbouring space with it so no double space is left. */
function removeFix(label: string, text: string, start: number, end: number): RawFix {
  let s = start
  let e = end
  if (text[e] === " " && (s === 0 || text[s - 1] === " " || text[s - 1] === "\n")) e++
  else if (text[s - 1] === " ") s--
  return fix.remove(label, { start: s, end: e })
}

export const nonDisclosureName = defineRule({
  id: "non-disclosure-name",
  messages,
  policyRef: POLICY.nonDisclosure,
  defaultSeverity: "block",
  scope: "sentence",
  check({ text, settings, say }) {
    const index = compileNameList(settings.nonDisclosureNames)
    const matches = findNames(text, index)
    // The hashed list (policy `nonDisclosureHashed`): full name in any form, or the given name alone.
    const hashed = compileHashed(settings.nonDisclosureHashed)
    if (hashed) {
      for (const h of findHashed(text, hashed, { firsts: true })) {
        if (matches.some((m) => h.start < m.end && m.start < h.end)) continue
        const written = text.slice(h.start, h.end)
        // "will", "May", "Grace" as words, as for the plain list.
        if (
          h.kind === "first" &&
          COMMON_WORD_NAMES.has(written.toLowerCase()) &&
          (written[0] === written[0]!.toLowerCase() ||
            !/[\p{L}\p{N}]/u.test(text.slice(0, h.start)))
        )
          continue
        const poss = /^'s?(?![\p{L}\p{N}])/u.exec(text.slice(h.end, h.end + 3))
        matches.push({
          start: h.start,
          end: h.end,
          endWithPossessive: h.end + (poss ? poss[0].length : 0),
          firstOnly: h.kind === "first"
        })
      }
      matches.sort((a, b) => a.start - b.start)
    }
    return matches.map((m): RawFinding => ({
      start: m.start,
      end: m.end,
      message: say("message"),
      fixes: [
        removeFix(say("fix.remove-name"), text, m.start, m.endWithPossessive),
        fix.advice(say("advice.leave-out"))
      ]
    }))
  }
})
