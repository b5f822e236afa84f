import { POLICY } from "../../policy"
import { defineRule, fix } from "../../rule"
import { normalize } from "../../text/normalize"
import type { CheckSettings, Draft } from "../../types"
import { isOfficialAccount } from "../support/accounts"
import {
  NOT_STAFF,
  STAFF_ROLE,
  WORK_CUE,
  foldForPhrases,
  hasDisclaimer,
  orgPattern
} from "../support/staff-cues"
import { messages } from "./messages"

/**
 * missing-disclaimer (ESM procedure 1(b)): when a post or the account profile
 * identifies the author as division staff, the post or profile must say the
 * author does not speak for the school or division.
 *
 * Identified by the post = it names the division or a configured school AND has
 * a first-person work cue ("my students", "I teach"): naming the division alone
 * is what any parent might do. Identified by the account = the teacher said so in
 * "My accounts" (`identifiesAsStaff`), or the profile text names the division, a
 * school or a school-staff role. Official accounts are exempt.
 */

/** Blank lines before the disclaimer, counting the ones the draft already ends with. */
function separatorFor(text: string): string {
  const trailing = /\s*$/.exec(text)![0]
  const newlines = (trailing.match(/\n/g) ?? []).length
  if (text.trim() === "") return ""
  return newlines >= 2 ? "" : newlines === 1 ? "\n" : "\n\n"
}

/** What the account says about its owner: from "My accounts" facts, else from the profile text. */
function accountFacts(draft: Draft, settings: CheckSettings) {
  const account = draft.account
  const profile = normalize(account?.profile ?? "").text
  const org = orgPattern(settings)
  const profileIdentifies =
    STAFF_ROLE.test(profile) || (org !== null && org.test(profile) && !NOT_STAFF.test(profile))
  return {
    identifies: account?.identifiesAsStaff === true || profileIdentifies,
    disclaims:
      account?.hasDisclaimer === true ||
      (profile !== "" && hasDisclaimer(foldForPhrases(profile, true), settings))
  }
}

export const missingDisclaimer = defineRule({
  id: "missing-disclaimer",
  messages,
  policyRef: POLICY.disclaimer,
  defaultSeverity: "warn",
  scope: "document",
  aboutWholePost: true,
  check({ text, draft, settings, say }) {
    if (isOfficialAccount(draft, settings)) return []
    const org = orgPattern(settings)
    const mention = org && WORK_CUE.test(text) ? org.exec(text) : null
    const account = accountFacts(draft, settings)
    if (!mention && !account.identifies) return []
    if (account.disclaims || hasDisclaimer(foldForPhrases(text, true), settings)) return []
    const start = mention ? mention.index : text.length
    const end = mention ? mention.index + mention[0].length : text.length
    return [
      {
        start,
        end,
        message: say("message"),
        fixes: [fix.append(say("fix.add-disclaimer"), separatorFor(text) + settings.disclaimerText)]
      }
    ]
  }
})
