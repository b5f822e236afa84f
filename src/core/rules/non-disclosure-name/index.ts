import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding, type RawFix } from "../../rule"
import { compileNameList, findNames } from "../support/name-list-index"
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
    return findNames(text, index).map((m): RawFinding => ({
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
