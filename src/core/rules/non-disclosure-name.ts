import { coreText } from "../i18n"
import { POLICY } from "../policy"
import type { RawFinding, RawFix, Rule } from "../rule"
import { compileNameList, findNames } from "./support/name-list-index"

/**
 * non-disclosure-name: a student whose family asked for non-disclosure must not
 * be named at all. Flags the full name or the first name alone, whole words,
 * case- and accent-insensitive (the engine has already folded accents and removed
 * invisible characters). The list is compiled once per settings array, so a
 * 1,000-name list costs one map lookup per word.
 *
 * Messages never contain the name: the panel shows the matched text itself.
 */

/** "Remove the name", taking one neighbouring space with it so no double space is left. */
function removeFix(label: string, text: string, start: number, end: number): RawFix {
  let s = start
  let e = end
  if (text[e] === " " && (s === 0 || text[s - 1] === " " || text[s - 1] === "\n")) e++
  else if (text[s - 1] === " ") s--
  return { label, range: { start: s, end: e }, replacement: "" }
}

export const nonDisclosureName: Rule = {
  id: "non-disclosure-name",
  description:
    "Flags any mention of a student on the division's non-disclosure list (full name or first name).",
  policyRef: POLICY.nonDisclosure,
  defaultSeverity: "block",
  scope: "sentence",
  check({ text, settings }) {
    const index = compileNameList(settings.nonDisclosureNames)
    const say = (id: Parameters<typeof coreText>[1]) => coreText(settings.locale, id)
    return findNames(text, index).map((m): RawFinding => ({
      start: m.start,
      end: m.end,
      message: say("non-disclosure-name.message"),
      fixes: [
        removeFix(say("non-disclosure-name.fix.remove-name"), text, m.start, m.endWithPossessive),
        { label: say("non-disclosure-name.advice.leave-out"), advice: true }
      ]
    }))
  }
}
